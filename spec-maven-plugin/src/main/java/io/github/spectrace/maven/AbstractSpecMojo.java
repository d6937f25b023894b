package io.github.spectrace.maven;

import io.github.spectrace.core.internal.extract.ExtractOptions;
import io.github.spectrace.core.internal.extract.Extraction;
import io.github.spectrace.core.internal.extract.Extractor;
import io.github.spectrace.core.internal.extract.ProjectLayout;
import io.github.spectrace.core.internal.files.FileSync;
import io.github.spectrace.core.internal.files.SpecFiles;
import io.github.spectrace.core.internal.links.LinkChecker;
import io.github.spectrace.core.internal.links.LinkReport;
import io.github.spectrace.core.internal.lint.LintOptions;
import io.github.spectrace.core.internal.lint.Linter;
import io.github.spectrace.core.internal.markdown.SpecDocument;
import io.github.spectrace.core.internal.markdown.SpecParser;
import io.github.spectrace.core.internal.results.ProofAnalyzer;
import io.github.spectrace.core.internal.results.TestResults;
import io.github.spectrace.core.internal.rules.RuleSettings;
import io.github.spectrace.core.internal.text.IdPatterns;
import io.github.spectrace.core.internal.trace.SourceRoot;
import io.github.spectrace.core.internal.trace.Trace;
import io.github.spectrace.core.internal.trace.TraceOptions;
import io.github.spectrace.core.internal.trace.Tracer;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Requirement;
import io.github.spectrace.core.model.RequirementProof;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.Severity;
import io.github.spectrace.core.model.SpecException;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Shared configuration of all goals. The work runs once per reactor, at the top-level project, so that a
 * multi-module build reports each finding once and writes each file once.
 */
public abstract class AbstractSpecMojo extends AbstractMojo {

    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The build session, which knows the reactor. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /**
     * Skips every goal of this plugin.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * Globs of spec files, relative to the top-level project directory and to each module's base directory.
     * Default: {@code .specs/*.md} and {@code SPEC/SPEC.md}. {@code **} crosses directories.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<String> includes;

    /**
     * Globs of files to leave out, relative to the same directories as {@code includes}, for example
     * {@code .specs/proposals/**}. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<String> excludes;

    /**
     * Java regular expressions, each matching one whole requirement ID. Default: one pattern,
     * {@code [A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-[0-9]{3,5}}, which matches {@code OC-CORE-1001} and
     * {@code ORCH-3001}. Do not anchor them with {@code ^} or {@code $}.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<String> idPatterns;

    /**
     * Explicit spec-to-module mappings, checked before the name rules. Each {@code <mapping>} has a
     * {@code <spec>} (file name or repository-relative path) and a {@code <module>} (artifactId or directory
     * name of a reactor module). Default: none.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<Mapping> mappings;

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
     * Skips {@code spec:lint}, and the lint part of {@code spec:verify-drift}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.lint.skip", defaultValue = "false")
    protected boolean skipLint;

    /**
     * Skips {@code spec:check-links}, and the link part of {@code spec:verify-drift}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.checkLinks.skip", defaultValue = "false")
    protected boolean skipLinks;

    /**
     * Fails the build on warnings as well as on errors.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.failOnWarning", defaultValue = "false")
    protected boolean failOnWarning;

    /**
     * Severity overrides by rule ID: {@code error}, {@code warning} or {@code off}, for example
     * {@code <rules><SPEC-LINE-LENGTH>off</SPEC-LINE-LENGTH></rules>}. Rules not listed keep their default.
     * Unknown rule IDs fail the build.
     *
     * @since 0.1.0
     */
    @Parameter
    protected Map<String, String> rules;

    /**
     * The {@code SPEC-LINE-LENGTH} limit, in Unicode code points.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.lint.maxLineLength", defaultValue = "100")
    protected int maxLineLength;

    /**
     * Modules that need no spec, by artifactId, each with the reason, for example
     * {@code <specExempt><api-types>Types are generated from OpenAPI.</api-types></specExempt>}. Only used by
     * {@code SPEC-MODULE-WITHOUT-SPEC}, which is off by default.
     *
     * @since 0.1.0
     */
    @Parameter
    protected Map<String, String> specExempt;

