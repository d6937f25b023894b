package io.github.spectrace.core.internal.markdown;

import io.github.spectrace.core.internal.text.RandomText;
import io.github.spectrace.core.model.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.junit.jupiter.api.Assertions.assertEquals;


class KeywordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The pool MUST expose a queue.                      | must   | MUST
            The pool MUST NOT block.                           | must   | MUST NOT
            It is REQUIRED to log.                             | must   | REQUIRED
            It SHALL work and SHALL NOT fail.                  | must   | SHALL,SHALL NOT
            It SHOULD retry; it MAY log.                       | should | SHOULD,MAY
            It is RECOMMENDED and OPTIONAL.                    | should | RECOMMENDED,OPTIONAL
            It is NOT RECOMMENDED.                             | should | NOT RECOMMENDED
            The pool must expose a queue.                      | info   | ''
            Must, Should and May are not keywords.             | info   | ''
            MUSTARD and MAYBE are not keywords.                | info   | ''
            Logging is NOT REQUIRED.                           | info   | ''
            It MAY log, MAY trace and MUST fail.               | must   | MAY,MUST
            It MUST   NOT block.                               | must   | MUST NOT
            """)
    // SPEC-CORE-1012
    void levelAndKeywords(String text, String level, String keywords) {
        List<String> found = Keywords.find(text);
        assertEquals(keywords.isEmpty() ? List.of() : List.of(keywords.split(",")), found);
        assertEquals(level, Keywords.level(found).id());
    }

    @Test
    void noKeywordIsInfo() {
        assertEquals(Level.INFO, Keywords.level(List.of()));
    }

    /** The regex that {@link Keywords#find} replaced, as the oracle. */
    private static final Pattern KEYWORD = Pattern.compile(
            "\\b(MUST\\s+NOT|MUST|SHALL\\s+NOT|SHALL|SHOULD\\s+NOT|SHOULD|NOT\\s+RECOMMENDED|RECOMMENDED"
                    + "|NOT\\s+REQUIRED|REQUIRED|MAY|OPTIONAL)\\b");

    private static List<String> oracle(CharSequence text) {
        List<String> found = new ArrayList<>(2);
        Matcher m = KEYWORD.matcher(text);
        while (m.find()) {
            String k = m.group(1).replaceAll("\\s+", " ");
            if (!k.equals("NOT REQUIRED") && !found.contains(k)) {
                found.add(k);
            }
        }
        return found;
    }

    @Test
    void agreesWithTheRegexOnTrickyText() {
        String[] cases = {
            "", "M", "MAY", "MAYBE", "_MAY", "MAY_", "9MAY", "MAY9", "-MAY-", "MUST NOTE", "MUST NOT", "MUST\tNOT",
            "MUST \u000b\f\r\nNOT", "MUST\u00a0NOT", "MUST\u2003NOT", "MUSTNOT", "MUST  NOT REQUIRED",
            "NOT REQUIRED", "NOT  REQUIRED.", "NOTREQUIRED", "NOT RECOMMENDEDX", "NOT MAY", "SHOULD NOT SHOULD",
            "\u00e9MUST", "MUST\u00e9", "\u0663MAY", "MAY\u0663", "MAY\u0301", "a\u0301MAY", " \u0301MAY",
            "\u0301MAY", "\ud835\udc00MAY", "MAY\ud835\udc00", "MAY\ud835", "\udc00MAY", "\u00b2MAY", "MAY\u00b2",
            "\u2160MAY", "MAY\u203f", "\u0001MUST\u0001", "OPTIONAL,REQUIRED;RECOMMENDED", "MAY MAY MUST MAY",
        };
        for (String c : cases) {
            assertEquals(oracle(c), Keywords.find(c), c);
        }
    }

    @Test
    void agreesWithTheRegexOnRandomText() {
        String[] alphabet = {"MUST", "MUST", "NOT", "NOT", "SHALL", "SHOULD", "RECOMMENDED", "REQUIRED", "MAY",
            "OPTIONAL", "MUS", "SHOUL", "OPTIONA", "M", "S", "N", "O", "R", "T", "E", "Y", "x", "a", "_", "0", "9",
            " ", " ", " ", "\t", "\n", "\u000b", "\f", "\r", "\u00a0", "\u2003", "\u0085", "-", ".", ",",
            "\u00e9", "\u0301", "\u0663", "\u00b2", "\u2160", "\u203f", "\ud835\udc00", "\ud835", "\udc00",
            "\u0001"};
        Random r = new Random(2119);
        for (int i = 0; i < 50_000; i++) {
            String text = RandomText.next(r, alphabet, 11);
            assertEquals(oracle(text), Keywords.find(text), text);
        }
    }
}
