package io.github.spectrace.core.internal.results;

import io.github.spectrace.core.model.Rule;

import io.github.spectrace.core.internal.rules.Diagnostic;

import io.github.spectrace.core.internal.Stages;

import io.github.spectrace.core.model.TestCaseResult;
import io.github.spectrace.core.model.TestMethod;
import io.github.spectrace.core.model.TestOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;


class TestResultsTest {

    @TempDir
    Path root;

    private static final List<Path> DIRS = List.of(Path.of("core/target/surefire-reports"),
            Path.of("core/target/failsafe-reports"), Path.of("missing/target/surefire-reports"));

    private void write(String path, String content) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private static String suite(String name, String cases) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite xmlns:xsi=\"http://www.w3.org/2001/"
                + "XMLSchema-instance\" version=\"3.0\" name=\"" + name + "\" time=\"0.1\" tests=\"9\">\n"
                + "  <properties>\n    <property name=\"java.version\" value=\"17\"/>\n  </properties>\n"
                + cases + "</testsuite>\n";
    }

    private static List<String> show(TestResults r) {
        return r.tests().stream().map(t -> t.test() + " " + t.outcome().id()).toList();
    }

    private TestResults read() {
        return TestResults.read(root, DIRS);
    }

    @Test
    void readsEveryOutcome() throws IOException {
        write("core/target/surefire-reports/TEST-example.core.QueueTest.xml", suite("example.core.QueueTest", """
                  <testcase name="accepts" classname="example.core.QueueTest" time="0.001"/>
                  <testcase name="rejectsWhenFull" classname="example.core.QueueTest" time="0.002">
                    <failure message="expected: &lt;true&gt;" type="AssertionFailedError"><![CDATA[at x]]></failure>
                    <system-out><![CDATA[{ not xml <here> }]]></system-out>
                  </testcase>
                  <testcase name="drains()" classname="example.core.QueueTest" time="0">
                    <error message="boom" type="java.lang.IllegalStateException">trace</error>
                  </testcase>
                  <testcase name="later" classname="example.core.QueueTest" time="0">
                    <skipped message="@Disabled"/>
                  </testcase>
                  <testcase name="flaky" classname="example.core.QueueTest" time="0.3">
                    <flakyFailure message="first run" type="AssertionFailedError"/>
                  </testcase>
                """));
        TestResults r = read();
        assertEquals(List.of("example.core.QueueTest#accepts passed", "example.core.QueueTest#drains errored",
                "example.core.QueueTest#flaky passed", "example.core.QueueTest#later skipped",
                "example.core.QueueTest#rejectsWhenFull failed"), show(r));
        assertEquals(List.of(), r.warnings());
        assertEquals(1, r.reports());
        assertEquals(TestOutcome.FAILED, r.outcome(new TestMethod("example.core.QueueTest", "rejectsWhenFull")));
        assertNull(r.outcome(new TestMethod("example.core.QueueTest", "gone")));
    }

    // SPEC-CORE-1041
    @Test
    void combinesDuplicatesFailedBeforeErroredBeforePassedBeforeSkipped() throws IOException {
        write("core/target/surefire-reports/TEST-a.ATest.xml", suite("a.ATest", """
                  <testcase name="failedAndPassed" classname="a.ATest"/>
                  <testcase name="erroredAndFailed" classname="a.ATest"><error/></testcase>
                  <testcase name="skippedAndPassed" classname="a.ATest"><skipped/></testcase>
                  <testcase name="skippedTwice" classname="a.ATest"><skipped/></testcase>
                  <testcase name="param(String)[1]" classname="a.ATest"/>
                  <testcase name="param(String)[2]" classname="a.ATest"><failure/></testcase>
                  <testcase name="param{String}[3]" classname="a.ATest"/>
                """));
        write("core/target/failsafe-reports/TEST-a.ATest.xml", suite("a.ATest", """
                  <testcase name="failedAndPassed" classname="a.ATest"><failure/></testcase>
                  <testcase name="erroredAndFailed" classname="a.ATest"><failure/></testcase>
                  <testcase name="skippedAndPassed" classname="a.ATest"/>
                  <testcase name="skippedTwice" classname="a.ATest"><skipped/></testcase>
                """));
        TestResults r = read();
        assertEquals(List.of("a.ATest#erroredAndFailed failed", "a.ATest#failedAndPassed failed",
                "a.ATest#param failed", "a.ATest#skippedAndPassed passed", "a.ATest#skippedTwice skipped"), show(r));
        assertEquals(2, r.reports());
    }

    @Test
    void nestedSuitesNestedClassesAndMissingClassNames() throws IOException {
        write("core/target/surefire-reports/TEST-all.xml", """
                <testsuites>
                  <testsuite name="b.Outer">
                    <testcase name="inner" classname="b.Outer$Inner"/>
                    <testcase name="noClass"/>
                    <testcase classname="b.Outer"/>
                    <testcase name="has a phrased name" classname="b.Outer"/>
                  </testsuite>
                </testsuites>
                """);
        assertEquals(List.of("b.Outer#has a phrased name passed", "b.Outer#noClass passed",
                "b.Outer$Inner#inner passed"), show(read()));
    }

    @Test
    void onlyReportFilesDirectlyInTheDirectoriesAreRead() throws IOException {
        String one = suite("c.CTest", "  <testcase name=\"t\" classname=\"c.CTest\"/>\n");
        write("core/target/surefire-reports/c.CTest.txt", "not a report");
        write("core/target/surefire-reports/TEST-c.CTest.txt", one);
        write("core/target/surefire-reports/c.CTest.xml", one);
        write("core/target/surefire-reports/old/TEST-c.CTest.xml", one);
        Files.createDirectories(root.resolve("core/target/surefire-reports/TEST-dir.xml"));
        write("core/target/failsafe-reports", "a file, not a directory");
        TestResults r = read();
        assertEquals(List.of(), show(r));
        assertEquals(0, r.reports());
    }

    // SPEC-CORE-1040
    @Test
    void malformedAndTruncatedReportsAreWarnings() throws IOException {
        String good = suite("d.DTest", "  <testcase name=\"t\" classname=\"d.DTest\"/>\n");
        write("core/target/surefire-reports/TEST-d.DTest.xml", good);
        write("core/target/surefire-reports/TEST-d.Truncated.xml", good.substring(0, good.indexOf("<testcase") + 20));
        write("core/target/surefire-reports/TEST-d.Empty.xml", "");
        write("core/target/failsafe-reports/TEST-d.Mismatched.xml",
                "<testsuite>\n  <testcase name='x'>\n</testsuite>\n");
        TestResults r = read();
        assertEquals(List.of("d.DTest#t passed"), show(r));
        assertEquals(List.of(
                new Diagnostic(Rule.RESULTS_MALFORMED, "core/target/failsafe-reports/TEST-d.Mismatched.xml", 3, 3, "cannot parse the test report (it is cut short or not"
                        + " well-formed inside <testcase>); it is ignored. Delete it or rerun the tests."),
                new Diagnostic(Rule.RESULTS_MALFORMED, "core/target/surefire-reports/TEST-d.Empty.xml", 1, 1, "cannot parse the test report (the file is empty); it is ignored."
                        + " Delete it or rerun the tests."),
                new Diagnostic(Rule.RESULTS_MALFORMED, "core/target/surefire-reports/TEST-d.Truncated.xml", 6, 23, "cannot parse the test report (it is cut short or not"
                        + " well-formed inside <testsuite>); it is ignored. Delete it or rerun the tests.")),
                r.warnings());
        assertEquals(4, r.reports());
        assertEquals("core/target/surefire-reports/TEST-d.Empty.xml:1:1: [RESULTS-MALFORMED] cannot parse the test"
                + " report (the file is empty); it is ignored. Delete it or rerun the tests.",
                Stages.findings(r.warnings()).get(1).format());
    }

    @Test
    void warningsDoNotDependOnTheDefaultLocale() throws IOException {
        write("core/target/surefire-reports/TEST-e.xml", "<testsuite>");
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("cannot parse the test report (it is cut short or not well-formed inside <testsuite>); it is"
                    + " ignored. Delete it or rerun the tests.", read().warnings().get(0).message());
        } finally {
            Locale.setDefault(saved);
        }
    }

    // SPEC-CORE-1040
    @Test
    void doctypesAndExternalEntitiesAreRefused() throws IOException {
        write("secret.txt", "TOP-SECRET");
        String secret = root.resolve("secret.txt").toUri().toString();
        write("core/target/surefire-reports/TEST-xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite [\n"
                + "  <!ENTITY leak SYSTEM \"" + secret + "\">\n]>\n<testsuite name=\"x\">\n"
                + "  <testcase classname=\"x.XTest\" name=\"&leak;\"/>\n</testsuite>\n");
        write("core/target/surefire-reports/TEST-dtd.xml", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE testsuite SYSTEM \"http://127.0.0.1:9/never.dtd\">\n<testsuite/>\n");
        TestResults r = read();
        assertEquals(List.of(), show(r));
        String refused = "cannot parse the test report (it declares a DTD, which is refused so that no entity is"
                + " expanded or fetched; test reports need none); it is ignored. Delete it or rerun the tests.";
        assertEquals(List.of(
                new Diagnostic(Rule.RESULTS_MALFORMED, "core/target/surefire-reports/TEST-dtd.xml", 2, 59,
                        refused),
                new Diagnostic(Rule.RESULTS_MALFORMED, "core/target/surefire-reports/TEST-xxe.xml", 4, 4,
                        refused)), r.warnings());
    }

    // SPEC-CORE-1040
    @Test
    void entityExpansionIsRefused() throws IOException {
        StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n  <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            lol.append("  <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        lol.append("]>\n<testsuite name=\"&lol9;\"><testcase classname=\"l.LTest\" name=\"t\"/></testsuite>\n");
        write("core/target/surefire-reports/TEST-lol.xml", lol.toString());
        // Without a DTD, an entity reference is undeclared and so not well-formed.
        write("core/target/surefire-reports/TEST-undeclared.xml",
                "<testsuite><testcase classname=\"u.UTest\" name=\"&secret;\"/></testsuite>\n");
        TestResults r = read();
        assertEquals(List.of(), show(r));
        assertEquals(List.of(
                new Diagnostic(Rule.RESULTS_MALFORMED, "core/target/surefire-reports/TEST-lol.xml", 13, 4,
                        "cannot parse the test report (it declares a DTD, which is refused so that no entity is"
                        + " expanded or fetched; test reports need none); it is ignored. Delete it or rerun the"
                        + " tests."),
                new Diagnostic(Rule.RESULTS_MALFORMED, "core/target/surefire-reports/TEST-undeclared.xml", 1, 56,
                        "cannot parse the test report (it is cut short or not well-formed inside <testsuite>); it"
                        + " is ignored. Delete it or rerun the tests.")), r.warnings());
    }

    @Test
    void theRootElementMustBeASuite() throws IOException {
        write("core/target/surefire-reports/TEST-pom.xml", "<?xml version=\"1.0\"?>\n<!-- a build file -->\n"
                + "<project>\n  <testcase classname=\"p.PTest\" name=\"t\"/>\n</project>\n");
        write("core/target/surefire-reports/TEST-deep.xml", "<testsuites>" + "<x>".repeat(1000) + "</testsuites>");
        write("core/target/surefire-reports/TEST-ok.xml", "<testsuites>\n  <testsuite name=\"o.OTest\">\n"
                + "    <testcase name=\"t\"/>\n  </testsuite>\n</testsuites>\n");
        TestResults r = read();
        assertEquals(List.of("o.OTest#t passed"), show(r));
        assertEquals(List.of(
                new Diagnostic(Rule.RESULTS_MALFORMED, "core/target/surefire-reports/TEST-deep.xml", 1, 3013,
                        "cannot parse the test report (its elements nest more than 1000 deep, which no test report"
                        + " does); it is ignored. Delete it or rerun the tests."),
                new Diagnostic(Rule.RESULTS_MALFORMED, "core/target/surefire-reports/TEST-pom.xml", 3, 10,
                        "cannot parse the test report (its root element is <project>, not <testsuite> or"
                        + " <testsuites>); it is ignored. Delete it or rerun the tests.")), r.warnings());
        assertEquals(3, r.reports());
    }

    // SPEC-CORE-1045
    @Test
    void largeOutputsAndStackTracesAreStreamedPast() throws IOException {
        Map<TestMethod, TestOutcome> outcomes = new TreeMap<>();
        // 8 MB of output in one CDATA section and in escaped text, the two ways reports hold it; the bounded-heap
        // check of a 200 MB report is LargeReportCheck, run by hand (see its Javadoc).
        assertNull(TestResults.stream("big.xml", LargeReportCheck.report(4 << 20, 2), outcomes));
        assertEquals("{big.BigTest#out0=FAILED, big.BigTest#out1=PASSED}", outcomes.toString());
    }

    // SPEC-CORE-1040
    @Test
    void xincludeIsNotProcessed() throws IOException {
        write("core/target/surefire-reports/other.xml", "<testcase classname=\"x.Included\" name=\"t\"/>");
        write("core/target/surefire-reports/TEST-xi.xml", """
                <testsuite xmlns:xi="http://www.w3.org/2001/XInclude" name="x.XTest">
                  <xi:include href="other.xml"/>
                  <testcase classname="x.XTest" name="own"/>
                </testsuite>
                """);
        TestResults r = read();
        assertEquals(List.of("x.XTest#own passed"), show(r));
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void methodNamesDropParametersAndIndexes() {
        assertEquals("m", TestResults.methodName("m"));
        assertEquals("m", TestResults.methodName("m()"));
        assertEquals("m", TestResults.methodName("m(String, int)[2]"));
        assertEquals("m", TestResults.methodName("m{String}[1]"));
        assertEquals("m_1$x", TestResults.methodName("m_1$x[3]"));
        assertEquals("rejects when full", TestResults.methodName("rejects when full"));
        assertEquals("[1] a", TestResults.methodName("[1] a"));
        assertEquals("", TestResults.methodName(""));
    }

    @Test
    void lookupWorksWhateverTheConstructionOrder() {
        TestMethod a = new TestMethod("a.A", "m");
        TestMethod b = new TestMethod("b.B", "m");
        TestResults r = new TestResults(List.of(new TestCaseResult(b, TestOutcome.SKIPPED),
                new TestCaseResult(a, TestOutcome.PASSED)), List.of(), 0);
        assertEquals(TestOutcome.PASSED, r.outcome(a));
        assertEquals(TestOutcome.SKIPPED, r.outcome(b));
        assertEquals(List.of("a.A#m passed", "b.B#m skipped"), show(r));
    }

    @Test
    void noDirectoriesGiveEmptyResults() {
        TestResults r = TestResults.read(root, List.of());
        assertEquals(TestResults.empty(), r);
    }
}