    /**
     * The prefix every ID of a module must have, by module name, for example
     * {@code <idPrefixes><orchestrator-core>OC-CORE-</orchestrator-core></idPrefixes>}. Only used by
     * {@code SPEC-ID-PREFIX}, which is off by default.
     *
     * @since 0.1.0
     */
    @Parameter
    protected Map<String, String> idPrefixes;

    /**
     * Globs, relative to the top-level project directory, of the Markdown files whose links
     * {@code check-links} checks instead of the spec files, for example {@code **}{@code /*.md}. Default: the
     * spec files. {@code target/}, {@code .git/} and {@code node_modules/} are never searched.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<String> linkIncludes;

    /**
     * Globs of files to leave out of {@code linkIncludes}, for example {@code docs/archive/**}.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<String> linkExcludes;

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
    @Parameter
    protected List<String> traceIncludes;

    /**
     * Globs of files to leave out of {@code traceIncludes} and {@code traceTestIncludes}.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<String> traceExcludes;

    /**
     * Globs, relative to the top-level project directory, of more files to scan for citations as tests, for
     * example integration-test scripts such as {@code src/it/**}{@code /verify.groovy} that live outside every
     * test source root.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<String> traceTestIncludes;

    /**
     * Directories of Surefire and Failsafe {@code TEST-*.xml} reports, relative to each module's base
     * directory. Used by {@code spec:report} and by the {@code TRACE-UNPROVEN} rule of {@code spec:verify-drift}.
     * Default: {@code target/surefire-reports} and {@code target/failsafe-reports}.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<String> testReportDirectories;

    /** This plugin, for its version in SARIF output. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    // SPEC-PLUGIN-2001 once per reactor, SPEC-PLUGIN-2004 spec.skip, SPEC-PLUGIN-2011 exception kinds.
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        MavenProject runner = aggregateProject();
        if (runner != null && !samePath(runner.getBasedir(), project.getBasedir())) {
            getLog().debug("Runs once per reactor, at " + runner.getArtifactId() + "; nothing to do here.");
            return;
        }
        if (skip) {
            getLog().info("Skipping: spec.skip is true.");
            return;
        }
        try {
            executeSpec();
        } catch (SpecException e) {
            // The message is complete for the user; the cause only adds noise, so it goes to the debug log.
            getLog().debug(e);
            throw new MojoExecutionException(e.getMessage());
        }
    }

    /**
     * Does the goal's work, once per reactor.
     *
     * @throws MojoExecutionException on broken configuration or I/O
     * @throws MojoFailureException on findings in the user's files
     */
    protected abstract void executeSpec() throws MojoExecutionException, MojoFailureException;

    /**
     * The project the work runs in: the one in the directory Maven was started from (the top-level project),
     * or, when {@code -pl} leaves it out, the first selected project.
     */
    private MavenProject aggregateProject() {
        List<MavenProject> projects = session.getProjects();
        File rootDir = rootDirectory();
        for (MavenProject p : projects) {
            if (samePath(p.getBasedir(), rootDir)) {
                return p;
            }
        }
        return projects.isEmpty() ? null : projects.get(0);
    }

    private static boolean samePath(File a, File b) {
        return a.toPath().toAbsolutePath().normalize().equals(b.toPath().toAbsolutePath().normalize());
    }

    /** The directory Maven was started in, or given with {@code -f}; every reported path is relative to it. */
    // SPEC-PLUGIN-2002: the execution root, not the first selected project.
    private File rootDirectory() {
        String dir = session.getExecutionRootDirectory();
        return dir != null ? new File(dir).getAbsoluteFile() : session.getTopLevelProject().getBasedir();
    }

