package io.github.spectrace.maven;

import io.github.spectrace.core.SpecException;
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

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping: spec.skip is true.");
            return;
        }
        MavenProject runner = aggregateProject();
        if (runner != null && !runner.getBasedir().equals(project.getBasedir())) {
            getLog().debug("Runs once per reactor, at " + runner.getArtifactId() + "; nothing to do here.");
            return;
        }
        try {
            executeSpec();
        } catch (SpecException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /**
     * Does the goal's work, once per reactor.
     *
     * @throws MojoExecutionException on broken configuration or I/O
     * @throws MojoFailureException on findings in the user's files
     */
    protected abstract void executeSpec() throws MojoExecutionException, MojoFailureException;

    /** The project the work runs in: the top-level project, or the first selected one if it is not selected. */
    private MavenProject aggregateProject() {
        List<MavenProject> projects = session.getProjects();
        MavenProject top = session.getTopLevelProject();
        if (top != null) {
            for (MavenProject p : projects) {
                if (p.getBasedir().equals(top.getBasedir())) {
                    return p;
                }
            }
        }
        return projects.isEmpty() ? null : projects.get(0);
    }

    /**
     * The top-level directory and every module of the reactor, including modules left out with {@code -pl},
     * so that the output does not depend on which modules were selected.
     *
     * @return the layout
     */
    protected ProjectLayout layout() {
        MavenProject top = session.getTopLevelProject();
        File rootDir = top != null ? top.getBasedir() : new File(session.getExecutionRootDirectory());
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
                includes == null || includes.isEmpty() ? ExtractOptions.DEFAULT_INCLUDES : includes,
                excludes == null ? List.of() : excludes,
                idPatterns == null || idPatterns.isEmpty() ? List.of(IdPatterns.DEFAULT) : idPatterns,
                maps,
                requirementsDirectory,
                complianceFile);
    }

    /**
     * The top-level project directory.
     *
     * @return the directory every reported path is relative to
     */
    protected Path root() {
        return layout().root();
    }
}
