package io.github.spectrace.core.internal.trace;

import io.github.spectrace.core.internal.files.FileWalker;

import io.github.spectrace.core.internal.Stages;

import io.github.spectrace.core.internal.text.IdPatterns;
import io.github.spectrace.core.model.Reference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;


class TracerTest {

    @TempDir
    Path root;

    private static final Set<String> DEFINED = Set.of("OC-CORE-1001", "OC-CORE-1010", "OC-CTRL-2001");

    private void write(String path, String content) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private Trace scan(TraceOptions options) {
        return new Tracer(root, IdPatterns.defaults(), options, new FileWalker(root, Set.of(root.resolve("target")))).scan(List.of(
                new SourceRoot(root.resolve("src/main/java"), false),
                new SourceRoot(root.resolve("src/test/java"), true),
                new SourceRoot(root.resolve("src/missing"), false)),
                List.of(root.resolve("src/main/java/Excluded.java")), DEFINED);
    }

    private static List<String> show(List<Reference> refs) {
        return refs.stream().map(r -> (r.test() ? "test " : "code ") + r.id() + " " + r.path() + ":" + r.line() + ":"
                + r.column()).toList();
    }

    // SPEC-CORE-1033
    @Test
    void findsCommentsTagsAndDisplayNamesOnWordBoundaries() throws IOException {
        write("src/main/java/Queue.java", """
                // OC-CORE-1001
                /** Verifies OC-CORE-1010 and XOC-CORE-1001, OC-CORE-100100, OC-CORE-1001X, OC-CORE-1001-b. */
                class Queue {}
                """);
        write("src/test/java/QueueTest.java", """
                @Tag("OC-CORE-1001") @DisplayName("rejects (OC-CTRL-2001) when full")
                void OC_CORE_1010_rejects_full_queue() {}
                """);
        Trace t = scan(Stages.traceOptions());
        assertEquals(List.of("code OC-CORE-1001 src/main/java/Queue.java:1:4",
                "code OC-CORE-1010 src/main/java/Queue.java:2:14",
                "test OC-CORE-1001 src/test/java/QueueTest.java:1:7",
                "test OC-CTRL-2001 src/test/java/QueueTest.java:1:45"), show(t.references()));
        assertEquals(List.of(), show(t.dangling()));
        assertEquals(2, t.filesScanned());
    }

    @Test
    void underscoreFormIsOptIn() throws IOException {
        write("src/test/java/QueueTest.java", "void OC_CORE_1010_rejects_full_queue() {}\nvoid test_OC_CORE_1011() {}\n");
        TraceOptions on = new TraceOptions(true, false, 2097152, List.of(), List.of(), List.of());
        Trace t = scan(on);
        assertEquals(List.of("test OC-CORE-1010 src/test/java/QueueTest.java:1:6"), show(t.references()));
        assertEquals(List.of("test OC-CORE-1011 src/test/java/QueueTest.java:2:11"), show(t.dangling()));
    }

    @Test
    void prefixFilterKeepsUnrelatedIdsOut() throws IOException {
        write("src/main/java/Dates.java", "// ISO-8601 dates, JIRA-1234, UTF-16 text, OC-CORE-1100 is a typo\n");
        assertEquals(List.of("code OC-CORE-1100 src/main/java/Dates.java:1:44"), show(scan(Stages.traceOptions()).dangling()));
        TraceOptions strict = new TraceOptions(false, true, 2097152, List.of(), List.of(), List.of());
        // A standard is never a citation, not even in strict mode.
        assertEquals(List.of("code JIRA-1234 src/main/java/Dates.java:1:20", "code OC-CORE-1100 src/main/java/Dates.java:1:44"),
                show(scan(strict).dangling()));
    }