    /**
     * The top-level directory and every module of the reactor, including modules left out with {@code -pl},
     * so that the output does not depend on which modules were selected.
     *
     * @return the layout
     */
    protected ProjectLayout layout() {
        File rootDir = rootDirectory();
        List<MavenProject> all = session.getAllProjects() != null ? session.getAllProjects() : session.getProjects();
        List<ProjectLayout.Module> modules = new ArrayList<>();
        for (MavenProject p : all) {
            modules.add(new ProjectLayout.Module(p.getArtifactId(), p.getBasedir().toPath()));
        }
        return new ProjectLayout(rootDir.toPath(), modules);
    }

    /**
     * The extraction options from this goal's configuration.
     *
     * @return the options
     */
    protected ExtractOptions extractOptions() {
        List<ExtractOptions.Mapping> maps = new ArrayList<>();
        if (mappings != null) {
            for (Mapping m : mappings) {
                maps.add(new ExtractOptions.Mapping(m.getSpec(), m.getModule()));
            }
        }
        return new ExtractOptions(
                includes == null || includes.isEmpty() ? ExtractOptions.DEFAULT_INCLUDES : entries(includes),
                excludes == null ? List.of() : entries(excludes),
                idPatterns == null || idPatterns.isEmpty() ? List.of(IdPatterns.DEFAULT) : entries(idPatterns),
                maps,
                requirementsDirectory,
                complianceFile);
    }

    /**
     * A configured list with empty elements ({@code <include/>}) kept as empty strings, so that the core can
     * name them in its message instead of failing on null.
     *
     * @param configured the list from the POM
     * @return the list without nulls
     */
    protected static List<String> entries(List<String> configured) {
        List<String> out = new ArrayList<>(configured.size());
        for (String s : configured) {
            out.add(s == null ? "" : s);
        }
        return out;
    }

    /**
     * The effective severities of every rule of this plugin, after {@code <rules>}.
     *
     * @return the settings
     */
    protected RuleSettings ruleSettings() {
        List<Rule> all = new ArrayList<>(LintRules.ALL);
        all.addAll(LinkRules.ALL);
        all.addAll(TraceRules.ALL);
        all.addAll(DriftRules.ALL);
        all.addAll(ResultsRules.ALL);
        return RuleSettings.of(all, rules);
    }

    /**
     * Logs one line per finding at its severity's level and counts them.
     *
     * @param findings sorted findings
     * @return the number of errors and of warnings
     */
    // SPEC-PLUGIN-2010
    protected int[] log(List<Finding> findings) {
        int[] counts = new int[2];
        for (Finding f : findings) {
            boolean error = f.severity() == Severity.ERROR;
            counts[error ? 0 : 1]++;
            // A drift finding carries its diff on further lines; each gets the level's prefix, so that log
            // filters and CI annotations keep the diff with its finding.
            for (String line : f.format().split("\n", -1)) {
                if (error) {
                    getLog().error(line);
                } else {
                    getLog().warn(line);
                }
            }
        }
        return counts;
    }

    /**
     * The summary line, for example {@code 2 errors, 1 warning in 14 files}.
     *
     * @param counts errors and warnings
     * @param files the number of files checked
     * @return the line
     */
    protected static String summary(int[] counts, int files) {
        return plural(counts[0], "error") + ", " + plural(counts[1], "warning") + " in " + plural(files, "file");
    }

