package io.github.spectrace.maven;

import io.github.spectrace.core.api.SpecConfig;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The coverage minimums, read by the goals that apply them: {@code spec:verify-drift}, and {@code spec:baseline},
 * so that the baseline knows the {@code TRACE-COVERAGE} findings of the gate.
 */
public abstract class AbstractCoverageMojo extends AbstractGateMojo {

    /**
     * Minimum share (0 to 1) of requirements cited by at least one test, by level, for example
     * {@code <minTestCoverage><must>1.0</must><should>0.5</should></minTestCoverage>}. Below it the build fails
     * with {@code TRACE-COVERAGE}. Default: no minimum.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> minTestCoverage;

    /**
     * Minimum share (0 to 1) of requirements cited by code, by level, like {@code minTestCoverage}.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> minCodeCoverage;

    @Override
    protected void configure(SpecConfig.Builder config) {
        super.configure(config);
        config.minTestCoverage(minTestCoverage).minCodeCoverage(minCodeCoverage);
    }
}
