package io.github.spectrace.core.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Random;
import org.junit.jupiter.api.Test;

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
            StringBuilder sb = new StringBuilder("[");
            int len = r.nextInt(10);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet[r.nextInt(alphabet.length)]);
            }
            sb.append(']');
            // A sub-sequence, as a link's URL is one of the document's text.
            BasedSequence s = BasedSequence.of(sb.toString()).subSequence(1, sb.length() - 1);
            assertEquals(s.unescape(), InlineText.unescape(s), sb.toString());
        }
    }
}
