package io.github.spectrace.maven;

import io.github.spectrace.core.api.BaselineStatus;
import io.github.spectrace.core.api.Findings;
import io.github.spectrace.core.api.Repository;
import io.github.spectrace.core.api.SpecPipeline;
import io.github.spectrace.core.api.VerifyResult;
import io.github.spectrace.core.model.Ecosystem;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.LevelCoverage;
import io.github.spectrace.core.model.Severity;
import io.github.spectrace.core.model.SpecException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints findings one line each at their severity's level, errors first and at most {@code maxConsoleFindings} of
 * each rule, then a summary, and fails the build when it must.
 */
// SPEC-PLUGIN-2010
final class FindingsLog {

    private FindingsLog() {
    }

    /**
     * Logs the modules: one INFO line that counts them by ecosystem when the repository has packages other than
     * Maven projects, and each module in the debug log.
     */
    static void modules(Log log, SpecPipeline run) {
        boolean other = false;
        for (Repository.Module m : run.modules()) {
            other |= m.ecosystem() != Ecosystem.MAVEN;
            if (log.isDebugEnabled()) {
                log.debug("Module " + m.name() + " (" + m.ecosystem().label() + ") in " + m.baseDir());
            }
        }
        if (other) {
            log.info(run.moduleSummary());
        }
    }

    /**
     * Checks {@code maxConsoleFindings} before any file is read.
     *
     * @throws SpecException if it is negative
     */
    static void checkMax(int max) {
        if (max < 0) {
            throw new SpecException("<maxConsoleFindings> is " + max + ". Give 0 or more findings per rule, such as"
                    + " 100 (the default); 0 prints only each rule's count.");
        }
    }

    /**
     * Logs the findings, errors first and then warnings, each in the result's order (path, line, column, rule), at
     * most {@code max} of each rule; after each severity's findings, one line per rule that had more, by rule ID:
     * {@code … and 3,446 more SPEC-LINE-LENGTH (all in target/spec/verify.sarif)}. A drift finding's diff lines
     * each get the level's prefix, as CI filters expect.
     */
    static void log(Log log, Findings result, int max, String sarif) {
        print(log, result.findings(), max, "all in " + sarif, false);
        result.sarifWarnings().forEach(log::warn);
        BaselineStatus b = result.baseline();
        if (b.known() > 0) {
            log.info(plural(b.known(), "known finding") + " in " + b.file() + ", which only new findings fail.");
        }
        if (b.fixed() > 0) {
            log.info(plural(b.fixed(), "baselined finding") + (b.fixed() == 1 ? " is" : " are") + " fixed; run mvn"
                    + " spec:baseline to remove " + (b.fixed() == 1 ? "it" : "them") + " from " + b.file() + ".");
        }
    }

    /** Logs spec:extract's findings at WARN whatever their severity, as {@link #log} orders and caps them. */
    static void warnings(Log log, List<Finding> findings, int max) {
        print(log, findings, max, "run mvn spec:lint for all", true);
    }

    private static void print(Log log, List<Finding> findings, int max, String all, boolean allWarn) {
        for (Severity s : Severity.values()) {
            boolean error = s == Severity.ERROR && !allWarn;
            Map<String, Integer> perRule = new TreeMap<>();
            for (Finding f : findings) {
                if (f.severity() == s && perRule.merge(f.ruleId(), 1, Integer::sum) <= max) {
                    for (String line : f.format().split("\n", -1)) {
                        line(log, error, line);
                    }
                }
            }
            perRule.forEach((rule, n) -> {
                if (n > max) {
                    line(log, error, max == 0 ? String.format(Locale.ROOT, "%,d %s finding%s (%s)", n, rule,
                            n == 1 ? "" : "s", all)
                            : String.format(Locale.ROOT, "\u2026 and %,d more %s (%s)", n - max, rule, all));
                }
            });
        }
    }

    private static void line(Log log, boolean error, String line) {
        if (error) {
            log.error(line);
        } else {
            log.warn(line);
        }
    }

    /** For example {@code 2 errors, 1 warning in 14 files}. */
    static String summary(Findings result, int files) {
        return plural(result.count(Severity.ERROR), "error") + ", " + plural(result.count(Severity.WARNING), "warning")
                + " in " + plural(files, "file");
    }

    /** Fails when there are errors, or warnings and {@code failOnWarning} is set; the message ends with the fix. */
    static void failIfNeeded(Findings result, boolean failOnWarning, String goal, String fix)
            throws MojoFailureException {
        int errors = result.count(Severity.ERROR);
        int warnings = result.count(Severity.WARNING);
        if (errors > 0 || failOnWarning && warnings > 0) {
            throw new MojoFailureException("spec:" + goal + " found " + plural(errors, "error") + " and "
                    + plural(warnings, "warning") + (errors == 0 ? " (spec.failOnWarning is true)" : "") + ". " + fix);
        }
    }

    /** The coverage line and the scan counts of a gate. */
    static String coverage(VerifyResult result) {
        StringBuilder sb = new StringBuilder("Coverage:");
        String sep = " ";
        for (LevelCoverage lc : result.coverage()) {
            if (lc.total() > 0) {
                sb.append(sep).append(lc.level().id()).append(' ').append(lc.tested()).append('/').append(lc.total())
                        .append(" tested (").append(LevelCoverage.percent(lc.tested(), lc.total())).append("), ")
                        .append(lc.implemented()).append('/').append(lc.total()).append(" implemented (")
                        .append(LevelCoverage.percent(lc.implemented(), lc.total())).append(')');
                sep = "; ";
            }
        }
        return (sep.equals(" ") ? "Coverage: no requirements" : sb.toString()) + "; "
                + plural(result.filesScanned(), "file") + " scanned, " + result.filesSkipped()
                + " skipped (binary, too large or linking outside), " + plural(result.citations(), "citation");
    }

    /** The gate's last line: counts, and where the SARIF report is. */
    static String gateSummary(VerifyResult result) {
        return summary(result, result.specFiles()) + "; " + plural(result.generatedFiles(), "generated file")
                + " compared; SARIF report: " + result.sarif() + merged(result);
    }

    private static String merged(VerifyResult result) {
        return result.mergedSarif() == null ? "" : ", merged: " + result.mergedSarif();
    }

    /** The last line of the checks of this build's test reports, at the end of the reactor. */
    static String resultsSummary(VerifyResult result) {
        return "Test reports of this build: " + plural(result.count(Severity.ERROR), "error") + ", "
                + plural(result.count(Severity.WARNING), "warning") + " in " + plural(result.testReports(), "report")
                + "; SARIF report: " + result.sarif() + merged(result);
    }

    /** Fails the gate when it must; the message names the fixing command. */
    static void failGate(Findings result, boolean failOnWarning, boolean drift) throws MojoFailureException {
        failIfNeeded(result, failOnWarning, "verify-drift", drift
                ? "Run 'mvn spec:extract' and commit the result; fix the other findings in the specs, code or tests."
                : "Fix the findings above in the specs, code or tests; each rule's severity can be changed in"
                        + " <rules>.");
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
