package io.github.spectrace.core.internal.results;

import io.github.spectrace.core.internal.Stages;

import io.github.spectrace.core.internal.extract.Extraction;
import io.github.spectrace.core.internal.rules.Diagnostic;
import io.github.spectrace.core.internal.trace.SourceRoot;
import io.github.spectrace.core.internal.trace.Trace;
import io.github.spectrace.core.internal.trace.TraceOptions;
import io.github.spectrace.core.model.CoverageStatus;
import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.ProofStatus;
import io.github.spectrace.core.model.Requirement;
import io.github.spectrace.core.model.RequirementProof;
import io.github.spectrace.core.model.SpecException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


class ProofAnalyzerTest {

    @TempDir
    Path root;

    private void write(String path, String content) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private static Requirement req(String id) {
        return new Requirement(id, "Title of " + id, Level.MUST, List.of("MUST"), "S", ".specs/a.md#s", ".specs/a.md",
                1, 3, List.of(), List.of());
    }

    private static Extraction extraction(List<String> api, List<String> core) {
        return Stages.extraction(List.of(
                new ModuleRequirements("api", List.of(".specs/api.md"), api.stream().map(ProofAnalyzerTest::req)
                        .toList()),
                new ModuleRequirements("core", List.of(".specs/a.md"), core.stream().map(ProofAnalyzerTest::req)
                        .toList())));
    }

    private Trace trace(Extraction e) {
        Set<String> defined = new HashSet<>();
        e.modules().forEach(m -> m.requirements().forEach(r -> defined.add(r.id())));
        return Stages.tracer(root, new TraceOptions(false, false,
                2097152, List.of(), List.of(), Stages.globs(List.of("it/**/*.groovy"))))
                .scan(List.of(new SourceRoot(root.resolve("core/src/main/java"), false),
                        new SourceRoot(root.resolve("core/src/test/java"), true)), List.of(), defined);
    }

    private static String show(RequirementProof p) {
        List<String> results = new ArrayList<>();
        p.results().forEach(r -> results.add(r.test() + " " + r.outcome().id()));
        return p.module() + " " + p.requirement().id() + " " + p.status().id() + " code="
                + p.code().stream().map(r -> r.location()).toList() + " tests="
                + p.tests().stream().map(r -> r.location()).toList() + " results=" + results;
    }

    private static final String REPORT = """
            <testsuite name="q.QueueTest">
              <testcase classname="q.QueueTest" name="accepts"/>
              <testcase classname="q.QueueTest" name="rejects"><failure message="no"/></testcase>
              <testcase classname="q.QueueTest" name="drains"><error message="boom"/></testcase>
              <testcase classname="q.QueueTest" name="later"><skipped/></testcase>
              <testcase classname="q.QueueTest" name="onlyTest"/>
              <testcase classname="q.QueueTest$Nested" name="inner"/>
              <testcase classname="q.GoneTest" name="accepts"/>
            </testsuite>
            """;

    // SPEC-CORE-1043
    @Test
    void statusFollowsResultsThenCitations() throws IOException {
        write("core/src/main/java/q/Queue.java", """
                package q;
                // X-1001 X-1002 X-1003 X-1004 X-1005 X-1006 X-1010
                class Queue {}
                """);
        write("core/src/test/java/q/QueueTest.java", """
                package q;

                class QueueTest {
                    @Test @Tag("X-1001") void accepts() {}
                    /** X-1002 */
                    @Test void rejects() {}
                    @Test void drains() { /* X-1003 */ }
                    @Test void later() { /* X-1004 */ }
                    @Test void notRun() { /* X-1005 */ }
                    @Test void onlyTest() { /* X-1008 */ }
                    void unmapped() {}
                    @Nested class Nested {
                        // X-1003
                        @Test void inner() {}
                    }
                    // X-1007 in a comment between methods maps to nothing
                    @Test void noResult() {}
                }
                """);
        write("it/src/it/case/verify.groovy", "assert log.contains('X-1010')\n");
        write("core/target/surefire-reports/TEST-q.QueueTest.xml", REPORT);
        Extraction e = extraction(List.of("X-1011"), List.of("X-1001", "X-1002", "X-1003", "X-1004", "X-1005",
                "X-1006", "X-1007", "X-1008", "X-1009", "X-1010"));
        TestResults results = TestResults.read(root, List.of(Path.of("core/target/surefire-reports")));
        List<String> shown = ProofAnalyzer.analyze(root, e, trace(e), results).stream()
                .map(ProofAnalyzerTest::show).toList();
        String main = "core/src/main/java/q/Queue.java:2";
        String test = "core/src/test/java/q/QueueTest.java:";
        assertEquals(List.of(
                "api X-1011 uncovered code=[] tests=[] results=[]",
                "core X-1001 proven code=[" + main + "] tests=[" + test + "4] results=[q.QueueTest#accepts passed]",
                "core X-1002 failing code=[" + main + "] tests=[" + test + "5] results=[q.QueueTest#rejects failed]",
                "core X-1003 failing code=[" + main + "] tests=[" + test + "7, " + test + "13] results="
                        + "[q.QueueTest#drains errored, q.QueueTest$Nested#inner passed]",
                "core X-1004 covered code=[" + main + "] tests=[" + test + "8] results=[q.QueueTest#later skipped]",
                "core X-1005 covered code=[" + main + "] tests=[" + test + "9] results=[]",
                "core X-1006 untested code=[" + main + "] tests=[] results=[]",
                "core X-1007 unimplemented code=[] tests=[" + test + "16] results=[]",
                "core X-1008 proven code=[] tests=[" + test + "10] results=[q.QueueTest#onlyTest passed]",
                "core X-1009 uncovered code=[] tests=[] results=[]",
                "core X-1010 covered code=[" + main + "] tests=[it/src/it/case/verify.groovy:1] results=[]"),
                shown);
    }

