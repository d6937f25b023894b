package io.github.spectrace.core.internal.links;

import io.github.spectrace.core.internal.files.ExistenceCache;

import io.github.spectrace.core.internal.Stages;

import io.github.spectrace.core.internal.markdown.SpecDocument;
import io.github.spectrace.core.internal.markdown.SpecParser;
import io.github.spectrace.core.internal.text.IdPatterns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;


class LinkCheckerTest {

    @TempDir
    Path root;

    private final SpecParser parser = new SpecParser(IdPatterns.defaults());

    private void write(String path, String content) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private LinkReport check(String... paths) throws IOException {
        List<SpecDocument> docs = new ArrayList<>();
        for (String p : paths) {
            docs.add(parser.parse(p, Files.readString(root.resolve(p))));
        }
        return new LinkChecker(root, parser, new ExistenceCache(root)).check(docs);
    }

    private static List<String> lines(LinkReport r) {
        return Stages.findings(r.findings()).stream().map(f -> f.format()).toList();
    }

    @Test
    void validLinksPass() throws IOException {
        write("src/Main.java", "a\nb\nc\n");
        write("docs/other.md", "# Other\n\n## 1) Queue & Admission\n\n<a name=\"legacy\"></a>\n<p id='para'>x</p>\n");
        write("docs/my file.md", "# Spaced\n");
        write(".specs/10-core.md", """
                # Core

                ## Intro

                - Same file: [a](#intro), [top](#top), [empty](#), [repeat](#intro-1).
                - Other: [b](../docs/other.md#1-queue--admission), [c](../docs/other.md#legacy),
                  [d](../docs/other.md#para), [dir](../docs/), [enc](../docs/my%20file.md#spaced).
                - Lines: [e](../src/Main.java#L2), [f](../src/Main.java#L1-L3), [g](../src/Main.java#L3C2).
                - Reference: [h][ref]; image ![i](../docs/other.md); <https://example.org>; [j](mailto:a@b.c).
                - Code is ignored: `[x](missing.md)`.

                ```
                [y](missing.md)
                ```

                <a href="../docs/other.md">html</a>

                <!-- <a href="missing.md">commented out</a> -->

                ## Intro

                [ref]: ../docs/other.md#other
                """);
        LinkReport r = check(".specs/10-core.md");
        assertEquals(List.of(), lines(r));
        assertEquals(1, r.files());
        assertEquals(15, r.links());
        assertEquals(2, r.external());
    }

    // SPEC-CORE-1032
    @Test
    void brokenLinksHaveSuggestions() throws IOException {
        write("docs/other.md", "# Other\n\n## 1) Queue & Admission\n");
        write("src/Main.java", "one line, no newline");
        write(".specs/10-core.md", """
                # Core

                - [a](../docs/othr.md)
                - [b](../docs/other.md#queue-admission)
                - [c](#cor)
                - [d](../docs/nothing/else.md)
                - [e](../src/Main.java#L2)
                - [f](../src/Main.java#L3-L2)
                - [g](#Core)
                - [h](../docs/other.md#zzz)
                """);
        assertEquals(List.of(
                ".specs/10-core.md:3:3: [LINK-FILE-MISSING] no file or directory docs/othr.md (link"
                        + " '../docs/othr.md'). Did you mean docs/other.md?",
                ".specs/10-core.md:4:3: [LINK-ANCHOR-MISSING] no heading #queue-admission in docs/other.md; did you"
                        + " mean #1-queue--admission?",
                ".specs/10-core.md:5:3: [LINK-ANCHOR-MISSING] no heading #cor in this file; did you mean #core?",
                ".specs/10-core.md:6:3: [LINK-FILE-MISSING] no file or directory docs/nothing/else.md (link"
                        + " '../docs/nothing/else.md'). Fix the path or create the file.",
                ".specs/10-core.md:7:3: [LINK-LINE-MISSING] #L2 is outside src/Main.java, which has 1 line. Update"
                        + " the line numbers.",
                ".specs/10-core.md:8:3: [LINK-LINE-MISSING] #L3-L2 is outside src/Main.java, which has 1 line."
                        + " Update the line numbers.",
                ".specs/10-core.md:9:3: [LINK-ANCHOR-MISSING] no heading #Core in this file; did you mean #core?",
                ".specs/10-core.md:10:3: [LINK-ANCHOR-MISSING] no heading #zzz in docs/other.md; link to an existing"
                        + " heading or add an <a name=\"zzz\"></a>."), lines(check(".specs/10-core.md")));
    }

    /** Line counts of small files (read whole) and of a file over 4 MiB (read in blocks) agree. */
    @Test
    void lineFragmentsCountLinesOfSmallAndLargeFiles() throws IOException {
        write("src/empty.txt", "");
        write("src/two.txt", "a\nb\n");
        write("src/open.txt", "a\nb");
        String big = "x".repeat(99) + "\n";
        write("src/big.txt", big.repeat(50_000));
        write("src/bigopen.txt", big.repeat(50_000) + "y");
        write(".specs/10-core.md", """
                # Core

                [a](../src/empty.txt#L1) [b](../src/two.txt#L2) [c](../src/two.txt#L3) [d](../src/open.txt#L2)
                [e](../src/open.txt#L3) [f](../src/big.txt#L50000) [g](../src/big.txt#L50001)
                [h](../src/bigopen.txt#L50001) [i](../src/bigopen.txt#L50002)
                """);
        assertEquals(List.of(
                ".specs/10-core.md:3:1: [LINK-LINE-MISSING] #L1 is outside src/empty.txt, which has 0 lines. Update"
                        + " the line numbers.",
                ".specs/10-core.md:3:49: [LINK-LINE-MISSING] #L3 is outside src/two.txt, which has 2 lines. Update"
                        + " the line numbers.",
                ".specs/10-core.md:4:1: [LINK-LINE-MISSING] #L3 is outside src/open.txt, which has 2 lines. Update"
                        + " the line numbers.",
                ".specs/10-core.md:4:52: [LINK-LINE-MISSING] #L50001 is outside src/big.txt, which has 50000 lines."
                        + " Update the line numbers.",
                ".specs/10-core.md:5:32: [LINK-LINE-MISSING] #L50002 is outside src/bigopen.txt, which has 50001"
                        + " lines. Update the line numbers."), lines(check(".specs/10-core.md")));
    }

    @Test
    void severitiesApply() throws IOException {
        write(".specs/10-core.md", "[a](missing.md) [b](#nope)\n");
        List<SpecDocument> docs = List.of(parser.parse(".specs/10-core.md",
                Files.readString(root.resolve(".specs/10-core.md"))));
        LinkReport r = new LinkChecker(root, parser, new ExistenceCache(root)).check(docs);
        assertEquals(List.of("WARNING .specs/10-core.md:1:1: [LINK-FILE-MISSING] no file or directory"
                + " .specs/missing.md (link 'missing.md'). Fix the path or create the file."),
                Stages.findings(r.findings(), Map.of("LINK-FILE-MISSING", "warning", "LINK-ANCHOR-MISSING", "off"))
                        .stream().map(f -> f.severity() + " " + f.format()).toList());
    }
}
