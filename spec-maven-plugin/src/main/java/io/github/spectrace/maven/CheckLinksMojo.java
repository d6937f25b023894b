package io.github.spectrace.maven;

import io.github.spectrace.core.internal.extract.ExtractOptions;
import io.github.spectrace.core.internal.extract.ProjectLayout;
import io.github.spectrace.core.internal.links.LinkReport;
import io.github.spectrace.core.internal.render.Sarif;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks that relative links and {@code #anchors} in the specs resolve, offline, using GitHub's heading
 * anchor rules. External links are counted but not fetched. Writes {@code target/spec/links.sarif} and fails
 * on broken links.
 *
 * @since 0.1.0
 */
@Mojo(name = "check-links", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckLinksMojo extends AbstractSpecMojo {


    @Override
    protected void executeSpec() throws MojoFailureException {
        if (skipLinks) {
            getLog().info("Skipping: spec.checkLinks.skip is true.");
            return;
        }
        ProjectLayout layout = layout();
        ExtractOptions options = extractOptions();
        LinkReport report = checkLinks(layout, options, extract(layout, options));
        markGateDone("check-links");
        int[] counts = log(report.findings());
        String sarif = writeReport(layout, "links.sarif",
                Sarif.render("spec-maven-plugin", plugin.getVersion(), LinkRules.ALL, report.findings()));
        getLog().info(summary(counts, report.files()) + "; " + plural(report.links(), "link") + " checked, "
                + plural(report.external(), "external link") + " not checked; SARIF report: " + sarif);
        failIfNeeded(counts, "check-links", "Fix the links above; paths are relative to the file that holds them.");
    }
}
