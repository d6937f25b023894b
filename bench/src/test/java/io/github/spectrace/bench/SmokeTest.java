package io.github.spectrace.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small version of the benchmark that runs in the default build, so that the generator and the gate harness
 * cannot rot: a tiny corpus, one gate run, exact finding counts.
 */
class SmokeTest {

    /** 3 modules of 45 requirements; fewer citations than requirements, so some are untested on purpose. */
    private static final CorpusGenerator.Config TINY = new CorpusGenerator.Config(3, 45, 3, 2, 8, 7L, 2, 2, 3, 4, 2);

    @Test
    void gateFindsExactlyThePlantedDefects(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("corpus");
        SortedMap<String, Long> expected = CorpusGenerator.generate(TINY, corpus, dir.resolve("oft"));

        Gate gate = new Gate(corpus);
        assertEquals(4, gate.extract(), "3 requirements files and COMPLIANCE.md");
        Gate.Result result = gate.verify();

        SortedMap<String, Long> rules = new TreeMap<>();
        expected.forEach((k, v) -> {
            if (k.startsWith("rule.") && v != 0) {
                rules.put(k.substring(5), v);
            }
        });
        assertEquals(Map.of(
                "LINK-ANCHOR-MISSING", 3L,
                "LINK-FILE-MISSING", 2L,
                "SPEC-ID-DUPLICATE", 4L,
                "SPEC-RFC2119-MISSING", 2L,
                "TRACE-DANGLING", 4L,
                "TRACE-UNIMPLEMENTED", rules.get("TRACE-UNIMPLEMENTED"),
                "TRACE-UNTESTED", rules.get("TRACE-UNTESTED")), rules);
        assertTrue(rules.get("TRACE-UNTESTED") > 0, "16 test citations leave MUST requirements untested");
        assertEquals(rules, result.byRule());
        assertEquals(135, result.requirements());
        assertEquals(3 * 3 * 8 + 3 * 2 * 8, result.references());
        assertEquals(4, result.dangling());
        assertEquals(15, result.filesScanned());
        assertEquals(Gate.PHASES, List.copyOf(result.phaseNanos().keySet()));
        assertTrue(PipelineBench.check(result, corpus.resolve("expected.properties")));
    }

    @Test
    void sameSeedSameBytes(@TempDir Path dir) throws IOException {
        CorpusGenerator.generate(TINY, dir.resolve("a"), dir.resolve("a-oft"));
        CorpusGenerator.generate(TINY, dir.resolve("b"), dir.resolve("b-oft"));
        List<Path> a = files(dir.resolve("a"));
        List<Path> b = files(dir.resolve("b"));
        assertEquals(a, b);
        for (Path p : a) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(p)),
                    Files.readAllBytes(dir.resolve("b").resolve(p)), p.toString());
        }
        assertEquals(files(dir.resolve("a-oft")), files(dir.resolve("b-oft")));
    }

    @Test
    void oftCorpusUsesOpenFastTraceSyntax(@TempDir Path dir) throws IOException {
        CorpusGenerator.generate(TINY, dir.resolve("c"), dir.resolve("oft"));
        String spec = Files.readString(dir.resolve("oft/mod-001/SPEC/SPEC.md"));
        assertTrue(spec.contains("`req~bn-m001-0001~1`\n"), spec);
        assertTrue(spec.contains("Needs: impl, utest\n"), spec);
        String code = Files.readString(dir.resolve("oft/mod-001/src/main/java/bench/m001/C0001.java"));
        assertTrue(code.contains("[impl->req~bn-m001-"), code);
        String test = Files.readString(dir.resolve("oft/mod-001/src/test/java/bench/m001/C0001Test.java"));
        assertTrue(test.contains("[utest->req~bn-m001-"), test);
        String ours = Files.readString(dir.resolve("c/mod-001/SPEC/SPEC.md"));
        assertTrue(ours.contains("\n- [BN-M001-0001] "), ours);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
