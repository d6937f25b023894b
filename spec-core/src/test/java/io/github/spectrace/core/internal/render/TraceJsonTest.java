package io.github.spectrace.core.internal.render;

import io.github.spectrace.core.model.Rule;

import io.github.spectrace.core.internal.Stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.spectrace.core.internal.extract.Extraction;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Requirement;
import io.github.spectrace.core.model.Severity;
import io.github.spectrace.core.internal.results.ProofAnalyzer;
import io.github.spectrace.core.model.RequirementProof;
import io.github.spectrace.core.internal.results.TestResults;
import io.github.spectrace.core.internal.trace.SourceRoot;
import io.github.spectrace.core.internal.trace.Trace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceJsonTest {

    @TempDir
    Path root;

    private void write(String path, String content) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private static Requirement req(String id, String title, Level level, List<String> keywords, String source,
            int line, List<String> refs, List<String> xrefs) {
        return new Requirement(id, title, level, keywords, "1) Queue & Admission", source + "#1-queue--admission",
                source, line, 3, refs, xrefs);
    }

    private static final Extraction EXTRACTION = Stages.extraction(List.of(
            new ModuleRequirements("api", List.of(".specs/20-api.md"), List.of(
                    req("API-1001", "Titles are text: \"quoted\", <script>alert(1)</script>, café \\ tab\there.",
                            Level.MUST, List.of("MUST", "MUST NOT"), ".specs/20-api.md", 7,
                            List.of("core/src/main/java/q/Queue.java"), List.of("OC-CORE-1001")))),
            new ModuleRequirements("core", List.of(".specs/10-core.md", ".specs/11-core-extra.md"), List.of(
                    req("OC-CORE-999", "The queue MAY be empty.", Level.MAY, List.of("MAY"), ".specs/10-core.md",
                            5, List.of(), List.of()),
                    req("OC-CORE-1001", "Each pool MUST expose a bounded FIFO queue.", Level.MUST, List.of("MUST"),
                            ".specs/10-core.md", 6, List.of(), List.of()),
                    req("OC-CORE-1002", "Admission MUST reject a task when the queue is full.", Level.MUST,
                            List.of("MUST"), ".specs/10-core.md", 7, List.of(), List.of()),
                    req("OC-CORE-1003", "Rejections SHOULD carry a reason.", Level.SHOULD, List.of("SHOULD"),
                            ".specs/10-core.md", 8, List.of(), List.of()),
                    req("OC-CORE-1004", "Draining MUST finish queued tasks.", Level.MUST, List.of("MUST"),
                            ".specs/11-core-extra.md", 3, List.of(), List.of()))),
            new ModuleRequirements("docs", List.of("docs/SPEC.md"), List.of())));

    private List<RequirementProof> analyze() throws IOException {
        write("core/src/main/java/q/Queue.java", """
                package q;

                /** A bounded FIFO queue (OC-CORE-1001, API-1001). */
                class Queue {
                    // OC-CORE-1002 OC-CORE-1002 twice on one line is one place
                    boolean offer(Object o) { return false; } // OC-CORE-1003
                    void drain() {} // OC-CORE-1004
                }
                """);
        write("core/src/test/java/q/QueueTest.java", """
                package q;

                /** Checks OC-CORE-1001. */
                class QueueTest {
                    @Test
                    void acceptsUntilFull() {
                    }

                    @Test
                    @Tag("OC-CORE-1002")
                    void rejectsWhenFull() {
                    }

                    @Test
                    @DisplayName("API-1001 escapes titles")
                    void escapes() {
                    }

                    @Test
                    @Disabled
                    void drains() {
                        // OC-CORE-1004
                    }
                }
                """);
        write("core/target/surefire-reports/TEST-q.QueueTest.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="q.QueueTest" tests="4">
                  <testcase name="acceptsUntilFull" classname="q.QueueTest" time="0.010"/>
                  <testcase name="rejectsWhenFull" classname="q.QueueTest" time="0.020">
                    <failure message="expected: &lt;false&gt; but was: &lt;true&gt;"/>
                  </testcase>
                  <testcase name="escapes()" classname="q.QueueTest" time="0.001"/>
                  <testcase name="drains" classname="q.QueueTest" time="0"><skipped/></testcase>
                </testsuite>
                """);
        write("core/target/failsafe-reports/TEST-q.QueueIT.xml", "<testsuite name=\"q.QueueIT\">\n  <testcase");
        Set<String> defined = Set.of("API-1001", "OC-CORE-999", "OC-CORE-1001", "OC-CORE-1002", "OC-CORE-1003",
                "OC-CORE-1004");
        Trace trace = Stages.tracer(root, Stages.traceOptions()).scan(List.of(
                new SourceRoot(root.resolve("core/src/main/java"), false),
                new SourceRoot(root.resolve("core/src/test/java"), true)), List.of(), defined);
        TestResults results = TestResults.read(root, List.of(root.resolve("core/target/surefire-reports"),
                root.resolve("core/target/failsafe-reports")));
        findings = new ArrayList<>(Stages.findings(results.warnings()));
        findings.add(new Finding(".specs/10-core.md", 8, 3, Rule.TRACE_UNTESTED_SHOULD, Severity.WARNING,
                "OC-CORE-1003 (should) is not cited by any test."));
        return ProofAnalyzer.analyze(root, EXTRACTION, trace, results);
    }

    private List<Finding> findings;

    private static String golden(String name) throws IOException {
        try (InputStream in = TraceJsonTest.class.getResourceAsStream("/golden/" + name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // SPEC-CORE-1044
    @Test
    void outputMatchesTheGoldenFile() throws IOException {
        String json = TraceJson.render(EXTRACTION, analyze(), findings);
        if (!json.equals(golden("trace.json"))) {
            // Leave the actual output next to the build for review: diff it against src/test/resources/golden.
            Path actual = Path.of("target", "golden-actual", "trace.json");
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, json, StandardCharsets.UTF_8);
        }
        assertEquals(golden("trace.json"), json);
        java.io.ByteArrayOutputStream streamed = new java.io.ByteArrayOutputStream();
        TraceJson.write(streamed, EXTRACTION, analyze(), findings);
        assertEquals(json, streamed.toString(StandardCharsets.UTF_8), "streamed and rendered are the same bytes");
        assertFalse(json.contains(root.toString()), "no absolute paths");
        assertFalse(json.contains("\r"), "LF only");
    }

    // SPEC-CORE-1044
    @Test
    void inputOrderDoesNotMatter() throws IOException {
        List<RequirementProof> proofs = new ArrayList<>(analyze());
        String expected = TraceJson.render(EXTRACTION, proofs, findings);
        Collections.reverse(proofs);
        Collections.reverse(findings);
        List<ModuleRequirements> modules = new ArrayList<>(EXTRACTION.modules());
        Collections.reverse(modules);
        Extraction reversed = Stages.extraction(modules);
        assertEquals(expected, TraceJson.render(reversed, proofs, findings));
    }

    @Test
    void emptyModel() {
        assertEquals("{\"schema_version\":1,\"modules\":[],\"requirements\":[],\"findings\":[]}\n",
                TraceJson.render(Stages.extraction(List.of()), List.of(), List.of()));
    }
}
