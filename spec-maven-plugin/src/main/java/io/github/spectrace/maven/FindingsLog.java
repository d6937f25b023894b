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
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** Prints findings one line each at their severity's level, then a summary, and fails the build when it must. */
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

    /** Logs one line per finding; a drift finding's diff lines each get the level's prefix, as CI filters expect. */
    static void log(Log log, Findings result) {
        for (Finding f : result.findings()) {
            for (String line : f.format().split("\n", -1)) {
                if (f.severity() == Severity.ERROR) {
                    log.error(line);
                } else {
                    log.warn(line);
                }
            }
        }
        BaselineStatus b = result.baseline();
        if (b.known() > 0) {
            log.info(plural(b.known(), "known finding") + " in " + b.file() + ", which only new findings fail.");
        }
        if (b.fixed() > 0) {
            log.info(plural(b.fixed(), "baselined finding") + (b.fixed() == 1 ? " is" : " are") + " fixed; run mvn"
                    + " spec:baseline to remove " + (b.fixed() == 1 ? "it" : "them") + " from " + b.file() + ".");
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
                + " compared; SARIF report: " + result.sarif();
    }

    /** The last line of the checks of this build's test reports, at the end of the reactor. */
    static String resultsSummary(VerifyResult result) {
        return "Test reports of this build: " + plural(result.count(Severity.ERROR), "error") + ", "
                + plural(result.count(Severity.WARNING), "warning") + " in " + plural(result.testReports(), "report")
                + "; SARIF report: " + result.sarif();
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
