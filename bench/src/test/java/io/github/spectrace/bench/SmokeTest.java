package io.github.spectrace.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

        // The level of a heading requirement comes from its body, and its body is its text.
        String yaml = Files.readString(corpus.resolve("requirements/mod-001.yaml"));
        assertTrue(yaml.contains("  BN-M001-0004:\n    title: Store behaviour\n"
                + "    text: \"Each worker pool MUST finish within 141 ms or report a timeout; see BN-M001-0003."
                + " It applies to every scheduler of this module.\"\n    level: must\n"), yaml);
        // The level of a label or a table row without a keyword in its text comes from the label or the column.
        assertTrue(yaml.contains("""
                  BN-M001-0040:
                    title: Expose the queue depth of the audit log as a metric.
                    level: may
                """), yaml);
        assertTrue(yaml.contains("""
                  BN-M001-0014:
                    title: Record the state of the store before a write is acknowledged.
                    level: must
                """), yaml);
    }

    @Test
    void specUsesEveryDefinitionStyle(@TempDir Path dir) throws IOException {
        CorpusGenerator.generate(TINY, dir, null);
        String spec = Files.readString(dir.resolve("mod-001/SPEC/SPEC.md"));
        List<String> styles = List.of(
                // 1. Markers.
                "\n- [BN-M001-0001] The queue MUST NOT drop an accepted task during a restart.\n",
                "\n- (BN-M001-0006) Each cache MUST finish within 386 ms or report a timeout; see BN-M002-0006.\n",
                // 2. Bold labels, with a continuation line.
                "\n- **BN-M001-0002**: Each cache MUST finish within\n  92 ms or report a timeout.\n",
                "\n- **BN-M001-0011:** Each audit log MUST record its state\n  before it acknowledges a write.\n",
                "\n\n**BN-M001-0030** \u2013 Each admission path MAY expose\nits queue depth as a metric.\n\n",
                // 3. Bare labels; the level in parentheses, none in the text.
                "\n- BN-M001-0003: The scheduler MUST NOT drop an accepted task during a restart.\n",
                "\n- BN-M001-0040 (MAY): Expose the queue depth of the audit log as a metric.\n",
                // 4. A heading requirement: no keyword in the heading, one in its body.
                "\n\n#### [BN-M001-0004] Store behaviour\n\nEach worker pool MUST finish within 141 ms or report a"
                        + " timeout; see BN-M001-0003.\n\n- It applies to every scheduler of this module.\n\n"
                        + "#### [BN-M001-0013]",
                // 5. A requirement table; the second row has its keyword only in Priority.
                "\n\n| ID | Requirement | Priority |\n|---|---|---|\n"
                        + "| BN-M001-0005 | The admission path MUST reject a request when it holds 311 items. |  |\n"
                        + "| BN-M001-0014 | Record the state of the store before a write is acknowledged. | MUST |\n",
                // 6. Weak markers at the end of a summary list, before the definitions.
                "\n## Summary\n\n1. The scheduler in brief (BN-M001-0001)\n2. The queue in brief (BN-M001-0002)\n"
                        + "3. The admission path in brief (BN-M001-0003)\n4. The store in brief (BN-M001-0004)\n"
                        + "5. The gateway in brief (BN-M001-0005)\n6. The worker pool in brief (BN-M001-0006)\n\n",
                // 7. Standards, which are never IDs.
                "\n## Contract (RFC-2119)\n",
                "\nTimestamps are ISO-8601, digests SHA-256, and the text is UTF-8 (UTF-8).\n",
                "\n**CVE-2024-3094** \u2013 the build refuses the affected xz versions (ISO-8601).\n");
        for (String style : styles) {
            assertTrue(spec.contains(style), style + " in\n" + spec);
        }
        assertTrue(spec.indexOf("(BN-M001-0005)") < spec.indexOf("| BN-M001-0005 |"),
                "the summary cites BN-M001-0005 before the table defines it");
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
        // Our heading requirement and table row with the keyword only in Priority are plain items here.
        assertTrue(spec.contains("`req~bn-m001-0004~1`\nEach worker pool MUST finish within 141 ms or report a"
                + " timeout; see BN-M001-0003.\n\nNeeds: impl, utest\n"), spec);
        assertTrue(spec.contains("`req~bn-m001-0014~1`\nThe worker pool MUST NOT drop an accepted task during a"
                + " restart.\n"), spec);
        assertFalse(spec.contains("RFC-2119"), spec);
        assertFalse(spec.contains("## Summary"), spec);
        String ours = Files.readString(dir.resolve("c/mod-001/SPEC/SPEC.md"));
        assertTrue(ours.contains("\n- [BN-M001-0001] "), ours);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