    /**
     * Fails the build when there are errors, or warnings and {@code failOnWarning} is set.
     *
     * @param counts errors and warnings
     * @param goal the goal name for the message
     * @param fix what to do about it
     * @throws MojoFailureException when the build must fail
     */
    protected void failIfNeeded(int[] counts, String goal, String fix) throws MojoFailureException {
        if (counts[0] > 0 || failOnWarning && counts[1] > 0) {
            throw new MojoFailureException("spec:" + goal + " found " + plural(counts[0], "error") + " and "
                    + plural(counts[1], "warning") + (counts[0] == 0 ? " (spec.failOnWarning is true)" : "")
                    + ". " + fix);
        }
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /**
     * Writes a report file under the top-level project's build directory, atomically and only if it changed.
     *
     * @param layout the layout
     * @param name the file name under {@code target/spec/}
     * @param content the content
     * @return the repository-relative path written
     */
    protected String writeReport(ProjectLayout layout, String name, String content) {
        return writeReport(layout, name, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Streams a report file under the top-level project's build directory, atomically and only if it changed.
     *
     * @param layout the layout
     * @param name the file name under {@code target/spec/}
     * @param content the content
     * @return the repository-relative path written
     */
    protected String writeReport(ProjectLayout layout, String name, FileSync.Content content) {
        Path file = Path.of(project.getBuild().getDirectory()).resolve("spec").resolve(name).toAbsolutePath().normalize();
        Path base = file.startsWith(layout.root()) ? layout.root() : file.getParent();
        String rel = base.relativize(file).toString().replace(File.separatorChar, '/');
        FileSync.write(base, rel, content);
        return rel;
    }
    /** Context key under which lint and check-links record that they ran in this build. */
    static final String GATES_DONE = "io.github.spectrace.gates.done";

    /**
     * Every module's reactor projects, including those left out with {@code -pl}.
     *
     * @return the projects
     */
    protected List<MavenProject> allProjects() {
        return session.getAllProjects() != null ? session.getAllProjects() : session.getProjects();
    }

    /**
     * Lints the specs.
     *
     * @param layout the layout
     * @param options the extraction options, for the ID patterns
     * @param extraction the parsed specs
     * @return the findings, sorted
     */
    protected List<Finding> lint(ProjectLayout layout, ExtractOptions options, Extraction extraction) {
        List<LintOptions.ModuleRef> modules = new ArrayList<>();
        for (MavenProject p : allProjects()) {
            if (!"pom".equals(p.getPackaging())) {
                modules.add(new LintOptions.ModuleRef(p.getArtifactId(), relative(layout, p.getFile())));
            }
        }
        modules.sort((a, b) -> a.pom().compareTo(b.pom()));
        if (maxLineLength < 1) {
            throw new SpecException("<maxLineLength> is " + maxLineLength + ". Give a positive number of characters,"
                    + " such as 100, or turn the rule off with <rules><SPEC-LINE-LENGTH>off</SPEC-LINE-LENGTH></rules>.");
        }
        LintOptions lintOptions = new LintOptions(ruleSettings(), maxLineLength, options.idPatterns(), modules,
                specExempt == null ? Map.of() : specExempt, idPrefixes == null ? Map.of() : idPrefixes);
        return new Linter(layout.root(), lintOptions).lint(extraction);
    }

    /**
     * Checks the links of the specs, or of the files named by {@code linkIncludes}.
     *
     * @param layout the layout
     * @param options the extraction options
     * @param extraction the parsed specs
     * @return the report
     */
    protected LinkReport checkLinks(ProjectLayout layout, ExtractOptions options, Extraction extraction) {
        SpecParser parser = new SpecParser(IdPatterns.compile(options.idPatterns()));
        List<SpecDocument> documents;
        if (linkIncludes == null || linkIncludes.isEmpty()) {
            documents = extraction.documents();
        } else {
            documents = new ArrayList<>();
            for (String path : MarkdownFiles.find(layout.root(), entries(linkIncludes),
                    linkExcludes == null ? List.of() : entries(linkExcludes), "linkIncludes", "linkExcludes")) {
                documents.add(parser.parse(path, SpecFiles.readUtf8(layout.root().resolve(path), path)));
            }
        }
        return new LinkChecker(layout.root(), parser, ruleSettings()).check(documents);
    }

    /**
     * Reads and parses the specs.
     *
     * @param layout the layout
     * @param options the options
     * @return the model
     */
    protected Extraction extract(ProjectLayout layout, ExtractOptions options) {
        return new Extractor(layout, options).run();
    }

    /**
     * Finds the citations of requirement IDs in every module's sources, tests and resources.
     *
     * @param layout the layout
     * @param options the extraction options, for patterns and the generated files' paths
     * @param extraction the requirements
     * @return the trace
     */
    protected Trace trace(ProjectLayout layout, ExtractOptions options, Extraction extraction) {
        List<SourceRoot> roots = new ArrayList<>();
        List<Path> excludedDirs = new ArrayList<>();
        for (MavenProject p : allProjects()) {
            for (String dir : p.getCompileSourceRoots()) {
                roots.add(new SourceRoot(Path.of(dir), false));
            }
            for (Resource r : p.getResources()) {
                roots.add(new SourceRoot(Path.of(r.getDirectory()), false));
            }
            for (String dir : p.getTestCompileSourceRoots()) {
                roots.add(new SourceRoot(Path.of(dir), true));
            }
            for (Resource r : p.getTestResources()) {
                roots.add(new SourceRoot(Path.of(r.getDirectory()), true));
            }
            // Generated sources live here; scanning them would make the result depend on the phase.
            excludedDirs.add(Path.of(p.getBuild().getDirectory()));
        }
        List<Path> excludedFiles = new ArrayList<>();
        for (SpecDocument d : extraction.documents()) {
            excludedFiles.add(layout.root().resolve(d.path()));
        }
        excludedFiles.add(layout.root().resolve(options.complianceFile()));
        for (ModuleRequirements m : extraction.modules()) {
            excludedFiles.add(layout.root().resolve(options.requirementsDirectory()).resolve(m.module() + ".yaml"));
        }
        Set<String> defined = new HashSet<>();
        for (ModuleRequirements m : extraction.modules()) {
            for (Requirement r : m.requirements()) {
                defined.add(r.id());
            }
        }
        TraceOptions traceOptions = new TraceOptions(underscoreIds, strict, maxFileSize,
                traceIncludes == null ? List.of() : entries(traceIncludes),
                traceExcludes == null ? List.of() : entries(traceExcludes),
                traceTestIncludes == null ? List.of() : entries(traceTestIncludes));
        return new Tracer(layout.root(), IdPatterns.compile(options.idPatterns()), traceOptions)
                .scan(roots, excludedDirs, excludedFiles, defined);
    }

    /**
     * Reads the test reports of every module.
     *
     * @param layout the layout
     * @return the results; malformed report files become warnings in it
     */
    protected TestResults testResults(ProjectLayout layout) {
        List<String> dirs = testReportDirectories == null || testReportDirectories.isEmpty()
                ? List.of("target/surefire-reports", "target/failsafe-reports") : entries(testReportDirectories);
        List<Path> paths = new ArrayList<>();
        for (MavenProject p : allProjects()) {
            for (String d : dirs) {
                paths.add(p.getBasedir().toPath().resolve(d));
            }
        }
        return TestResults.read(layout.root(), paths);
    }

    /**
     * Each requirement with its citations, mapped test results and status.
     *
     * @param layout the layout
     * @param extraction the requirements
     * @param trace the citations
     * @param results the test results
     * @return the proofs, sorted
     */
    protected List<RequirementProof> proofs(ProjectLayout layout, Extraction extraction, Trace trace,
            TestResults results) {
        return ProofAnalyzer.analyze(layout.root(), extraction, trace, results);
    }

    /**
     * Marks that lint or check-links ran in this build, so that verify-drift does not run it again.
     *
     * @param goal {@code lint} or {@code check-links}
     */
    protected void markGateDone(String goal) {
        project.setContextValue(GATES_DONE + "." + goal, Boolean.TRUE);
    }

    /**
     * Whether a goal already ran for this reactor in this build.
     *
     * @param goal {@code lint} or {@code check-links}
     * @return true if it did
     */
    protected boolean gateDone(String goal) {
        return Boolean.TRUE.equals(project.getContextValue(GATES_DONE + "." + goal));
    }

    /**
     * The repository-relative path of the POM of the project the work runs in, where findings about the
     * configuration are reported.
     *
     * @param layout the layout
     * @return for example {@code pom.xml}
     */
    protected String pomPath(ProjectLayout layout) {
        return project.getFile() == null ? "pom.xml" : relative(layout, project.getFile());
    }

    private static String relative(ProjectLayout layout, File file) {
        Path p = file.toPath().toAbsolutePath().normalize();
        return (p.startsWith(layout.root()) ? layout.root().relativize(p) : p).toString()
                .replace(File.separatorChar, '/');
    }
}
