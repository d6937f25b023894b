package io.github.spectrace.maven;

import io.github.spectrace.core.extract.ExtractOptions;
import io.github.spectrace.core.extract.Extraction;
import io.github.spectrace.core.extract.Extractor;
import io.github.spectrace.core.extract.MarkdownFiles;
import io.github.spectrace.core.extract.ProjectLayout;
import io.github.spectrace.core.io.SpecFiles;
import io.github.spectrace.core.links.LinkChecker;
import io.github.spectrace.core.links.LinkReport;
import io.github.spectrace.core.links.LinkRules;
import io.github.spectrace.core.markdown.SpecDocument;
import io.github.spectrace.core.markdown.SpecParser;
import io.github.spectrace.core.model.IdPatterns;
import io.github.spectrace.core.report.Sarif;
import java.util.ArrayList;
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
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.checkLinks.skip", defaultValue = "false")
    private boolean skipLinks;

    /**
     * Globs, relative to the top-level project directory, of the Markdown files to check instead of the spec
     * files, for example {@code **}{@code /*.md}. Default: the spec files found by {@code includes}.
     * {@code target/}, {@code .git/} and {@code node_modules/} are never searched.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> linkIncludes;

    /**
     * Globs of files to leave out of {@code linkIncludes}, for example {@code docs/archive/**}.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> linkExcludes;

    @Override
    protected void executeSpec() throws MojoFailureException {
        if (skipLinks) {
            getLog().info("Skipping: spec.checkLinks.skip is true.");
            return;
        }
        ProjectLayout layout = layout();
        ExtractOptions options = extractOptions();
        SpecParser parser = new SpecParser(IdPatterns.compile(options.idPatterns()));
        List<SpecDocument> documents;
        if (linkIncludes == null || linkIncludes.isEmpty()) {
            Extraction extraction = new Extractor(layout, options).run();
            documents = extraction.documents();
        } else {
            documents = new ArrayList<>();
            for (String path : MarkdownFiles.find(layout.root(), linkIncludes,
                    linkExcludes == null ? List.of() : linkExcludes)) {
                documents.add(parser.parse(path, SpecFiles.readUtf8(layout.root().resolve(path), path)));
            }
        }
        LinkReport report = new LinkChecker(layout.root(), parser, ruleSettings()).check(documents);
        int[] counts = log(report.findings());
        String sarif = writeReport(layout, "links.sarif",
                Sarif.render("spec-maven-plugin", plugin.getVersion(), LinkRules.ALL, report.findings()));
        getLog().info(summary(counts, report.files()) + "; " + plural(report.links(), "link") + " checked, "
                + plural(report.external(), "external link") + " not checked; SARIF report: " + sarif);
        failIfNeeded(counts, "check-links", "Fix the links above; paths are relative to the file that holds them.");
    }
}
