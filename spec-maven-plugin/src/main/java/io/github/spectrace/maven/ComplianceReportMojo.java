package io.github.spectrace.maven;

import io.github.spectrace.core.api.ReportResult;
import io.github.spectrace.core.api.SpecPipeline;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.SpecException;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The "Spec Compliance" report for {@code mvn site} (under Project Reports), or standalone with
 * {@code mvn spec:report} (a self-contained HTML page, {@code target/reports/spec-compliance.html}). It shows each
 * requirement with the code and tests that cite it and whether a citing test passed in this build, reading the
 * Surefire and Failsafe reports of every module. It is generated once, at the top-level project, for all modules
 * ({@code mvn verify spec:report} writes it after every module's tests). It also writes {@code target/spec/trace.json}.
 *
 * <p>The report reads the same configuration as the other goals. Keep it in {@code <pluginManagement>}, which
 * Maven applies both to the plugin's {@code <build>} entry and to its {@code <reporting>} entry, so that the
 * report maps specs to modules exactly as {@code spec:extract} does.
 *
 * <p>It implements {@link MavenMultiPageReport} itself (a main page, and a page per module), and writes the
 * standalone pages without doxia-core, whose ~50 jars would load into every build using the plugin as an extension.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true, aggregator = true)
public class ComplianceReportMojo extends AbstractGateMojo implements MavenMultiPageReport {

    static final String OUTPUT_PATH = "spec-compliance";

    /**
     * The project's SCM web URL; spec, code and test links point at {@code <url>/blob/HEAD/<path>#<anchor>} or
     * {@code #L<line>}. Only http and https URLs are used; without one, links are relative to the report's directory.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.scm.url}")
    private String scmUrl;

    /**
     * Where {@code mvn spec:report} writes the standalone pages. In {@code mvn site}, the site plugin decides.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.directory}/reports")
    private File reportOutputDirectory;

    @Override
    public String getOutputPath() {
        return OUTPUT_PATH;
    }

    // Still abstract in the maven-reporting-api 4 interface, although deprecated there for getOutputPath().
    @Override
    @Deprecated
    public String getOutputName() {
        return getOutputPath();
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return ComplianceReportRenderer.TITLE;
    }

    @Override
    public String getDescription(Locale locale) {
        return "Requirements from the specs, the code and tests citing them, and whether a passing test proves them.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        // Once per reactor: at the top-level project, which covers every module.
        return !skip && (session.getTopLevelProject() == null
                || session.getTopLevelProject().getBasedir().equals(project.getBasedir()));
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        generate(sink, null, locale);
    }

    /** Renders into the site's pages, the main page and one per module; called by maven-site-plugin. */
    @Override
    public void generate(Sink sink, SinkFactory factory, Locale locale) throws MavenReportException {
        try {
            new ComplianceReportRenderer(collect()).render(new SinkPage(sink), factory == null ? null
                    : name -> new SinkPage(SinkPage.create(factory, getReportOutputDirectory(), name)));
        } catch (SpecException e) {
            getLog().debug(e);
            throw new MavenReportException(e.logMessage());
        }
    }

    /** {@code mvn spec:report}: the same content as plain HTML pages, without the site's skin. */
    @Override
    protected void executeSpec() {
        String name = OUTPUT_PATH + ".html";
        Path dir = reportOutputDirectory.toPath().toAbsolutePath().normalize();
        HtmlPage.render(new ComplianceReportRenderer(collect()), name).forEach((file, html) ->
                SpecPipeline.writeFile(dir, file, html.getBytes(StandardCharsets.UTF_8)));
        getLog().info("Spec Compliance report: " + repository().root().relativize(dir.resolve(name)).toString()
                .replace(File.separatorChar, '/'));
    }

    private ReportData collect() {
        ReportResult result = pipeline().report();
        if (result.testReports() == 0 && result.citations() > 0) {
            getLog().warn("No test reports found (target/surefire-reports, target/failsafe-reports), so no"
                    + " requirement can show as proven. Run the tests first: 'mvn verify', then 'mvn site'.");
        }
        String web = ReportData.webUrl(scmUrl);
        if (web == null && scmUrl != null && !scmUrl.isBlank()) {
            getLog().warn("<scm><url> is '" + Finding.escape(scmUrl) + "', not an http or https URL, so spec links"
                    + " in the report are relative paths. Set it to the repository's web URL.");
        }
        return new ReportData(result.modules(), result.proofs(), result.findings(), result.lintFindings(),
                result.linkFindings(), web, result.testReports(), specExempt == null ? Map.of() : specExempt,
                ReportData.rootPrefix(repository().root(), reportOutputDirectory.toPath()));
    }
}
