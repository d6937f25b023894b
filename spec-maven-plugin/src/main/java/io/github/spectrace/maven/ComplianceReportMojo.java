package io.github.spectrace.maven;

import io.github.spectrace.core.SpecException;
import io.github.spectrace.core.extract.ExtractOptions;
import io.github.spectrace.core.extract.Extraction;
import io.github.spectrace.core.extract.ProjectLayout;
import io.github.spectrace.core.links.LinkReport;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.RuleSettings;
import io.github.spectrace.core.report.TraceJson;
import io.github.spectrace.core.results.ProofAnalyzer;
import io.github.spectrace.core.results.RequirementProof;
import io.github.spectrace.core.results.TestResults;
import io.github.spectrace.core.trace.Trace;
import io.github.spectrace.core.trace.TraceChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The "Spec Compliance" report for {@code mvn site} (under Project Reports), or standalone with
 * {@code mvn spec:report} (under {@code target/reports/}). It shows each requirement with the code and tests
 * that cite it and whether a citing test passed in this build, reading the Surefire and Failsafe reports of
 * every module. In a reactor the report is generated once, at the top-level project, and covers all modules;
 * module sites do not get a copy. It also writes {@code target/spec/trace.json}.
 *
 * <p>The report reads the same configuration as the other goals; declare it in {@code <reporting>} with the
 * same {@code <configuration>}, or keep the configuration in {@code <pluginManagement>}.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ComplianceReportMojo extends AbstractMavenReport {

    /** The build session. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** This plugin. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /**
     * Skips the report. See the other goals' {@code spec.skip}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The project's SCM web URL; spec links point at {@code <url>/blob/HEAD/<path>#<anchor>}. Without it, they
     * are relative paths.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.scm.url}")
    private String scmUrl;

    /** Spec globs; as for {@code spec:extract}. @since 0.1.0 */
    @Parameter
    private List<String> includes;

    /** Globs left out; as for {@code spec:extract}. @since 0.1.0 */
    @Parameter
    private List<String> excludes;

    /** ID patterns; as for {@code spec:extract}. @since 0.1.0 */
    @Parameter
    private List<String> idPatterns;

    /** Spec-to-module mappings; as for {@code spec:extract}. @since 0.1.0 */
    @Parameter
    private List<Mapping> mappings;

    /** Severity overrides by rule ID; as for the other goals. @since 0.1.0 */
    @Parameter
    private Map<String, String> rules;

    /** Extra code globs for the trace; as for {@code spec:verify-drift}. @since 0.1.0 */
    @Parameter
    private List<String> traceIncludes;

    /** Extra test globs for the trace; as for {@code spec:verify-drift}. @since 0.1.0 */
    @Parameter
    private List<String> traceTestIncludes;

    /** Globs left out of the trace; as for {@code spec:verify-drift}. @since 0.1.0 */
    @Parameter
    private List<String> traceExcludes;

    /** The underscore ID form; as for {@code spec:verify-drift}. @since 0.1.0 */
    @Parameter(property = "spec.trace.underscoreIds", defaultValue = "false")
    private boolean underscoreIds;

    /** Strict matching; as for {@code spec:verify-drift}. @since 0.1.0 */
    @Parameter(property = "spec.trace.strict", defaultValue = "false")
    private boolean strict;

    /** Test report directories relative to each module; default Surefire's and Failsafe's. @since 0.1.0 */
    @Parameter
    private List<String> testReportDirectories;

    // Taken from the build plugin's configuration only; see inheritBuildConfiguration().
    private Map<String, String> specExempt;
    private Map<String, String> idPrefixes;
    private List<String> linkIncludes;
    private List<String> linkExcludes;
    private String requirementsDirectory = "requirements";
    private String complianceFile = "COMPLIANCE.md";
    private int maxLineLength = 100;

    @Override
    public String getOutputPath() {
        return "spec-compliance";
    }

    // Still abstract in the maven-reporting-api 4 interface, although deprecated there for getOutputPath().
    @Override
    @Deprecated
    public String getOutputName() {
        return getOutputPath();
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
    public boolean canGenerateReport() {
        if (skip) {
            return false;
        }
        // Once per reactor: at the top-level project, which covers every module.
        return session.getTopLevelProject() == null
                || session.getTopLevelProject().getBasedir().equals(project.getBasedir());
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        ReportData data;
        try {
            data = collect();
        } catch (SpecException e) {
            getLog().debug(e);
            throw new MavenReportException(e.getMessage());
        }
        new ComplianceReportRenderer(getSink(), data).render();
    }

    private ReportData collect() {
        inheritBuildConfiguration();
        Support s = new Support();
        ProjectLayout layout = s.layout();
        ExtractOptions options = s.extractOptions();
        Extraction extraction = s.extract(layout, options);
        Trace trace = s.trace(layout, options, extraction);
        TestResults results = s.testResults(layout);
        if (results.reports() == 0 && !trace.references().isEmpty()) {
            getLog().warn("No test reports found (target/surefire-reports, target/failsafe-reports), so no"
                    + " requirement can show as proven. Run the tests first: 'mvn verify', then 'mvn site'.");
        }
        List<RequirementProof> proofs = ProofAnalyzer.analyze(layout.root(), extraction, trace, results);
        RuleSettings settings = s.ruleSettings();
        List<Finding> lint = s.lint(layout, options, extraction);
        LinkReport links = s.checkLinks(layout, options, extraction);
        List<Finding> findings = new ArrayList<>(lint);
        findings.addAll(links.findings());
        findings.addAll(new TraceChecker(settings, Map.of(), Map.of(), s.pomPath(layout)).check(extraction, trace));
        findings.addAll(ProofAnalyzer.unproven(proofs, settings));
        findings.addAll(results.warnings());
        findings.sort(null);
        s.writeReport(layout, "trace.json", TraceJson.render(extraction, proofs, findings));
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
        specExempt = map(config, "specExempt");
        idPrefixes = map(config, "idPrefixes");
        linkIncludes = list(config, "linkIncludes");
        linkExcludes = list(config, "linkExcludes");
        requirementsDirectory = text(config, "requirementsDirectory", requirementsDirectory);
        complianceFile = text(config, "complianceFile", complianceFile);
        String length = text(config, "maxLineLength", null);
        if (length != null && length.matches("[0-9]+")) {
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

    /** The shared goal logic, configured from this report's parameters. */
    private final class Support extends AbstractSpecMojo {
        Support() {
            this.project = ComplianceReportMojo.this.project;
            this.session = ComplianceReportMojo.this.session;
            this.plugin = ComplianceReportMojo.this.plugin;
            this.includes = ComplianceReportMojo.this.includes;
            this.excludes = ComplianceReportMojo.this.excludes;
            this.idPatterns = ComplianceReportMojo.this.idPatterns;
            this.mappings = ComplianceReportMojo.this.mappings;
            this.rules = ComplianceReportMojo.this.rules;
            this.traceIncludes = ComplianceReportMojo.this.traceIncludes;
            this.traceTestIncludes = ComplianceReportMojo.this.traceTestIncludes;
            this.traceExcludes = ComplianceReportMojo.this.traceExcludes;
            this.underscoreIds = ComplianceReportMojo.this.underscoreIds;
            this.strict = ComplianceReportMojo.this.strict;
            this.testReportDirectories = ComplianceReportMojo.this.testReportDirectories;
            this.specExempt = ComplianceReportMojo.this.specExempt;
            this.idPrefixes = ComplianceReportMojo.this.idPrefixes;
            this.linkIncludes = ComplianceReportMojo.this.linkIncludes;
            this.linkExcludes = ComplianceReportMojo.this.linkExcludes;
            this.requirementsDirectory = ComplianceReportMojo.this.requirementsDirectory;
            this.complianceFile = ComplianceReportMojo.this.complianceFile;
            this.maxLineLength = ComplianceReportMojo.this.maxLineLength;
            this.maxFileSize = io.github.spectrace.core.trace.TraceOptions.DEFAULT_MAX_FILE_SIZE;
            setLog(ComplianceReportMojo.this.getLog());
        }

        @Override
        protected void executeSpec() {
            throw new UnsupportedOperationException("not a goal");
        }
    }
}
