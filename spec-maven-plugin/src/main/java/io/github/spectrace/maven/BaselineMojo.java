package io.github.spectrace.maven;

import io.github.spectrace.core.api.BaselineResult;
import io.github.spectrace.core.model.FileChange;
import io.github.spectrace.core.model.Finding;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the committed baseline of known findings ({@code spec-baseline.json} by default): every current finding
 * of lint, check-links and verify-drift, by rule, file and requirement ID or link target, with a count. The gates
 * then report those findings as a count and fail only on new ones; run this goal again to remove fixed ones. The
 * file is sorted, one entry per line, and is overwritten only when it is a baseline already.
 *
 * @since 0.1.0
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = true)
public class BaselineMojo extends AbstractCoverageMojo {

    /**
     * Adds no finding that the baseline does not hold yet, and no more of one than it counts: for CI, where the
     * baseline may only shrink.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.baseline.shrinkOnly", defaultValue = "false")
    private boolean shrinkOnly;

    @Override
    protected void executeSpec() {
        BaselineResult result = pipeline().baseline(shrinkOnly);
        String path = Finding.escape(result.file().path());
        String counts = FindingsLog.plural(result.findings(), "known finding") + " in "
                + FindingsLog.plural(result.entries(), "entry").replace("entrys", "entries");
        if (result.file().status() == FileChange.Status.UNCHANGED) {
            getLog().info(path + " is up to date: " + counts + ".");
        } else {
            getLog().info("wrote " + path + ": " + counts + " (" + result.added() + " added, " + result.removed()
                    + " removed).");
        }
        if (result.notAdded() > 0) {
            getLog().warn(FindingsLog.plural(result.notAdded(), "new finding") + " not added, because"
                    + " spec.baseline.shrinkOnly is true; the gates fail on "
                    + (result.notAdded() == 1 ? "it" : "them") + ". Fix " + (result.notAdded() == 1 ? "it" : "them")
                    + ", or run spec:baseline without shrinkOnly to accept " + (result.notAdded() == 1 ? "it" : "them")
                    + ".");
        }
    }
}
