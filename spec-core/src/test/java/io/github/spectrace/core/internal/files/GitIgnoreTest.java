package io.github.spectrace.core.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.spectrace.core.internal.Stages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// SPEC-CORE-1064
class GitIgnoreTest {

    @TempDir
    Path root;

    /** Each case as Git answers it ({@code git check-ignore}): pattern, path, is a directory, verdict. */
    @ParameterizedTest(name = "{0} ~ {1} (dir {2}) = {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            target/          | target             | true  | true
            target/          | target             | false | none
            target/          | a/b/target         | true  | true
            target           | a/b/target         | false | true
            /target          | target             | true  | true
            /target          | a/target           | true  | none
            doc/frotz        | doc/frotz          | true  | true
            doc/frotz        | a/doc/frotz        | true  | none
            *.log            | build.log          | false | true
            *.log            | logs/debug.log     | false | true
            *.log            | build.logs         | false | none
            /*.c             | cat-file.c         | false | true
            /*.c             | mozilla-sha1/sha1.c | false | none
            foo/*            | foo/test.json      | false | true
            foo/*            | foo/bar/hello.c    | false | none
            **/foo           | foo                | true  | true
            **/foo           | a/b/foo            | false | true
            **/foo/bar       | x/foo/bar          | false | true
            abc/**           | abc/x/y            | false | true
            abc/**           | abc                | true  | none
            a/**/b           | a/b                | false | true
            a/**/b           | a/x/y/b            | false | true
            a/**/b           | xa/b               | false | none
            a**b             | axyb               | false | true
            a**b             | ax/yb              | false | none
            file?.txt        | file1.txt          | false | true
            file?.txt        | file10.txt         | false | none
            file?.txt        | file/.txt          | false | none
            [abc].md         | b.md               | false | true
            [abc].md         | d.md               | false | none
            [!abc].md        | d.md               | false | true
            [!abc].md        | a.md               | false | none
            [a-c]x           | bx                 | false | true
            [a-c]x           | dx                 | false | none
            [unclosed        | [unclosed          | false | true
            \\#hash          | #hash              | false | true
            \\!bang          | !bang              | false | true
            a.b              | axb                | false | none
            (x)+             | (x)+               | false | true
            !keep.log        | keep.log           | false | false
            """)
    void oneLine(String pattern, String path, boolean directory, Boolean expected) {
        assertEquals(expected, GitIgnore.parse(pattern + "\n").match(path, directory));
    }

    @Test
    void commentsBlankLinesTrailingSpacesAndTheLastMatchWins() {
        GitIgnore g = GitIgnore.parse("# build output\n\n*.log  \r\n!keep.log\nspace\\ \n   \n/\n!\n");
        assertEquals(true, g.match("a.log", false));
        assertEquals(false, g.match("keep.log", false));
        assertEquals(false, g.match("x/keep.log", false));
        assertEquals(true, g.match("space ", false));
        assertEquals(null, g.match("space", false));
        assertEquals(null, g.match("# build output", false));
        assertEquals(true, GitIgnore.parse("!keep.log\n*.log\n").match("keep.log", false));
        assertEquals(true, GitIgnore.EMPTY.isEmpty());
        assertEquals(true, GitIgnore.parse("# only\n\n").isEmpty());
    }

    @Test
    void regexQuotesEverythingButTheWildcards() {
        assertEquals("\\Qa\\E[^/]*\\Q.\\E\\Qb\\E", GitIgnore.regex("a*.b"));
        assertEquals("(?:.*/)?\\Qx\\E/.*", GitIgnore.regex("**/x/**").replace("\\Q/\\E", "/"));
    }

    /** Nested files, negation, anchoring to each file's directory, and walks that start below an ignored one. */
    @Test
    void theWalkerHonoursRootAndNestedGitignores() throws IOException {
        Stages.write(root, ".gitignore", "dist/\n*.tmp\n/generated\n!important.tmp\nweb/coverage/\n");
        Stages.write(root, "web/.gitignore", "*.snap\n!keep.tmp\n/local.ts\n");
        Stages.write(root, "web/src/app.ts", "a");
        Stages.write(root, "web/src/app.snap", "a");
        Stages.write(root, "web/src/x.tmp", "a");
        Stages.write(root, "web/keep.tmp", "a");
        Stages.write(root, "web/local.ts", "a");
        Stages.write(root, "web/src/local.ts", "a");
        Stages.write(root, "web/dist/bundle.js", "a");
        Stages.write(root, "web/coverage/index.js", "a");
        Stages.write(root, "important.tmp", "a");
        Stages.write(root, "generated/x.md", "a");
        Stages.write(root, "lib/generated/x.md", "a");
        Stages.write(root, ".venv/lib/site.py", "a");
        Stages.write(root, "py/.venv/lib/site.py", "a");
        FileWalker walker = new FileWalker(root, Set.of());
        assertEquals(List.of(".gitignore", "important.tmp", "lib/generated/x.md", "web/.gitignore", "web/keep.tmp",
                "web/src/app.ts", "web/src/local.ts"), paths(walker.walk(root, d -> true, rel -> true, null)));
        assertEquals(List.of(), paths(walker.walk(root.resolve("web/dist"), d -> true, rel -> true, null)));
        assertEquals(List.of(), paths(walker.walk(root.resolve("generated"), d -> true, rel -> true, null)));
        assertEquals(List.of("web/.gitignore", "web/keep.tmp", "web/src/app.ts", "web/src/local.ts"),
                paths(walker.glob(List.of(Glob.of("web/**", "includes")), List.of())));
    }

    /** A .gitignore above the top-level directory is never read, nor one that is a link. */
    @Test
    void readsNothingAboveTheTopLevelDirectoryNorThroughLinks() throws IOException {
        Stages.write(root, ".gitignore", "*.md\n");
        Stages.write(root, "outside.txt", "*.md\n");
        Path project = root.resolve("project");
        Stages.write(project, "SPEC.md", "a");
        Stages.write(project, "sub/SPEC.md", "a");
        Files.createSymbolicLink(project.resolve("sub/.gitignore"), root.resolve("outside.txt"));
        assertEquals(List.of("SPEC.md", "sub/SPEC.md"),
                paths(new FileWalker(project, Set.of()).walk(project, d -> true, rel -> true, null)));
    }

    private static List<String> paths(List<FileWalker.Found> found) {
        List<String> out = new ArrayList<>();
        found.forEach(f -> out.add(f.path().value()));
        return out;
    }
}
