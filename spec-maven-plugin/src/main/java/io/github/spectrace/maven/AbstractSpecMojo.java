package io.github.spectrace.maven;

import io.github.spectrace.core.SpecException;
import io.github.spectrace.core.io.FileSync;
import io.github.spectrace.core.links.LinkRules;
import io.github.spectrace.core.lint.LintRules;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.RuleSettings;
import io.github.spectrace.core.model.Severity;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import io.github.spectrace.core.extract.ExtractOptions;
import io.github.spectrace.core.extract.ProjectLayout;
import io.github.spectrace.core.model.IdPatterns;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
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

    /** This plugin, for its version in SARIF output. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

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
        return RuleSettings.of(all, rules);
    }

    /**
     * Logs one line per finding at its severity's level and counts them.
     *
     * @param findings sorted findings
     * @return the number of errors and of warnings
     */
    protected int[] log(List<Finding> findings) {
        int[] counts = new int[2];
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                counts[0]++;
                getLog().error(f.format());
            } else {
                counts[1]++;
                getLog().warn(f.format());
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
        Path file = Path.of(project.getBuild().getDirectory()).resolve("spec").resolve(name).toAbsolutePath().normalize();
        Path base = file.startsWith(layout.root()) ? layout.root() : file.getParent();
        String rel = base.relativize(file).toString().replace(File.separatorChar, '/');
        FileSync.apply(base, Map.of(rel, content.getBytes(StandardCharsets.UTF_8)), List.of());
        return rel;
    }
}
