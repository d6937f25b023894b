package io.github.spectrace.maven;

import io.github.spectrace.core.extract.ExtractOptions;
import io.github.spectrace.core.extract.Extraction;
import io.github.spectrace.core.extract.Extractor;
import io.github.spectrace.core.extract.ProjectLayout;
import io.github.spectrace.core.lint.LintOptions;
import io.github.spectrace.core.lint.LintRules;
import io.github.spectrace.core.lint.Linter;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.report.Sarif;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks the specs themselves: ID format and uniqueness, RFC 2119 keywords, bundled requirements, line
 * length, absolute links, specs without requirements and, when enabled, modules without specs and ID
 * prefixes. Prints one line per finding, writes {@code target/spec/lint.sarif} and fails on errors.
 *
 * @since 0.1.0
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class LintMojo extends AbstractSpecMojo {

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.lint.skip", defaultValue = "false")
    private boolean skipLint;

    /**
     * The {@code SPEC-LINE-LENGTH} limit, in Unicode code points.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.lint.maxLineLength", defaultValue = "100")
    private int maxLineLength;

    /**
     * Modules that need no spec, by artifactId, each with the reason, for example
     * {@code <specExempt><api-types>Types are generated from OpenAPI.</api-types></specExempt>}. Only used by
     * {@code SPEC-MODULE-WITHOUT-SPEC}, which is off by default.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> specExempt;

    /**
     * The prefix every ID of a module must have, by module name, for example
     * {@code <idPrefixes><orchestrator-core>OC-CORE-</orchestrator-core></idPrefixes>}. Only used by
     * {@code SPEC-ID-PREFIX}, which is off by default.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> idPrefixes;

    @Override
    protected void executeSpec() throws MojoFailureException {
        if (skipLint) {
            getLog().info("Skipping: spec.lint.skip is true.");
            return;
        }
        ProjectLayout layout = layout();
        ExtractOptions options = extractOptions();
        LintOptions lintOptions = lintOptions(layout, options);
        Extraction extraction = new Extractor(layout, options).run();
        List<Finding> findings = new Linter(layout.root(), lintOptions).lint(extraction);
        int[] counts = log(findings);
        String sarif = writeReport(layout, "lint.sarif",
                Sarif.render("spec-maven-plugin", plugin.getVersion(), LintRules.ALL, findings));
        getLog().info(summary(counts, extraction.documents().size()) + "; SARIF report: " + sarif);
        failIfNeeded(counts, "lint", "Fix the findings above; each rule's severity can be changed in <rules>.");
    }

    private LintOptions lintOptions(ProjectLayout layout, ExtractOptions options) {
        List<LintOptions.ModuleRef> modules = new ArrayList<>();
        List<MavenProject> all = session.getAllProjects() != null ? session.getAllProjects() : session.getProjects();
        for (MavenProject p : all) {
            if (!"pom".equals(p.getPackaging())) {
                String pom = layout.root().relativize(p.getFile().toPath().toAbsolutePath().normalize()).toString()
                        .replace(File.separatorChar, '/');
                modules.add(new LintOptions.ModuleRef(p.getArtifactId(), pom));
            }
        }
        modules.sort((a, b) -> a.pom().compareTo(b.pom()));
        return new LintOptions(ruleSettings(), maxLineLength, options.idPatterns(), modules,
                specExempt == null ? Map.of() : specExempt, idPrefixes == null ? Map.of() : idPrefixes);
    }
}
