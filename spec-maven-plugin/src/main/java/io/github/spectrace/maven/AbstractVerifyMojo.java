package io.github.spectrace.maven;

import io.github.spectrace.core.api.SpecConfig;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What {@code spec:verify-drift} writes besides its findings: the diffs of changed generated files, the links and
 * the requirements diff of {@code summary.md}, and the merged SARIF file.
 */
public abstract class AbstractVerifyMojo extends AbstractCoverageMojo {

    /**
     * The most lines of unified diff shown for each changed generated file.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.verify.maxDiffLines", defaultValue = "40")
    private int maxDiffLines;

    /**
     * Also writes {@code target/spec/spec.sarif}, one SARIF file for one upload to code scanning: the runs of
     * {@code lint.sarif} and {@code links.sarif} when those goals ran earlier in this build, then this goal's, each
     * with its own category ({@code spec/lint/}, {@code spec/links/}, {@code spec/verify/}). Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.sarif.merge", defaultValue = "false")
    private boolean mergeSarif;

    /** The project's SCM web URL, to which the errors listed in {@code summary.md} link. */
    @Parameter(defaultValue = "${project.scm.url}", readonly = true)
    private String scmUrl;

    @Override
    protected void configure(SpecConfig.Builder config) {
        super.configure(config);
        config.maxDiffLines(maxDiffLines).jobSummary(scmUrl, GateMarks.isDone(project, "diff"))
                .mergedSarif(mergeSarif ? GateMarks.sarifOfThisBuild(project) : null);
    }
}
