package io.github.spectrace.core.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spectrace.core.internal.Stages;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of parsed specs gives what a run without it gives, after edits, renames, deletions and touches of specs
 * and sources, and parses only the changed specs.
 */
// Tests SPEC-CORE-1100.
class IncrementalCacheTest {

    @TempDir
    Path root;

    private static final SpecConfig CACHED = SpecConfig.builder().cache(true).build();
    private static final SpecConfig CLEAN = SpecConfig.builder().cache(false).build();

    private void write(String path, String text) throws IOException {
        Stages.write(root, path, text);
    }

    private void project() throws IOException {
        write(".specs/10-core.md", "# Core\n\n- [CORE-1001] Pools MUST be bounded.\n- [CORE-1002] Pools MAY grow.\n");
        write(".specs/20-core-io.md", "# IO\n\n- [CORE-2001] Reads MUST time out.\n");
        write("core/src/main/java/A.java", "// CORE-1001 CORE-1002\nclass A {}\n");
        write("core/src/main/java/B.java", "// CORE-2001\nclass B {}\n");
        write("core/src/main/java/C.java", "// CORE-1001\nclass C {}\n");
        write("core/src/test/java/PoolTest.java", "// CORE-1001 CORE-2001\nclass PoolTest { void bounded() {} }\n");
    }

    /** What a run yields: the changes of extract, the gate's findings and the bytes of every output. */
    private List<String> run(SpecConfig config, int[] misses) throws IOException {
        List<String> out = new ArrayList<>();
        SpecPipeline extract = SpecPipeline.open(Stages.coreReactor(root), config, null);
        extract.extract().changes().forEach(c -> out.add(c.path() + " " + c.status()));
        SpecPipeline gate = SpecPipeline.open(Stages.coreReactor(root), config, null);
        VerifyResult v = gate.verify(true, true);
        for (Finding f : v.findings()) {
            out.add(f.toString());
        }
        out.add("citations=" + v.citations() + " requirements=" + v.requirements());
        for (String p : List.of("COMPLIANCE.md", "requirements/core.yaml", "target/spec/trace.json",
                "target/spec/verify.sarif")) {
            out.add(p + "\n" + Files.readString(root.resolve(p)));
        }
        if (misses != null) {
            misses[0] = extract.cacheMisses();
            misses[1] = gate.cacheMisses();
        }
        return out;
    }

    /** The cached run, then a clean run of the same tree, which must find its outputs already written and agree. */
    private int[] cachedEqualsClean() throws IOException {
        int[] misses = new int[2];
        List<String> cached = run(CACHED, misses);
        List<String> clean = run(CLEAN, null);
        List<String> expected = new ArrayList<>(cached);
        // The clean extract finds every file as the cached one left it.
        for (int i = 0; i < expected.size(); i++) {
            expected.set(i, expected.get(i).replace(" WROTE", " UNCHANGED"));
        }
        assertEquals(expected, clean);
        return misses;
    }

