package io.github.spectrace.maven;

import io.github.spectrace.core.api.ReviewResult;
import io.github.spectrace.core.model.FileChange;
import io.github.spectrace.core.model.Finding;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Records that the code and test citations of changed requirements were checked against their new statements,
 * so that {@code spec:verify-drift} no longer reports them as {@code TRACE-SUSPECT}. It drops the
 * {@code reviewed} block of each named requirement's entry in {@code requirements/<module>.yaml}, and otherwise
 * writes what {@code spec:extract} writes. Commit the result.
 *
 * @since 0.1.0
 */
@Mojo(name = "review", threadSafe = true, requiresProject = true)
public class ReviewMojo extends AbstractTraceMojo {

    /**
     * The requirement IDs whose citations were reviewed, separated by commas, for example
     * {@code OC-CORE-1001,OC-CORE-1002}, or {@code all} for every suspect requirement. Required; there is no
     * default.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.ids")
    private String ids;

    @Override
    protected void executeSpec() throws MojoExecutionException {
        Set<String> requested = new LinkedHashSet<>();
        if (ids != null) {
            for (String id : ids.split(",")) {
                if (!id.isBlank()) {
                    requested.add(id.strip());
                }
            }
        }
        if (requested.isEmpty()) {
            throw new MojoExecutionException("spec:review needs the IDs whose citations you reviewed: run mvn"
                    + " spec:review -Dspec.ids=OC-CORE-1001,OC-CORE-1002, or -Dspec.ids=all for every suspect"
                    + " requirement that spec:verify-drift reports as TRACE-SUSPECT.");
        }
        ReviewResult result = pipeline().review(requested);
        for (ReviewResult.Entry e : result.reviewed()) {
            getLog().info("reviewed " + e.id() + " (" + e.code() + " code, " + FindingsLog.plural(e.test(),
                    "test citation") + ")");
        }
        for (String id : result.notSuspect()) {
            getLog().info("not suspect " + Finding.escape(id) + ": its statement is the reviewed one");
        }
        if (result.reviewed().isEmpty()) {
            getLog().info("Nothing to review: no requested requirement changed since its citations were reviewed.");
        }
        int written = 0;
        for (FileChange c : result.changes()) {
            if (c.status() != FileChange.Status.UNCHANGED) {
                written++;
                getLog().info((c.status() == FileChange.Status.WROTE ? "wrote " : "deleted ")
                        + Finding.escape(c.path()));
            }
        }
        getLog().info(FindingsLog.plural(result.reviewed().size(), "requirement") + " reviewed; "
                + FindingsLog.plural(written, "file") + " written, " + (result.changes().size() - written)
                + " unchanged" + (written > 0 ? "; commit the written files" : ""));
    }
}
