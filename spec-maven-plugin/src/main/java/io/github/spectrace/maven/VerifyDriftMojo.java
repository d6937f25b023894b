package io.github.spectrace.maven;

import io.github.spectrace.core.api.SpecConfig;
import io.github.spectrace.core.api.VerifyResult;
import io.github.spectrace.core.model.LevelCoverage;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The CI gate. Recomputes every {@code requirements/*.yaml} and {@code COMPLIANCE.md} in memory exactly as
 * {@code spec:extract} would and compares them byte for byte with the committed files; checks that code and
 * tests cite only defined requirements and that every MUST requirement is tested; and, unless they already ran
 * in this build, runs lint and check-links. It writes nothing but {@code target/spec/verify.sarif},
 * {@code target/spec/trace.json} and {@code target/spec/summary.md} (for a CI job summary), and needs no git.
 *
 * @since 0.1.0
 */
@Mojo(name = "verify-drift", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyDriftMojo extends AbstractGateMojo {

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.verify.skip", defaultValue = "false")
    private boolean skipVerify;

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
     * Also runs lint and check-links, so that one {@code mvn verify} is the whole gate. They are not run again
     * when they already ran in the same build (for example bound to {@code validate}), nor when
     * {@code spec.lint.skip} or {@code spec.checkLinks.skip} is set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.verify.lint", defaultValue = "true")
    private boolean verifyLint;

    /**
     * Leaves lint out of this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.lint.skip", defaultValue = "false")
    private boolean skipLint;

    /**
     * Leaves check-links out of this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.checkLinks.skip", defaultValue = "false")
    private boolean skipLinks;

    /**
     * The most lines of unified diff shown for each changed generated file.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.verify.maxDiffLines", defaultValue = "40")
    private int maxDiffLines;

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
        config.maxDiffLines(maxDiffLines).minTestCoverage(minTestCoverage).minCodeCoverage(minCodeCoverage);
    }

    // SPEC-PLUGIN-2012: the failure message names the fixing command.
    @Override
    protected void executeSpec() throws MojoFailureException {
        if (skipVerify) {
            getLog().info("Skipping: spec.verify.skip is true.");
            return;
        }
        FindingsLog.checkMax(maxConsoleFindings);
        VerifyResult result = pipeline().verify(verifyLint && !skipLint && !GateMarks.isDone(project, "lint"),
                verifyLint && !skipLinks && !GateMarks.isDone(project, "check-links"));
        FindingsLog.log(getLog(), result, maxConsoleFindings, result.sarif());
        getLog().info(coverageLine(result) + "; " + FindingsLog.plural(result.filesScanned(), "file") + " scanned, "
                + result.filesSkipped() + " skipped (binary, too large or linking outside), "
                + FindingsLog.plural(result.citations(), "citation"));
        getLog().info(FindingsLog.summary(result, result.specFiles()) + "; "
                + FindingsLog.plural(result.generatedFiles(), "generated file") + " compared; SARIF report: "
                + result.sarif());
        FindingsLog.failIfNeeded(result, failOnWarning, "verify-drift", result.drift()
                ? "Run 'mvn spec:extract' and commit the result; fix the other findings in the specs, code or tests."
                : "Fix the findings above in the specs, code or tests; each rule's severity can be changed in"
                        + " <rules>.");
    }

    private static String coverageLine(VerifyResult result) {
        StringBuilder sb = new StringBuilder("Coverage:");
        String sep = " ";
        for (LevelCoverage lc : result.coverage()) {
            if (lc.total() > 0) {
                sb.append(sep).append(lc.level().id()).append(' ').append(lc.tested()).append('/').append(lc.total())
                        .append(" tested (").append(LevelCoverage.percent(lc.tested(), lc.total())).append("), ")
                        .append(lc.implemented()).append('/').append(lc.total()).append(" implemented (")
                        .append(LevelCoverage.percent(lc.implemented(), lc.total())).append(')');
                sep = "; ";
            }
        }
        return sep.equals(" ") ? "Coverage: no requirements" : sb.toString();
    }
}