    @Test
    void withoutResultsTheStatusIsTheCoverage() throws IOException {
        write("core/src/main/java/q/Queue.java", "// X-1001 X-1002\n");
        write("core/src/test/java/q/QueueTest.java", "class QueueTest { @Test void t() { /* X-1001 X-1003 */ } }\n");
        Extraction e = extraction(List.of(), List.of("X-1001", "X-1002", "X-1003", "X-1004"));
        List<String> statuses = ProofAnalyzer.analyze(root, e, trace(e), TestResults.empty()).stream()
                .map(p -> p.requirement().id() + " " + p.status().id()).toList();
        assertEquals(List.of("X-1001 covered", "X-1002 untested", "X-1003 unimplemented", "X-1004 uncovered"),
                statuses);
    }

    @Test
    void testSourcesAreReadOnlyWhenThereAreResults() throws IOException {
        write("core/src/test/java/q/QueueTest.java", "class QueueTest { @Test void t() { /* X-1001 */ } }\n");
        Extraction e = extraction(List.of(), List.of("X-1001"));
        Trace trace = trace(e);
        // The cited test source disappears after the trace: without results it is not needed.
        Files.delete(root.resolve("core/src/test/java/q/QueueTest.java"));
        assertEquals(List.of("X-1001 unimplemented"), ProofAnalyzer.analyze(root, e, trace, TestResults.empty())
                .stream().map(p -> p.requirement().id() + " " + p.status().id()).toList());
        write("core/target/surefire-reports/TEST-q.QueueTest.xml", REPORT);
        TestResults results = TestResults.read(root, List.of(Path.of("core/target/surefire-reports")));
        SpecException thrown = assertThrows(SpecException.class, () -> ProofAnalyzer.analyze(root, e, trace,
                results));
        assertTrue(thrown.getMessage().contains("core/src/test/java/q/QueueTest.java"), thrown.getMessage());
    }

    private static final String FAILING_REPORT = """
            <testsuite name="p.PoolTest">
              <testcase classname="p.PoolTest" name="bounded"><failure/></testcase>
              <testcase classname="p.PoolTest" name="grows"><error/></testcase>
              <testcase classname="p.PoolTest" name="later"><skipped/></testcase>
              <testcase classname="p.PoolTest" name="passes"/>
              <testcase classname="p.PoolTest" name="t1"><failure/></testcase>
              <testcase classname="p.PoolTest" name="t2"><failure/></testcase>
              <testcase classname="p.PoolTest" name="t3"><error/></testcase>
              <testcase classname="p.PoolTest" name="t4"><failure/></testcase>
              <testcase classname="p.PoolTest" name="t5"><failure/></testcase>
              <testcase classname="p.PoolTest" name="t6"><failure/></testcase>
            </testsuite>
            """;

    private List<RequirementProof> failingProofs() throws IOException {
        write("core/src/test/java/p/PoolTest.java", """
                package p;

                class PoolTest {
                    @Test void bounded() { /* X-1001 X-1002 X-1003 X-1006 */ }
                    @Test void grows() { /* X-1001 X-1002 X-1003 X-1006 */ }
                    @Test void later() { /* X-1001 X-1004 */ }
                    @Test void passes() { /* X-1002 */ }
                    @Test void notRun() { /* X-1005 */ }
                    // X-1003
                    @Test void t1() {}
                    // X-1003
                    @Test void t2() {}
                    // X-1003
                    @Test void t3() {}
                    // X-1003
                    @Test void t4() {}
                    // X-1003
                    @Test void t5() {}
                    // X-1003
                    @Test void t6() {}
                }
                """);
        write("core/target/surefire-reports/TEST-p.PoolTest.xml", FAILING_REPORT);
        List<Requirement> reqs = new ArrayList<>();
        for (String id : List.of("X-1001", "X-1002", "X-1003", "X-1004", "X-1005")) {
            reqs.add(req(id));
        }
        reqs.add(new Requirement("X-1006", "Should", Level.SHOULD, List.of("SHOULD"), "S", ".specs/a.md#s",
                ".specs/a.md", 9, 3, List.of(), List.of()));
        Extraction e = Stages.extraction(List.of(new ModuleRequirements("core", List.of(".specs/a.md"), reqs)));
        return ProofAnalyzer.analyze(root, e, trace(e),
                TestResults.read(root, List.of(Path.of("core/target/surefire-reports"))));
    }

