package io.github.spectrace.core.internal.markdown;

import io.github.spectrace.core.internal.text.RandomText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;


/** Compares each scan of {@link TextScan} with the regex it replaced. */
class TextScanTest {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PATH_SPLIT = Pattern.compile("[\\s()\\[\\]<>\"'`,;|*]+");
    private static final Pattern FILE_WITH_EXTENSION = Pattern.compile("[\\w.-]*\\w\\.[A-Za-z][A-Za-z0-9]{0,7}");

    /** Characters that regexes, {@code strip()} and the scans treat differently, or that need surrogates. */
    private static final String[] ODD = {" ", "\t", "\n", "\u000b", "\f", "\r", "\u001c", "\u0085", "\u00a0",
        "\u2003", "\u2007", "\u2028", "\u3000", "\u0001", "\u00e9", "\u0663", "\u0301", "\ud835\udc00", "\ud835",
        "\udc00", "_"};

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String oracleCollapse(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    @Test
    void collapseWhitespaceAgreesWithTheRegex() {
        String[] cases = {"", " ", "a", " a ", "a  b", "a\tb", "a \t\n\u000b\f\rb", "\u2003 a \u2003", "a\u2003b",
            "a \u2003 b", "\u00a0a\u00a0", "\u001c\u001fa", "a\u0085\u0085b", "\u3000", "a b c", "\ud835\udc00 x"};
        for (String c : cases) {
            assertEquals(oracleCollapse(c), TextScan.collapseWhitespace(c), c);
        }
        String[] alphabet = concat(ODD, "a", "b", " ", " ", "  ");
        Random r = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            String text = RandomText.next(r, alphabet, 12);
            assertEquals(oracleCollapse(text), TextScan.collapseWhitespace(text), text);
        }
    }

    /** The old loop: split, cut at {@code #}, strip {@code .:!?}, and test each word. */
    private static List<String> oraclePathTokens(String text, int skipFrom, int skipTo) {
        String pathText = skipFrom < 0 ? text : text.substring(0, skipFrom) + ' ' + text.substring(skipTo);
        List<String> out = new ArrayList<>();
        for (String word : PATH_SPLIT.split(pathText)) {
            int e = word.length();
            while (e > 0 && ".:!?".indexOf(word.charAt(e - 1)) >= 0) {
                e--;
            }
            int hash = word.indexOf('#');
            if (hash >= 0 && hash < e) {
                e = hash;
            }
            String w = word.substring(0, e);
            if (w.length() > 1 && !w.contains("://") && !w.contains("@")
                    && (w.indexOf('/') >= 0 || FILE_WITH_EXTENSION.matcher(w).matches())) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> pathTokens(String text, int skipFrom, int skipTo) {
        List<String> out = new ArrayList<>();
        TextScan.pathTokens(text, skipFrom, skipTo, out);
        return out;
    }

    @Test
    void pathTokensAgreeWithTheRegex() {
        String[] cases = {"", "a", "see docs/a.md and pom.xml.", "(src/main/x.java), `b/c`; d|e*f",
            "https://example.org/a b@c.d/e x://y", "a.md#anchor #x/y a#b.md", "file.tar.gz a..md a.-b .md _.md",
            "a.m12345678 a.m1234567 a.1m x-.md -x.md", "dir/ / // ./ ../x", "a.md!? b/c.:", "[a/b] <c/d> \"e/f\" 'g/h'",
            "\u00e9.md a\u00e9/b x.m\u00e9", "a\u00a0b/c a\u2003b.md"};
        for (String c : cases) {
            assertEquals(oraclePathTokens(c, -1, -1), pathTokens(c, -1, -1), c);
        }
        assertEquals(oraclePathTokens("a/b[X-1]c/d", 3, 8), pathTokens("a/b[X-1]c/d", 3, 8));
        String[] alphabet = concat(ODD, "a", "b", "Z", "9", ".", ".", "/", "/", "-", "#", ":", "!", "?", "@", "md",
            "x1", "(", ")", "[", "]", "<", ">", "\"", "'", "`", ",", ";", "|", "*", "://", "abcdefgh");
        Random r = new Random(11);
        for (int i = 0; i < 50_000; i++) {
            String text = RandomText.next(r, alphabet, 14);
            int from = -1;
            int to = -1;
            if (r.nextBoolean() && !text.isEmpty()) {
                from = r.nextInt(text.length());
                to = from + 1 + r.nextInt(text.length() - from);
            }
            assertEquals(oraclePathTokens(text, from, to), pathTokens(text, from, to), text + " " + from + ".." + to);
        }
    }

    @Test
    void fileWithExtensionAgreesWithTheRegex() {
        String[] cases = {"", ".", "a.", ".a", "a.b", "_.b", "-.b", "a-.b", "a..b", "a.b.c", "a.b1", "a.1b", "a.b-c",
            "x.abcdefgh", "x.abcdefghi", "\u00e9.md", "a.m\u00e9", "a/b.md", "a.md#x", "a_b-c.d.EXT12"};
        for (String c : cases) {
            assertEquals(FILE_WITH_EXTENSION.matcher(c).matches(), TextScan.isFileWithExtension(c, 0, c.length()),
                    c);
        }
        String[] alphabet = concat(ODD, "a", "Z", "0", "9", ".", ".", "-", "md", "abcd", "/");
        Random r = new Random(13);
        for (int i = 0; i < 50_000; i++) {
            String text = RandomText.next(r, alphabet, 10);
            String framed = "<" + text + ">";
            assertEquals(FILE_WITH_EXTENSION.matcher(text).matches(),
                    TextScan.isFileWithExtension(framed, 1, framed.length() - 1), text);
        }
    }

    @Test
    void regexClassesMatchTheirDefinitions() {
        Pattern space = Pattern.compile("\\s");
        Pattern word = Pattern.compile("\\w");
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = String.valueOf(c);
            assertEquals(space.matcher(s).matches(), TextScan.isRegexSpace(c), () -> Integer.toHexString(s.charAt(0)));
            assertEquals(word.matcher(s).matches(), TextScan.isRegexWord(c), () -> Integer.toHexString(s.charAt(0)));
        }
    }
}
