package io.github.spectrace.core.internal.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.spectrace.core.internal.text.RandomText;
import java.util.Random;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;


class InlineTextTest {

    @Test
    void unescapeAgreesWithFlexmark() {
        String[] cases = {"", "a.md", "a\\_b.md", "a&amp;b", "a&b", "&#x41;", "\\", "x\\y", "%20&", "&copy;"};
        for (String c : cases) {
            BasedSequence s = BasedSequence.of(c);
            assertEquals(s.unescape(), InlineText.unescape(s), c);
        }
        String[] alphabet = {"a", "/", ".", "#", "\\", "&", "amp;", "#x41;", ";", "*", "_", "%", "\u00e9", " "};
        Random r = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            String framed = "[" + RandomText.next(r, alphabet, 9) + "]";
            // A sub-sequence, as a link's URL is one of the document's text.
            BasedSequence s = BasedSequence.of(framed).subSequence(1, framed.length() - 1);
            assertEquals(s.unescape(), InlineText.unescape(s), framed);
        }
    }
}
