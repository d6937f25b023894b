package io.github.spectrace.core.internal.trace;

import io.github.spectrace.core.internal.Stages;

import io.github.spectrace.core.internal.extract.Extraction;
import io.github.spectrace.core.internal.extract.ProjectLayout;
import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.LevelCoverage;
import io.github.spectrace.core.model.Reference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;


class TraceCheckerTest {

    @TempDir
    Path root;

    private Extraction extraction() throws IOException {
        Files.createDirectories(root.resolve(".specs"));
        Files.writeString(root.resolve(".specs/10-core.md"), """
                # Core

                - [OC-CORE-1001] Pools MUST be bounded.
                - [OC-CORE-1002] Pools MUST be fair; see OC-CORE-1009.
                - [OC-CORE-1003] Pools SHOULD be fast.
                - [OC-CORE-1004] Pools MAY be resized.
                """);
        return Stages.extractor(ProjectLayout.single(root, "demo"), Stages.defaultExtractOptions()).run();
    }

    private static Trace trace(Reference... refs) {
        List<Reference> defined = new java.util.ArrayList<>();
        List<Reference> dangling = new java.util.ArrayList<>();
        for (Reference r : refs) {
            (r.id().endsWith("9") ? dangling : defined).add(r);
        }
        return new Trace(defined, dangling, 1, 0);
    }

    private List<String> check(Map<String, String> rules, Map<Level, Double> minTest, Trace t) throws IOException {
        return Stages.findings(new TraceChecker(Stages.settings(rules), minTest, Map.of(), "pom.xml", Stages.XML)
                .check(extraction(), t), rules).stream().map(f -> f.severity().id() + " " + f.format()).toList();
    }

    @Test
    void defaultRules() throws IOException {
        Trace t = trace(new Reference("OC-CORE-1001", "src/A.java", 3, 4, false),
                new Reference("OC-CORE-1001", "src/ATest.java", 5, 6, true),
                new Reference("OC-CORE-1002", "src/ATest.java", 7, 8, true),
                new Reference("OC-CORE-1019", "src/BTest.java", 9, 10, true));
        assertEquals(List.of(
                "error .specs/10-core.md:4:42: [TRACE-DANGLING] OC-CORE-1009 is cited by the spec but no spec defines"
                        + " it; did you mean OC-CORE-1001?",
                "warning .specs/10-core.md:4:4: [TRACE-UNIMPLEMENTED] OC-CORE-1002 (must) is not cited by any code."
                        + " Cite it in a comment next to the code that implements it, for example // OC-CORE-1002.",
                "error src/BTest.java:9:10: [TRACE-DANGLING] OC-CORE-1019 is cited by a test but no spec defines it;"
                        + " did you mean OC-CORE-1001?"), check(Map.of(), Map.of(), t).stream().sorted((a, b) ->
                                a.substring(a.indexOf(' ')).compareTo(b.substring(b.indexOf(' ')))).toList());
    }

    @Test
    void untestedMustIsAnErrorAndOtherLevelsAreOptIn() throws IOException {
        Trace t = trace(new Reference("OC-CORE-1002", "src/A.java", 1, 1, false),
                new Reference("OC-CORE-1002", "src/ATest.java", 1, 1, true));
        assertEquals(List.of(
                "warning .specs/10-core.md:3:4: [TRACE-UNIMPLEMENTED] OC-CORE-1001 (must) is not cited by any code."
                        + " Cite it in a comment next to the code that implements it, for example // OC-CORE-1001.",
                "error .specs/10-core.md:3:4: [TRACE-UNTESTED] OC-CORE-1001 (must) is not cited by any test. Cite it in"
                        + " a test that checks it, for example @Tag(\"OC-CORE-1001\") or a comment, or change the rule's"
                        + " severity.",
                "error .specs/10-core.md:4:42: [TRACE-DANGLING] OC-CORE-1009 is cited by the spec but no spec defines"
                        + " it; did you mean OC-CORE-1001?",
                "warning .specs/10-core.md:5:4: [TRACE-UNTESTED-SHOULD] OC-CORE-1003 (should) is not cited by any"
                        + " test. Cite it in a test that checks it, for example @Tag(\"OC-CORE-1003\") or a comment, or"
                        + " change the rule's severity."),
                check(Map.of("TRACE-UNTESTED-SHOULD", "warning"), Map.of(), t).stream()
                        .filter(l -> !l.contains("TRACE-UNIMPLEMENTED-") ).toList());
    }

    @Test
    void idOnlyInACodeBlockGetsAHint() throws IOException {
        Files.createDirectories(root.resolve(".specs"));
        Files.writeString(root.resolve(".specs/20-more.md"), "Example:\n\n```\n- [OC-CORE-1089] fenced\n```\n");
        Trace t = trace(new Reference("OC-CORE-1089", "src/A.java", 3, 7, false),
                new Reference("OC-CORE-1099", "src/A.java", 4, 7, false));
        assertEquals(List.of("error src/A.java:3:7: [TRACE-DANGLING] OC-CORE-1089 is cited by code but no spec"
                + " defines it; it appears only inside a code block at .specs/20-more.md:4, and code defines nothing."
                + " Define it outside the code block, for example as '- [OC-CORE-1089] … MUST …'.",
                "error src/A.java:4:7: [TRACE-DANGLING] OC-CORE-1099 is cited by code but no spec defines it; did you"
                + " mean OC-CORE-1001?"),
                check(Map.of("TRACE-UNTESTED", "off", "TRACE-UNIMPLEMENTED", "off"), Map.of(), t).stream()
                        .filter(l -> l.contains("1089") || l.contains("1099")).toList());
    }

    @Test
    void coverageMinimum() throws IOException {
        Trace t = trace(new Reference("OC-CORE-1001", "src/ATest.java", 1, 1, true));
        List<String> found = check(Map.of("TRACE-UNTESTED", "off", "TRACE-UNIMPLEMENTED", "off", "TRACE-DANGLING", "off"),
                Map.of(Level.MUST, 1.0, Level.SHOULD, 0.0), t);
        assertEquals(List.of("error pom.xml: [TRACE-COVERAGE] test coverage of must requirements is 50.0% (1 of 2),"
                + " below <minTestCoverage><must>1.0</must></minTestCoverage>. Cite more must requirements in tests;"
                + " COMPLIANCE.md lists each requirement's status."), found);
        assertEquals(List.of(new LevelCoverage(Level.MUST, 2, 0, 1), new LevelCoverage(Level.SHOULD, 1, 0, 0),
                new LevelCoverage(Level.MAY, 1, 0, 0), new LevelCoverage(Level.INFO, 0, 0, 0)),
                LevelCoverage.of(extraction().modules(), t.counts()));
        assertEquals("66.7%", LevelCoverage.percent(2, 3));
        assertEquals("-", LevelCoverage.percent(0, 0));
    }
}
