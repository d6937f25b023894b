package io.github.spectrace.maven;

import io.github.spectrace.core.internal.extract.ExtractOptions;
import io.github.spectrace.core.internal.extract.Extraction;
import io.github.spectrace.core.internal.extract.ProjectLayout;
import io.github.spectrace.core.internal.render.Sarif;
import io.github.spectrace.core.model.Finding;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the specs themselves: ID format and uniqueness, RFC 2119 keywords, bundled requirements, line
 * length, absolute links, specs without requirements and, when enabled, modules without specs and ID
 * prefixes. Prints one line per finding, writes {@code target/spec/lint.sarif} and fails on errors.
 *
 * @since 0.1.0
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class LintMojo extends AbstractSpecMojo {


    @Override
    protected void executeSpec() throws MojoFailureException {
        if (skipLint) {
            getLog().info("Skipping: spec.lint.skip is true.");
            return;
        }
        ProjectLayout layout = layout();
        ExtractOptions options = extractOptions();
        Extraction extraction = extract(layout, options);
        List<Finding> findings = lint(layout, options, extraction);
        markGateDone("lint");
        int[] counts = log(findings);
        String sarif = writeReport(layout, "lint.sarif",
                Sarif.render("spec-maven-plugin", plugin.getVersion(), LintRules.ALL, findings));
        getLog().info(summary(counts, extraction.documents().size()) + "; SARIF report: " + sarif);
        failIfNeeded(counts, "lint", "Fix the findings above; each rule's severity can be changed in <rules>.");
    }
}