    @Test
    void editsRenamesDeletionsAndTouchesGiveTheCleanRunsOutputsAndOnlyChangedFilesAreRead() throws IOException {
        project();
        // First run: every spec is parsed once, by extract; the gate takes them all from the cache.
        assertArrayEquals(new int[] {2, 0}, cachedEqualsClean());
        // Nothing changed: nothing parsed, and the cache file is not rewritten.
        Path cache = root.resolve("target/spec/cache/specs.bin");
        byte[] specs = Files.readAllBytes(cache);
        FileTime written = Files.getLastModifiedTime(cache);
        assertArrayEquals(new int[] {0, 0}, cachedEqualsClean());
        assertArrayEquals(specs, Files.readAllBytes(cache));
        assertEquals(written, Files.getLastModifiedTime(cache));

        // An edit of the same length whose modification time is set back: the hash still tells.
        Path spec = root.resolve(".specs/10-core.md");
        FileTime before = Files.getLastModifiedTime(spec);
        Files.writeString(spec, Files.readString(spec).replace("MUST be bounded", "MUST be limited"));
        Files.setLastModifiedTime(spec, before);
        Files.writeString(root.resolve("core/src/main/java/A.java"), "// CORE-1001 CORE-1003\nclass A {}\n");
        // A rename, a deletion and a touch.
        Files.move(root.resolve("core/src/main/java/B.java"), root.resolve("core/src/main/java/B2.java"));
        Files.delete(root.resolve("core/src/main/java/C.java"));
        Files.move(root.resolve(".specs/20-core-io.md"), root.resolve(".specs/21-core-io.md"));
        Path test = root.resolve("core/src/test/java/PoolTest.java");
        Files.setLastModifiedTime(test, FileTime.fromMillis(Files.getLastModifiedTime(test).toMillis() + 10_000));
        // Two specs parsed: the edited one and the renamed one.
        assertArrayEquals(new int[] {2, 0}, cachedEqualsClean());
        // A touch of a spec: parsed again, with the same outputs.
        Files.setLastModifiedTime(spec, FileTime.fromMillis(before.toMillis() + 10_000));
        assertArrayEquals(new int[] {1, 0}, cachedEqualsClean());
        List<String> findings = run(CACHED, null).stream().filter(l -> l.startsWith("Finding[")).toList();
        assertEquals(2, findings.size(), findings.toString());
        assertTrue(findings.get(1).startsWith("Finding[path=core/src/main/java/A.java, line=1, column=14,"
                + " rule=TRACE_DANGLING, severity=ERROR, message=CORE-1003 is cited by code but no spec defines it;"),
                findings.get(1));
    }

    @Test
    void aCacheCopiedIntoAnotherCheckoutIsNeverUsed() throws IOException {
        project();
        run(CACHED, null);
        Path other = Files.createTempDirectory(root.getParent(), "checkout");
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                Path to = other.resolve(root.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        // The copy has the same content but new files: every spec is parsed again.
        SpecPipeline gate = SpecPipeline.open(Stages.coreReactor(other), CACHED, null);
        gate.verify(true, true);
        assertEquals(2, gate.cacheMisses());
    }

    @Test
    void anotherIdPatternOrADamagedCacheStartsAfresh() throws IOException {
        project();
        run(CACHED, null);
        SpecConfig other = SpecConfig.builder().cache(true).idPatterns(List.of("CORE-[0-9]{4}")).build();
        SpecPipeline gate = SpecPipeline.open(Stages.coreReactor(root), other, null);
        gate.verify(true, true);
        assertEquals(2, gate.cacheMisses());
        Path sources = root.resolve("target/spec/cache/specs.bin");
        byte[] bytes = Files.readAllBytes(sources);
        Files.write(sources, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        SpecPipeline damaged = SpecPipeline.open(Stages.coreReactor(root), other, null);
        damaged.verify(true, true);
        assertEquals(2, damaged.cacheMisses());
    }

    @Test
    void aCacheDirectoryThatLinksOutsideTheProjectIsNeitherReadNorWritten(@TempDir Path outside) throws IOException {
        project();
        Files.createDirectories(root.resolve("target/spec"));
        Files.createSymbolicLink(root.resolve("target/spec/cache"), outside);
        Files.write(outside.resolve("specs.bin"), new byte[] {1, 2, 3});
        SpecException e = assertThrows(SpecException.class,
                () -> SpecPipeline.open(Stages.coreReactor(root), CACHED, null));
        assertEquals("target/spec/cache/specs.bin: the directory leads outside the project through a symbolic link,"
                + " so nothing is written there. Replace the link with a directory.", e.getMessage());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(outside.resolve("specs.bin")));
        try (Stream<Path> s = Files.list(outside)) {
            assertEquals(List.of(outside.resolve("specs.bin")), s.toList());
        }
    }
}
