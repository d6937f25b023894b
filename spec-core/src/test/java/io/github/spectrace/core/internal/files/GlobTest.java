package io.github.spectrace.core.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