    @Test
    void skipsBinaryOversizeExcludedAndBuildOutput() throws IOException {
        write("src/main/java/Big.java", "// OC-CORE-1001\n" + "x".repeat(200));
        Files.write(root.resolve("src/main/java/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 'O', 'C'});
        write("src/main/java/Excluded.java", "// OC-CORE-1001\n");
        write("target/generated/Gen.java", "// OC-CORE-1001\n");
        write("src/main/java/Small.java", "// OC-CORE-1010\n");
        TraceOptions small = new TraceOptions(false, false, 100, List.of(), List.of(), List.of());
        Trace t = new Tracer(root, IdPatterns.defaults(), small, new FileWalker(root, Set.of(root.resolve("target")))).scan(
                List.of(new SourceRoot(root.resolve("src/main/java"), false), new SourceRoot(root.resolve("target"), false)),
                List.of(root.resolve("src/main/java/Excluded.java")), DEFINED);
        assertEquals(List.of("code OC-CORE-1010 src/main/java/Small.java:1:4"), show(t.references()));
        assertEquals(1, t.filesScanned());
        assertEquals(2, t.filesSkipped());
    }

    // SPEC-CORE-1034
    @Test
    void symlinksOutsideTheProjectAndLoopsAreSafe(@TempDir Path outside) throws IOException {
        write("src/main/java/Real.java", "// OC-CORE-1001\n");
        Files.writeString(outside.resolve("Secret.java"), "// OC-CORE-1010\n");
        Files.createSymbolicLink(root.resolve("src/main/java/Secret.java"), outside.resolve("Secret.java"));
        Files.createSymbolicLink(root.resolve("src/main/java/Alias.java"), root.resolve("src/main/java/Real.java"));
        Files.createSymbolicLink(root.resolve("src/main/java/loop"), root.resolve("src/main/java"));
        Trace t = scan(Stages.traceOptions());
        assertEquals(List.of("code OC-CORE-1001 src/main/java/Alias.java:1:4", "code OC-CORE-1001 src/main/java/Real.java:1:4"),
                show(t.references()));
        // The link to a file outside is skipped and named; the link to a directory is not followed, silently.
        assertEquals(1, t.filesSkipped());
        assertEquals(List.of("src/main/java/Secret.java"), t.notRegular());
    }

    @Test
    void extraGlobsCountAsCode() throws IOException {
        write("docs/guide/usage.md", "See OC-CTRL-2001.\n");
        write("docs/archive/old.md", "See OC-CTRL-2001.\n");
        write("it/case/verify.groovy", "// OC-CORE-1001\n");
        TraceOptions docs = new TraceOptions(false, false, 2097152, Stages.globs(List.of("docs/**/*.md")),
                Stages.globs(List.of("docs/archive/**")), Stages.globs(List.of("it/**/verify.groovy")));
        assertEquals(List.of("code OC-CTRL-2001 docs/guide/usage.md:1:5", "test OC-CORE-1001 it/case/verify.groovy:1:4"),
                show(scan(docs).references()));
    }

    @Test
    void aFileUnderBothRootsIsATest() throws IOException {
        write("src/test/java/T.java", "// OC-CORE-1001\n");
        Trace t = Stages.tracer(root, Stages.traceOptions()).scan(
                List.of(new SourceRoot(root.resolve("src"), false), new SourceRoot(root.resolve("src/test/java"), true)),
                List.of(), DEFINED);
        assertEquals(List.of("test OC-CORE-1001 src/test/java/T.java:1:4"), show(t.references()));
    }

    @Test
    void rustUnitTestsInASourceFileAreTests() throws IOException {
        write("src/lib.rs", """
                /// Parses (OC-CORE-1001).
                pub fn parse(s: &str) -> &str { "}" }

                #[cfg(test)]
                mod tests {
                    use super::*;
                    // OC-CORE-1001
                    #[test]
                    fn parses() { assert_eq!(parse("{"), "}"); } // OC-CTRL-2001
                    fn OC_CTRL_2001_rejects() {}
                }

                #[tokio::test]
                async fn smoke() { /* OC-CORE-1010 */ }

                // OC-CORE-1010 after the tests
                """);
        write("src/notes.txt", "#[cfg(test)]\nmod tests { // OC-CORE-1001\n}\n");
        write("tests/it.rs", "// OC-CTRL-2001\n");
        Trace t = Stages.tracer(root, Stages.traceOptions()).scan(
                List.of(new SourceRoot(root.resolve("src"), false), new SourceRoot(root.resolve("tests"), true)),
                List.of(), DEFINED);
        assertEquals(List.of("code OC-CORE-1001 src/lib.rs:1:13",
                "test OC-CORE-1001 src/lib.rs:7:8",
                "test OC-CTRL-2001 src/lib.rs:9:53",
                "test OC-CORE-1010 src/lib.rs:14:23",
                "code OC-CORE-1010 src/lib.rs:16:4",
                "code OC-CORE-1001 src/notes.txt:2:16",
                "test OC-CTRL-2001 tests/it.rs:1:4"), show(t.references()));
        TraceOptions underscores = new TraceOptions(true, false, 2097152, List.of(), List.of(), List.of());
        Trace named = Stages.tracer(root, underscores).scan(List.of(new SourceRoot(root.resolve("src"), false)),
                List.of(), DEFINED);
        List<String> lib = show(named.references()).stream().filter(r -> r.contains("lib.rs:10:")).toList();
        assertEquals(List.of("test OC-CTRL-2001 src/lib.rs:10:8"), lib);
    }
}
