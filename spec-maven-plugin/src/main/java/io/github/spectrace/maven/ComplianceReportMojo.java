package io.github.spectrace.maven;

import io.github.spectrace.core.model.SpecException;
import io.github.spectrace.core.internal.extract.ExtractOptions;
import io.github.spectrace.core.internal.extract.Extraction;
import io.github.spectrace.core.internal.extract.ProjectLayout;
import io.github.spectrace.core.internal.files.FileSync;
import io.github.spectrace.core.internal.links.LinkReport;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.internal.rules.RuleSettings;
import io.github.spectrace.core.internal.render.TraceJson;
import io.github.spectrace.core.internal.results.ProofAnalyzer;
import io.github.spectrace.core.model.RequirementProof;
import io.github.spectrace.core.internal.results.TestResults;
import io.github.spectrace.core.internal.trace.Trace;
import io.github.spectrace.core.internal.trace.TraceChecker;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The "Spec Compliance" report for {@code mvn site} (under Project Reports), or standalone with
 * {@code mvn spec:report} (a self-contained HTML page, {@code target/reports/spec-compliance.html}). It shows each
 * requirement with the code and tests that cite it and whether a citing test passed in this build, reading the
 * Surefire and Failsafe reports of every module. In a reactor the report is generated once, at the top-level
 * project, and covers all modules; module sites do not get a copy. It also writes {@code target/spec/trace.json}.
 *
 * <p>The report reads the same configuration as the other goals; declare it in {@code <reporting>} with the
 * same {@code <configuration>}, or keep the configuration in {@code <pluginManagement>}. Parameters left unset
 * in {@code <reporting>} are taken from the plugin's {@code <build>} configuration.
 *
 * <p>It implements {@link MavenReport} itself rather than extending maven-reporting-impl, and writes the
 * standalone page without doxia-core: their dependencies (the Doxia site renderer, Velocity and about 45 more
 * jars) would be loaded into every build that declares the plugin with {@code <extensions>true</extensions>},
 * costing about 0.7 s before any goal runs.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ComplianceReportMojo extends AbstractSpecMojo implements MavenReport {

    static final String OUTPUT_PATH = "spec-compliance";

    /**
     * The project's SCM web URL; spec links point at {@code <url>/blob/HEAD/<path>#<anchor>}. Without it, they
     * are relative paths.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.scm.url}")
    private String scmUrl;

    /**
     * Where {@code mvn spec:report} writes the standalone page. In {@code mvn site}, the site plugin decides.
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
        return "Requirements from the specs, the code and tests that cite them, and whether a passing test proves"
                + " them.";
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
        if (skip) {
            return false;
        }
        // Once per reactor: at the top-level project, which covers every module.
        return session.getTopLevelProject() == null
                || session.getTopLevelProject().getBasedir().equals(project.getBasedir());
    }

    /** Renders into the site's page; called by maven-site-plugin. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        ReportData data;
        try {
            data = collect();
        } catch (SpecException e) {
            getLog().debug(e);
            throw new MavenReportException(e.getMessage());
        }
        new ComplianceReportRenderer(new SinkPage(sink), data).render();
    }

    /** {@code mvn spec:report}: the same content as a plain HTML page, without the site's skin. */
    @Override
    protected void executeSpec() {
        ReportData data = collect();
        HtmlPage html = new HtmlPage();
        new ComplianceReportRenderer(html, data).render();
        Path dir = reportOutputDirectory.toPath().toAbsolutePath().normalize();
        String name = OUTPUT_PATH + ".html";
        FileSync.apply(dir, Map.of(name, html.html().getBytes(StandardCharsets.UTF_8)), List.of());
        getLog().info("Spec Compliance report: " + layout().root().relativize(dir.resolve(name)).toString()
                .replace(File.separatorChar, '/'));
    }

    private ReportData collect() {
        inheritBuildConfiguration();
        ProjectLayout layout = layout();
        ExtractOptions options = extractOptions();
        Extraction extraction = extract(layout, options);
        Trace trace = trace(layout, options, extraction);
        TestResults results = testResults(layout);
        if (results.reports() == 0 && !trace.references().isEmpty()) {
            getLog().warn("No test reports found (target/surefire-reports, target/failsafe-reports), so no"
                    + " requirement can show as proven. Run the tests first: 'mvn verify', then 'mvn site'.");
        }
        List<RequirementProof> proofs = proofs(layout, extraction, trace, results);
        RuleSettings settings = ruleSettings();
        List<Finding> lint = lint(layout, options, extraction);
        LinkReport links = checkLinks(layout, options, extraction);
        List<Finding> findings = new ArrayList<>(lint);
        findings.addAll(links.findings());
        findings.addAll(new TraceChecker(settings, Map.of(), Map.of(), pomPath(layout)).check(extraction, trace));
        findings.addAll(ProofAnalyzer.unproven(proofs, settings));
        findings.addAll(results.warnings());
        findings.sort(null);
        writeReport(layout, "trace.json", out -> TraceJson.write(out, extraction, proofs, findings));
        List<String> modules = new ArrayList<>();
        for (ModuleRequirements m : extraction.modules()) {
            modules.add(m.module());
        }
        return new ReportData(modules, proofs, findings, lint.size(), links.findings().size(), scmUrl,
                results.reports(), specExempt == null ? Map.of() : specExempt);
    }

    /**
     * Maven does not pass the {@code <build>} configuration of a plugin to its {@code <reporting>} entry, so the
     * report would map specs to other modules than extract does. Parameters the report leaves unset are taken
     * from the build plugin's (already interpolated) configuration.
     */
    private void inheritBuildConfiguration() {
        org.apache.maven.model.Plugin build = project.getPlugin(DefaultBindings.PLUGIN_KEY);
        if (build == null || build.getConfiguration() == null) {
            return;
        }
        org.w3c.dom.Element config;
        try {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            config = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(
                    new java.io.StringReader(build.getConfiguration().toString()))).getDocumentElement();
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException | java.io.IOException e) {
            getLog().debug("Cannot read the build configuration of the plugin", e);
            return;
        }
        includes = includes != null ? includes : list(config, "includes");
        excludes = excludes != null ? excludes : list(config, "excludes");
        idPatterns = idPatterns != null ? idPatterns : list(config, "idPatterns");
        traceIncludes = traceIncludes != null ? traceIncludes : list(config, "traceIncludes");
        traceTestIncludes = traceTestIncludes != null ? traceTestIncludes : list(config, "traceTestIncludes");
        traceExcludes = traceExcludes != null ? traceExcludes : list(config, "traceExcludes");
        testReportDirectories = testReportDirectories != null ? testReportDirectories
                : list(config, "testReportDirectories");
        specExempt = specExempt != null ? specExempt : map(config, "specExempt");
        idPrefixes = idPrefixes != null ? idPrefixes : map(config, "idPrefixes");
        linkIncludes = linkIncludes != null ? linkIncludes : list(config, "linkIncludes");
        linkExcludes = linkExcludes != null ? linkExcludes : list(config, "linkExcludes");
        // Parameters with a default value: the build's value wins unless <reporting> changed the default.
        if ("requirements".equals(requirementsDirectory)) {
            requirementsDirectory = text(config, "requirementsDirectory", requirementsDirectory);
        }
        if ("COMPLIANCE.md".equals(complianceFile)) {
            complianceFile = text(config, "complianceFile", complianceFile);
        }
        underscoreIds |= "true".equals(text(config, "underscoreIds", null));
        strict |= "true".equals(text(config, "strict", null));
        String length = text(config, "maxLineLength", null);
        if (maxLineLength == 100 && length != null && length.matches("[0-9]+")) {
            maxLineLength = Integer.parseInt(length);
        }
        if (rules == null) {
            org.w3c.dom.Element r = child(config, "rules");
            if (r != null) {
                rules = new java.util.TreeMap<>();
                for (org.w3c.dom.Element e : children(r)) {
                    rules.put(e.getTagName(), e.getTextContent().strip());
                }
            }
        }
        if (mappings == null) {
            org.w3c.dom.Element m = child(config, "mappings");
            if (m != null) {
                mappings = new ArrayList<>();
                for (org.w3c.dom.Element e : children(m)) {
                    Mapping mapping = new Mapping();
                    org.w3c.dom.Element spec = child(e, "spec");
                    org.w3c.dom.Element module = child(e, "module");
                    mapping.setSpec(spec == null ? null : spec.getTextContent().strip());
                    mapping.setModule(module == null ? null : module.getTextContent().strip());
                    mappings.add(mapping);
                }
            }
        }
    }

    private static String text(org.w3c.dom.Element config, String name, String otherwise) {
        org.w3c.dom.Element e = child(config, name);
        return e == null ? otherwise : e.getTextContent().strip();
    }

    private static Map<String, String> map(org.w3c.dom.Element config, String name) {
        org.w3c.dom.Element e = child(config, name);
        if (e == null) {
            return null;
        }
        Map<String, String> out = new java.util.TreeMap<>();
        for (org.w3c.dom.Element item : children(e)) {
            out.put(item.getTagName(), item.getTextContent().strip());
        }
        return out;
    }

    private static List<String> list(org.w3c.dom.Element config, String name) {
        org.w3c.dom.Element e = child(config, name);
        if (e == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (org.w3c.dom.Element item : children(e)) {
            out.add(item.getTextContent().strip());
        }
        return out;
    }

    private static org.w3c.dom.Element child(org.w3c.dom.Element parent, String name) {
        for (org.w3c.dom.Element e : children(parent)) {
            if (e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent) {
        List<org.w3c.dom.Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e) {
                out.add(e);
            }
        }
        return out;
    }
}
