package io.github.spectrace.maven;

import io.github.spectrace.core.api.SpecConfig;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/** The configuration of the goals that render the generated files, and so find the citations in code and tests. */
public abstract class AbstractTraceMojo extends AbstractSpecMojo {

    /**
     * Directory of the generated {@code <module>.yaml} files, relative to the top-level project directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.requirementsDirectory", defaultValue = "requirements")
    protected String requirementsDirectory;

    /**
     * Path of the generated compliance summary, relative to the top-level project directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.complianceFile", defaultValue = "COMPLIANCE.md")
    protected String complianceFile;

    /**
     * Whether {@code COMPLIANCE.md} counts the citations of each requirement: its Code, Tests and Status columns
     * and its Implemented and Tested shares. With {@code false} the committed files hold only what the specs say,
     * so that a pull request that adds or removes a test changes no committed file and does not conflict with
     * another; coverage is then in the gate's log and job summary, the report and {@code spec:diff}. Default:
     * {@code true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.complianceCounts", defaultValue = "true")
    protected boolean complianceCounts;

    /**
     * Also count the Java identifier form of an ID as a citation: {@code OC_CORE_1010_rejects_full_queue}
     * cites {@code OC-CORE-1010}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.trace.underscoreIds", defaultValue = "false")
    protected boolean underscoreIds;

    /**
     * Count every ID pattern match in code and tests as a citation. By default a match counts only when its
     * prefix (the ID without its final number, such as {@code OC-CORE-}) is one the specs define, so that
     * {@code ISO-8601} in a comment is not reported as a dangling reference.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.trace.strict", defaultValue = "false")
    protected boolean strict;

    /**
     * Files larger than this many bytes are not scanned for citations.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.trace.maxFileSize", defaultValue = "2097152")
    protected long maxFileSize;

    /**
     * Globs, relative to the top-level project directory, of more files to scan for citations as code, for
     * example {@code docs/**}{@code /*.md}. Every module's compile and test source roots and resource
     * directories are always scanned; build output directories never are.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.trace.includes")
    protected List<String> traceIncludes;

    /**
     * Globs of files to leave out of {@code traceIncludes} and {@code traceTestIncludes}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.trace.excludes")
    protected List<String> traceExcludes;

    /**
     * Globs, relative to the top-level project directory, of more files to scan for citations as tests, for
     * example integration-test scripts such as {@code src/it/**}{@code /verify.groovy} that live outside every
     * test source root.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.trace.testIncludes")
    protected List<String> traceTestIncludes;

    @Override
    protected void configure(SpecConfig.Builder config) {
        super.configure(config);
        config.requirementsDirectory(requirementsDirectory).complianceFile(complianceFile)
                .complianceCounts(complianceCounts).underscoreIds(underscoreIds)
                .strict(strict).maxFileSize(maxFileSize).traceIncludes(traceIncludes).traceExcludes(traceExcludes)
                .traceTestIncludes(traceTestIncludes);
    }
}
