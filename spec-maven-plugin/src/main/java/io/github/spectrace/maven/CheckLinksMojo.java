package io.github.spectrace.maven;

import io.github.spectrace.core.api.CheckResult;
import io.github.spectrace.core.api.SpecConfig;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks that relative links and {@code #anchors} in the specs resolve, offline, using GitHub's heading
 * anchor rules. External links are counted but not fetched. Writes {@code target/spec/links.sarif} and fails
 * on broken links.
 *
 * @since 0.1.0
 */
@Mojo(name = "check-links", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckLinksMojo extends AbstractSpecMojo {

    /**
     * Skips this goal, and the link part of {@code spec:verify-drift}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.checkLinks.skip", defaultValue = "false")
    private boolean skipLinks;

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
     * Globs, relative to the top-level project directory, of the Markdown files whose links are checked instead of
     * the spec files, for example {@code **}{@code /*.md}. {@code target/}, {@code .git/} and
     * {@code node_modules/} are never searched.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.linkIncludes")
    private List<String> linkIncludes;

    /**
     * Globs of files to leave out of {@code linkIncludes}, for example {@code docs/archive/**}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.linkExcludes")
    private List<String> linkExcludes;

    @Override
    protected void configure(SpecConfig.Builder config) {
        super.configure(config);
        config.linkIncludes(linkIncludes).linkExcludes(linkExcludes);
    }

    @Override
    protected void executeSpec() throws MojoFailureException {
        if (skipLinks) {
            getLog().info("Skipping: spec.checkLinks.skip is true.");
            return;
        }
        FindingsLog.checkMax(maxConsoleFindings);
        CheckResult result = pipeline().checkLinks();
        GateMarks.done(project, "check-links");
        FindingsLog.log(getLog(), result, maxConsoleFindings, result.sarif());
        getLog().info(FindingsLog.summary(result, result.files()) + "; " + FindingsLog.plural(result.links(), "link")
                + " checked, " + FindingsLog.plural(result.externalLinks(), "external link")
                + " not checked; SARIF report: " + result.sarif());
        FindingsLog.failIfNeeded(result, failOnWarning, "check-links",
                "Fix the links above; paths are relative to the file that holds them.");
    }
}
