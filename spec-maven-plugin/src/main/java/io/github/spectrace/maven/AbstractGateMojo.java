package io.github.spectrace.maven;

import io.github.spectrace.core.api.Repository;
import io.github.spectrace.core.api.SpecConfig;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The configuration of the goals that judge everything at once, with the test results: {@code spec:verify-drift}
 * and {@code spec:report}. Lint's and check-links' parameters are repeated here because each goal's page lists
 * exactly the parameters it reads.
 */
public abstract class AbstractGateMojo extends AbstractTraceMojo {

    /**
     * The {@code SPEC-LINE-LENGTH} limit, in Unicode code points.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.lint.maxLineLength", defaultValue = "100")
    protected int maxLineLength;

    /**
     * Modules that need no spec, by artifactId, each with the reason, for example
     * {@code <specExempt><api-types>Types are generated from OpenAPI.</api-types></specExempt>}. Only used by
     * {@code SPEC-MODULE-WITHOUT-SPEC}, which is off by default.
     *
     * @since 0.1.0
     */
    @Parameter
    protected Map<String, String> specExempt;

    /**
     * The prefix every ID of a module must have, by module name, for example
     * {@code <idPrefixes><orchestrator-core>OC-CORE-</orchestrator-core></idPrefixes>}. Only used by
     * {@code SPEC-ID-PREFIX}, which is off by default.
     *
     * @since 0.1.0
     */
    @Parameter
    protected Map<String, String> idPrefixes;

    /**
     * Globs, relative to the top-level project directory, of the Markdown files whose links are checked instead of
     * the spec files, for example {@code **}{@code /*.md}. {@code target/}, {@code .git/} and
     * {@code node_modules/} are never searched.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.linkIncludes")
    protected List<String> linkIncludes;

    /**
     * Globs of files to leave out of {@code linkIncludes}, for example {@code docs/archive/**}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.linkExcludes")
    protected List<String> linkExcludes;

    /**
     * Directories of Surefire and Failsafe {@code TEST-*.xml} reports, relative to each module's base directory.
     * Default: {@code surefire-reports} and {@code failsafe-reports} in each module's build directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.testReportDirectories")
    protected List<String> testReportDirectories;

    @Override
    protected void configure(SpecConfig.Builder config) {
        super.configure(config);
        config.maxLineLength(maxLineLength).specExempt(specExempt).idPrefixes(idPrefixes).linkIncludes(linkIncludes)
                .linkExcludes(linkExcludes);
    }

    @Override
    protected Repository repository() {
        return MavenRepository.of(session, project, testReportDirectories, inEveryProject());
    }
}
