package io.github.spectrace.core.internal.markdown;

import io.github.spectrace.core.internal.text.RandomText;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.junit.jupiter.api.Assertions.assertEquals;


class GitHubSluggerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1) Queue & Admission              | 1-queue--admission
            heading with a - dash             | heading-with-a---dash
            Hello World                       | hello-world
            "  leading and trailing  "        | --leading-and-trailing--
            API: /v1/tasks                    | api-v1tasks
            snake_case_name                   | snake_case_name
            Ünïcödé Straße                    | ünïcödé-straße
            INIT and \u0130stanbul            | init-and-i\u0307stanbul
            emoji 🎉 party                    | emoji--party
            3.2 Backpressure (MUST)           | 32-backpressure-must
            "foo\tbar"                        | foobar
            C++ & C#                          | c--c
            [OC-CORE-1001] Queue              | oc-core-1001-queue
            \u03A9-omega                          | \u03C9-omega
            """)
    // SPEC-CORE-1014
    void slugMatchesGitHub(String heading, String slug) {
        assertEquals(slug, GitHubSlugger.slug(heading.replace("\\t", "\t")));
    }

    @Test
    void repeatsAreNumbered() {
        GitHubSlugger s = new GitHubSlugger();
        assertEquals(List.of("intro", "intro-1", "intro-2", "intro-1-1", "other"),
                List.of(s.next("Intro"), s.next("Intro"), s.next("intro"), s.next("Intro 1"), s.next("Other")));
    }

    @Test
    void explicitSuffixCollidesLikeGitHub() {
        GitHubSlugger s = new GitHubSlugger();
        assertEquals("a-1", s.next("a-1"));
        assertEquals("a", s.next("a"));
        // github-slugger skips "a-1" because it is taken and moves on to "a-2".
        assertEquals("a-2", s.next("a"));
    }

    /** The slug as it was computed with a code point stream. */
    private static String streamSlug(String text) {
        StringBuilder sb = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (cp == ' ') {
                sb.append('-');
            } else if (cp == '-' || Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
                    || type == Character.CONNECTOR_PUNCTUATION) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    @Test
    void agreesWithTheCodePointStreamOnRandomText() {
        String[] alphabet = {"A", "z", "0", " ", " ", "-", "_", "\t", ".", "&", "\u00c9", "\u0130", "\u0301", "\u20dd",
            "\u0903", "\u2160", "\u00b2", "\u203f", "\ud83c\udf89", "\ud835\udc00", "\ud835", "\udc00", "\u03a9"};
        Random r = new Random(1014);
        for (int i = 0; i < 20_000; i++) {
            String text = RandomText.next(r, alphabet, 9);
            assertEquals(streamSlug(text), GitHubSlugger.slug(text), text);
        }
    }
}
