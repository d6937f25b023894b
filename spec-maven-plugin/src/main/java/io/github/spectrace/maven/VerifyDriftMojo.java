package io.github.spectrace.maven;

import io.github.spectrace.core.api.SpecPipeline;
import io.github.spectrace.core.api.VerifyResult;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The CI gate. Recomputes every {@code requirements/*.yaml} and {@code COMPLIANCE.md} in memory exactly as
 * {@code spec:extract} would and compares them byte for byte with the committed files; checks that code and
 * tests cite only defined requirements and that every MUST requirement is tested; and, unless they already ran
 * in this build, runs lint and check-links. It writes nothing but {@code target/spec/verify.sarif},
 * {@code trace.json}, {@code summary.md} (for a CI job summary) and optionally {@code spec.sarif}; it needs no git.
 *
 * @since 0.1.0
 */
@Mojo(name = "verify-drift", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyDriftMojo extends AbstractVerifyMojo {

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

    /** The execution, whose phase tells a lifecycle build (test results at the reactor's end) from a CLI call. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Override
    protected boolean inEveryProject() {
        return mojoExecution.getLifecyclePhase() != null;
    }

    @Override
    protected void skipped() {
        if (inEveryProject()) {
            end().arrive(project);
        }
    }

    // SPEC-PLUGIN-2012: the failure message names the fixing command. SPEC-PLUGIN-2020: results at the end.
    @Override
    protected void executeSpec() throws MojoFailureException {
        ReactorEnd end = inEveryProject() ? end() : null;
        boolean split = end != null && end.split();
        boolean here = MavenRepository.runsHere(session, project);
        if (skipVerify) {
            if (here) {
                getLog().info("Skipping: spec.verify.skip is true.");
            }
            skipped();
            return;
        }
        FindingsLog.checkMax(maxConsoleFindings);
        if (here) {
            SpecPipeline run = pipeline();
            boolean lint = verifyLint && !skipLint && !GateMarks.isDone(project, "lint");
            boolean links = verifyLint && !skipLinks && !GateMarks.isDone(project, "check-links");
            VerifyResult result = split ? run.verifySpecs(lint, links) : run.verify(lint, links);
            FindingsLog.log(getLog(), result, maxConsoleFindings, result.sarif());
            getLog().info(FindingsLog.coverage(result));
            getLog().info(FindingsLog.gateSummary(result));
            FindingsLog.failGate(result, failOnWarning, result.drift());
            if (split) {
                end.started(run);
            }
        }
        SpecPipeline last = split ? end.arrive(project) : null;
        if (last != null) {
            VerifyResult result = last.verifyResults();
            FindingsLog.log(getLog(), result, maxConsoleFindings, result.sarif());
            getLog().info(FindingsLog.resultsSummary(result));
            FindingsLog.failGate(result, failOnWarning, false);
        }
    }

    private ReactorEnd end() {
        return ReactorEnd.of(session, "verify-drift", mojoExecution.getLifecyclePhase());
    }
}
