package io.github.spectrace.maven;

import io.github.spectrace.core.api.CheckResult;
import io.github.spectrace.core.api.SpecConfig;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the specs themselves: ID format and uniqueness, RFC 2119 keywords, bundled requirements, line
 * length, absolute links, specs without requirements, unused mappings and, when enabled, modules without specs
 * and ID prefixes. Prints one line per finding, writes {@code target/spec/lint.sarif} and fails on errors.
 *
 * @since 0.1.0
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class LintMojo extends AbstractSpecMojo {

    /**
     * Skips this goal, and the lint part of {@code spec:verify-drift}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.lint.skip", defaultValue = "false")
    private boolean skipLint;

    /**
     * Fails the build on warnings as well as on errors.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /**
     * The most findings of each rule printed to the console, errors first and then warnings, each in file and line
     * order; one line then counts the rest of the rule's findings. The SARIF report holds them all. {@code 0}
     * prints only each rule's count; a negative number is an error. Default: {@code 100}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.maxConsoleFindings", defaultValue = "100")
    private int maxConsoleFindings;

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
    protected void configure(SpecConfig.Builder config) {
        super.configure(config);
        config.maxLineLength(maxLineLength).specExempt(specExempt).idPrefixes(idPrefixes);
    }

    @Override
    protected void executeSpec() throws MojoFailureException {
        if (skipLint) {
            getLog().info("Skipping: spec.lint.skip is true.");
            return;
        }
        FindingsLog.checkMax(maxConsoleFindings);
        CheckResult result = pipeline().lint();
        GateMarks.done(project, "lint");
        FindingsLog.log(getLog(), result, maxConsoleFindings, result.sarif());
        getLog().info(FindingsLog.summary(result, result.files()) + "; SARIF report: " + result.sarif());
        FindingsLog.failIfNeeded(result, failOnWarning, "lint",
                "Fix the findings above; each rule's severity can be changed in <rules>.");
    }
}