    // SPEC-CORE-1046
    @Test
    void failingNamesTheFailingTestsOfMustRequirementsThatNoTestProves() throws IOException {
        List<RequirementProof> proofs = failingProofs();
        assertEquals(List.of("X-1001 failing", "X-1002 failing", "X-1003 failing", "X-1004 unimplemented",
                "X-1005 unimplemented", "X-1006 failing"),
                proofs.stream().map(p -> p.requirement().id() + " " + p.status().id()).toList());
        String fix = " Fix the tests or the code; a build with -Dmaven.test.failure.ignore=true continues past"
                + " failing tests, so the gate is where it fails.";
        String test = "core/src/test/java/p/PoolTest.java:";
        // X-1002 has a passing test, X-1004 only a skipped one, X-1005 none that ran, X-1006 is a SHOULD.
        assertEquals(List.of(
                ".specs/a.md:1:3: [TRACE-FAILING] X-1001 (must) is cited only by failing tests in the test reports:"
                        + " p.PoolTest.bounded (failure), p.PoolTest.grows (error)." + fix + " subject=X-1001"
                        + " related=[" + test + "4, " + test + "5, " + test + "6]",
                ".specs/a.md:1:3: [TRACE-FAILING] X-1003 (must) is cited only by failing tests in the test reports:"
                        + " p.PoolTest.bounded (failure), p.PoolTest.grows (error), p.PoolTest.t1 (failure),"
                        + " p.PoolTest.t2 (failure), p.PoolTest.t3 (error) and 3 more." + fix + " subject=X-1003"
                        + " related=[" + test + "4, " + test + "5, " + test + "9, " + test + "11, " + test + "13, "
                        + test + "15, " + test + "17, " + test + "19]"),
                ProofAnalyzer.failing(proofs).stream().map(ProofAnalyzerTest::showDiagnostic).toList());
    }

    @Test
    void unprovenLeavesOutWhatFailingReports() throws IOException {
        List<RequirementProof> proofs = failingProofs();
        String run = ": no test that cites it passed in the test reports. Run the tests before verify, and make a"
                + " citing test pass. subject=";
        List<String> all = List.of(
                ".specs/a.md:1:3: [TRACE-UNPROVEN] X-1001 (must) is failing" + run + "X-1001 related=[]",
                ".specs/a.md:1:3: [TRACE-UNPROVEN] X-1002 (must) is failing" + run + "X-1002 related=[]",
                ".specs/a.md:1:3: [TRACE-UNPROVEN] X-1003 (must) is failing" + run + "X-1003 related=[]",
                ".specs/a.md:1:3: [TRACE-UNPROVEN] X-1004 (must) is unimplemented" + run + "X-1004 related=[]",
                ".specs/a.md:1:3: [TRACE-UNPROVEN] X-1005 (must) is unimplemented" + run + "X-1005 related=[]");
        assertEquals(all, ProofAnalyzer.unproven(proofs, false).stream().map(ProofAnalyzerTest::showDiagnostic)
                .toList());
        assertEquals(List.of(all.get(1), all.get(3), all.get(4)), ProofAnalyzer.unproven(proofs, true).stream()
                .map(ProofAnalyzerTest::showDiagnostic).toList());
    }

    private static String showDiagnostic(Diagnostic d) {
        return d.path() + ":" + d.line() + ":" + d.column() + ": [" + d.rule().id() + "] " + d.message() + " subject="
                + d.subject() + " related=" + d.related().stream().map(r -> r.location()).toList();
    }

    // SPEC-CORE-1043
    @Test
    void statusRules() {
        for (CoverageStatus c : CoverageStatus.values()) {
            assertEquals(ProofStatus.FAILING, ProofStatus.of(c, true, true));
            assertEquals(ProofStatus.FAILING, ProofStatus.of(c, false, true));
            assertEquals(ProofStatus.PROVEN, ProofStatus.of(c, true, false));
            assertEquals(c.id(), ProofStatus.of(c, false, false).id());
        }
    }
}
