package io.github.spectrace.core.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spectrace.core.model.SpecException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            .specs/*.md           | .specs/10-core.md          | true
            .specs/*.md           | .specs/proposals/x.md      | false
            .specs/**/*.md        | .specs/10-core.md          | true
            .specs/**/*.md        | .specs/proposals/a/x.md    | true
            .specs/proposals/**   | .specs/proposals/a/x.md    | true
            .specs/proposals/**   | .specs/10-core.md          | false
            SPEC/SPEC.md          | SPEC/SPEC.md               | true
            SPEC/SPEC.md          | SPEC/SPEC.mdx              | false
            **/*.md               | README.md                  | true
            {docs,specs}/?.md     | specs/a.md                 | true
            {docs,specs}/?.md     | other/a.md                 | false
            a.b/*.md              | aXb/c.md                   | false
            .specs\\*.md          | .specs/10-core.md          | true
            """)
    void matches(String glob, String path, boolean expected) {
        assertEquals(expected, Glob.of(glob, "includes").matches(path));
    }

    @ParameterizedTest(name = "{0} starts in ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            .specs/*.md        | .specs/
            SPEC/SPEC.md       | SPEC/
            **/*.md            | ''
            docs/**/x/*.md     | docs/
            a/b/{c,d}/*.md     | a/b/
            README.md          | ''
            """)
    void literalDirectory(String glob, String dir) {
        assertEquals(dir, Glob.of(glob, "includes").literalDirectory());
    }

    @org.junit.jupiter.api.Test
    void unclosedBraceIsAnError() {
        SpecException e = assertThrows(SpecException.class, () -> Glob.of("{a,b/*.md", "<excludes>"));
        assertEquals("Invalid glob '{a,b/*.md' in <excludes>: a '{' is not closed. Close it, for example {a,b}/*.md.",
                e.getMessage());
    }

    @ParameterizedTest(name = "{0} needs ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            .specs/*.md           | 10-core.md  | true
            .specs/*.md           | x.mdx       | false
            **/SPEC/SPEC.md       | /a/SPEC.md  | true
            **/SPEC/SPEC.md       | /a/SPECS.md | false
            {docs,specs}/?.md     | a.md        | true
            *.{md,txt}            | a.rs        | true
            docs/**               | a.rs        | true
            """)
    void mayMatchLooksAtTheNameOnly(String glob, String path, boolean expected) {
        assertEquals(expected, Glob.of(glob, "includes").mayMatch(path));
    }

    /** The check of the name's end never rejects what the expression accepts. */
    @org.junit.jupiter.api.Test
    void nameCheckAgreesWithTheExpression() {
        String[] parts = {"*", "**", "**/", "?", "{a,b}", "{x,.md}", "a", "b", ".md", "/", "SPEC", ",", "}", "-"};
        String[] names = {"a", "b", ".md", "/", "SPEC", "ab", "x", "-", ",", "}", "a.md", "SPEC/SPEC.md"};
        java.util.Random random = new java.util.Random(11);
        int matched = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder g = new StringBuilder();
            for (int k = random.nextInt(4); k >= 0; k--) {
                g.append(parts[random.nextInt(parts.length)]);
            }
            if (g.charAt(0) == '/') {
                g.insert(0, 'a');
            }
            Glob glob;
            try {
                glob = Glob.of(g.toString(), "includes");
            } catch (SpecException e) {
                continue;
            }
            for (int m = 0; m < 20; m++) {
                StringBuilder p = new StringBuilder();
                for (int k = random.nextInt(5); k >= 0; k--) {
                    p.append(names[random.nextInt(names.length)]);
                }
                String path = p.toString();
                boolean expression = glob.matchesExpression(path);
                assertEquals(expression, glob.matches(path), glob + " ~ " + path);
                if (expression) {
                    matched++;
                    assertTrue(glob.mayMatch("/repo/" + path), glob + " ~ " + path);
                }
            }
        }
        assertTrue(matched > 10_000, "matched " + matched);
    }
}
