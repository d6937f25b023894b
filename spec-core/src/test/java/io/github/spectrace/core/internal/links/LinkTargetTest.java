package io.github.spectrace.core.internal.links;

import io.github.spectrace.core.internal.text.RandomText;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;


/** Compares the hand-written target tests with the regexes they replaced. */
class LinkTargetTest {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");

    @Test
    void agreesWithTheRegexes() {
        String[] cases = {"", "c", "c:", "c:/", "c:\\x", "C:/a\nb", "C:/a\rb", "C:/a\u0085b", "C:/a\u2028",
            "C:/a\u2029", "C:/\u000b\f\t", "1:/x", "\u00e9:/x", "https://x", "mailto:a@b", "a+b.c-d:x", "a_b:x", "x",
            "x/y:z", "a:\nb", "-a:b", ":x", "a\u0301:b"};
        for (String c : cases) {
            assertEquals(SCHEME.matcher(c).matches(), LinkTarget.hasScheme(c), c);
            assertEquals(WINDOWS_DRIVE.matcher(c).matches(), LinkTarget.isWindowsDrive(c), c);
        }
        String[] alphabet = {"a", "Z", "c", "0", "+", ".", "-", "_", ":", ":", "/", "/", "\\", "\n", "\r", "\u0085",
            "\u2028", "\u2029", "\u000b", "#", " ", "\u00e9", "\ud835\udc00", "\ud835", "http", "C:"};
        Random r = new Random(19);
        for (int i = 0; i < 50_000; i++) {
            String t = RandomText.next(r, alphabet, 7);
            assertEquals(SCHEME.matcher(t).matches(), LinkTarget.hasScheme(t), t);
            assertEquals(WINDOWS_DRIVE.matcher(t).matches(), LinkTarget.isWindowsDrive(t), t);
        }
    }
}
