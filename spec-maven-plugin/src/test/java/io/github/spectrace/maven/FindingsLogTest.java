package io.github.spectrace.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.spectrace.core.api.BaselineStatus;
import io.github.spectrace.core.api.CheckResult;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.Severity;
import io.github.spectrace.core.model.SpecException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;

// SPEC-PLUGIN-2010
class FindingsLogTest {

    /** Every line as Maven prints it, with its level. */
    private static final class RecordingLog implements Log {
        final List<String> lines = new ArrayList<>();

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public void debug(CharSequence content) {
            lines.add("[DEBUG] " + content);
        }

        @Override
        public void debug(CharSequence content, Throwable error) {
            debug(content);
        }

        @Override
        public void debug(Throwable error) {
            debug(error.toString());
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public void info(CharSequence content) {
            lines.add("[INFO] " + content);
        }

        @Override
        public void info(CharSequence content, Throwable error) {
            info(content);
        }

        @Override
        public void info(Throwable error) {
            info(error.toString());
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[WARNING] " + content);
        }

        @Override
        public void warn(CharSequence content, Throwable error) {
            warn(content);
        }

        @Override
        public void warn(Throwable error) {
            warn(error.toString());
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public void error(CharSequence content) {
            lines.add("[ERROR] " + content);
        }

        @Override
        public void error(CharSequence content, Throwable error) {
            error(content);
        }

        @Override
        public void error(Throwable error) {
            error(error.toString());
        }
    }

    private static Finding lineLength(int line) {
        return new Finding("SPEC.md", line, 101, Rule.SPEC_LINE_LENGTH, Severity.WARNING, "line is long");
    }

    private static Finding dangling(String path, int line) {
        return new Finding(path, line, 4, Rule.TRACE_DANGLING, Severity.ERROR, "X-1 is not defined");
    }

    private static Finding duplicate(int line) {
        return new Finding("SPEC.md", line, 3, Rule.SPEC_ID_DUPLICATE, Severity.ERROR, "X-2 is defined twice");
    }

    /** Findings in the core's order (path, line, column, rule): warnings and errors mixed. */
    private static List<Finding> mixed() {
        List<Finding> f = new ArrayList<>();
        f.add(duplicate(1));
        for (int line = 2; line <= 1_240; line++) {
            f.add(lineLength(line));
        }
        f.add(duplicate(1_300));
        f.add(duplicate(1_301));
        f.add(dangling("src/A.java", 7));
        f.add(dangling("src/B.java", 3));
        return f;
    }

    private static List<String> log(List<Finding> findings, int max, BaselineStatus baseline) {
        RecordingLog log = new RecordingLog();
        FindingsLog.log(log, new CheckResult(findings, 1, 0, 0, "target/spec/verify.sarif", baseline, List.of()), max,
                "target/spec/verify.sarif");
        return log.lines;
    }

    @Test
    void errorsComeFirstThenWarningsEachRuleCappedWithTheRestCounted() {
        assertEquals(List.of(
                "[ERROR] SPEC.md:1:3: [SPEC-ID-DUPLICATE] X-2 is defined twice",
                "[ERROR] SPEC.md:1300:3: [SPEC-ID-DUPLICATE] X-2 is defined twice",
                "[ERROR] src/A.java:7:4: [TRACE-DANGLING] X-1 is not defined",
                "[ERROR] src/B.java:3:4: [TRACE-DANGLING] X-1 is not defined",
                "[ERROR] \u2026 and 1 more SPEC-ID-DUPLICATE (all in target/spec/verify.sarif)",
                "[WARNING] SPEC.md:2:101: [SPEC-LINE-LENGTH] line is long",
                "[WARNING] SPEC.md:3:101: [SPEC-LINE-LENGTH] line is long",
                "[WARNING] \u2026 and 1,237 more SPEC-LINE-LENGTH (all in target/spec/verify.sarif)",
                "[INFO] 3 known findings in spec-baseline.json, which only new findings fail."),
                log(mixed(), 2, new BaselineStatus("spec-baseline.json", 3, 0)));
    }

    @Test
    void underTheCapEveryFindingIsPrintedAndNothingCounted() {
        List<String> lines = log(mixed(), 1_239, BaselineStatus.NONE);
        assertEquals(1_239 + 5, lines.size());
        assertEquals("[ERROR] src/B.java:3:4: [TRACE-DANGLING] X-1 is not defined", lines.get(4));
        assertEquals("[WARNING] SPEC.md:1240:101: [SPEC-LINE-LENGTH] line is long", lines.get(lines.size() - 1));
    }

    @Test
    void zeroPrintsOnlyEachRulesCount() {
        assertEquals(List.of(
                "[ERROR] 3 SPEC-ID-DUPLICATE findings (all in target/spec/verify.sarif)",
                "[ERROR] 2 TRACE-DANGLING findings (all in target/spec/verify.sarif)",
                "[WARNING] 1,239 SPEC-LINE-LENGTH findings (all in target/spec/verify.sarif)"),
                log(mixed(), 0, BaselineStatus.NONE));
        assertEquals(List.of("[WARNING] 1 SPEC-LINE-LENGTH finding (all in target/spec/verify.sarif)"),
                log(List.of(lineLength(5)), 0, BaselineStatus.NONE));
    }

    @Test
    void eachLineOfADriftDiffHasTheLevelAndTheFindingCountsOnce() {
        Finding drift = new Finding("requirements/core.yaml", 0, 0, Rule.DRIFT_CHANGED, Severity.ERROR,
                "differs:\n-a\n+b");
        assertEquals(List.of(
                "[ERROR] requirements/core.yaml: [DRIFT-CHANGED] differs:",
                "[ERROR] -a",
                "[ERROR] +b",
                "[ERROR] \u2026 and 1 more DRIFT-CHANGED (all in target/spec/verify.sarif)"),
                log(List.of(drift, drift), 1, BaselineStatus.NONE));
    }

    @Test
    void extractPrintsEverythingAsWarningsErrorRulesFirst() {
        RecordingLog log = new RecordingLog();
        FindingsLog.warnings(log, List.of(lineLength(2), duplicate(3), duplicate(4)), 1);
        assertEquals(List.of(
                "[WARNING] SPEC.md:3:3: [SPEC-ID-DUPLICATE] X-2 is defined twice",
                "[WARNING] \u2026 and 1 more SPEC-ID-DUPLICATE (run mvn spec:lint for all)",
                "[WARNING] SPEC.md:2:101: [SPEC-LINE-LENGTH] line is long"), log.lines);
    }

    @Test
    void aNegativeCapIsAConfigurationError() {
        FindingsLog.checkMax(0);
        assertEquals("<maxConsoleFindings> is -1. Give 0 or more findings per rule, such as 100 (the default); 0"
                + " prints only each rule's count.",
                assertThrows(SpecException.class, () -> FindingsLog.checkMax(-1)).getMessage());
    }
}
