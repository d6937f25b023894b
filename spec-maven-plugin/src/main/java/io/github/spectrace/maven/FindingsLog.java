package io.github.spectrace.maven;

import io.github.spectrace.core.api.BaselineStatus;
import io.github.spectrace.core.api.Findings;
import io.github.spectrace.core.api.Repository;
import io.github.spectrace.core.api.SpecPipeline;
import io.github.spectrace.core.model.Ecosystem;
import io.github.spectrace.core.model.Finding;
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

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
