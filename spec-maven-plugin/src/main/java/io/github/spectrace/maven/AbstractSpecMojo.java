package io.github.spectrace.maven;

import io.github.spectrace.core.api.Repository;
import io.github.spectrace.core.api.SpecConfig;
import io.github.spectrace.core.api.SpecPipeline;
import io.github.spectrace.core.model.SpecException;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The configuration every goal reads, and the one way a goal runs: once per reactor, at the top-level project,
 * so that a multi-module build reports each finding once and writes each file once.
 */
public abstract class AbstractSpecMojo extends AbstractMojo {

    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;
    /** The build session, which knows the reactor. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;
    /** This plugin, for its version in SARIF output. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    /**
     * Skips every goal of this plugin.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * Globs of spec files, relative to the top-level project directory and to each module's base directory.
     * Default: {@code .specs/*.md}, {@code SPEC/SPEC.md} and {@code SPEC.md}. {@code **} crosses directories.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.includes")
    protected List<String> includes;

    /**
     * Globs of spec files to leave out, relative to the same directories as {@code includes}, for example
     * {@code .specs/proposals/**}. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.excludes")
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
     * First segments of tokens that name standards, never requirement IDs ({@code RFC} in {@code RFC-2119}).
     * Default: the list in the spec format page; an empty list keeps it, as Maven cannot tell it from none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.standardPrefixes")
    protected List<String> standardPrefixes;

    /**
     * Explicit spec-to-module mappings, checked before the name rules. Each {@code <mapping>} has a
     * {@code <spec>} (file name or repository-relative path) and a {@code <module>} (any module's name or
     * directory name, or a new name for a module of specs only). Default: none.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<Mapping> mappings;

    /**
     * Whether Cargo, npm, Go and Python packages, found from their manifests and workspaces, are modules
     * besides the reactor's projects. Default: {@code true}; {@code false} keeps only the reactor's projects.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.detectModules", defaultValue = "true")
    protected boolean detectModules;

    /**
     * Severity overrides by rule ID: {@code error}, {@code warning} or {@code off}, for example
     * {@code <rules><SPEC-LINE-LENGTH>off</SPEC-LINE-LENGTH></rules>}. Rules not listed keep their default.
     * Unknown rule IDs fail the build.
     *
     * @since 0.1.0
     */
    @Parameter
    protected Map<String, String> rules;

    // SPEC-PLUGIN-2001 once per reactor, SPEC-PLUGIN-2004 spec.skip, SPEC-PLUGIN-2011 exception kinds.
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (!MavenRepository.runsHere(session, project)) {
            getLog().debug("Runs once per reactor, at the top-level project; nothing to do here.");
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

    /** The goal's work: MojoExecutionException on bad configuration or I/O, MojoFailureException on findings. */
    protected abstract void executeSpec() throws MojoExecutionException, MojoFailureException;

    /** Adds this goal's parameters to the configuration; subclasses add theirs after calling this. */
    protected void configure(SpecConfig.Builder config) {
        config.includes(includes).excludes(excludes).idPatterns(idPatterns).standardPrefixes(
                standardPrefixes == null || standardPrefixes.isEmpty() ? null : standardPrefixes)
                .mappings(Mapping.toMap(mappings)).rules(rules).detectModules(detectModules);
    }

    /**
     * Validates the configuration, before any file is read, and prepares the run.
     *
     * @return the run, or a SpecException naming every invalid parameter
     */
    protected SpecPipeline pipeline() {
        return MavenRepository.open(repository(), plugin.getVersion(), this::configure, getLog());
    }

    /** The reactor as a repository description; goals that read test reports add their directories. */
    protected Repository repository() {
        return MavenRepository.of(session, project, null);
    }
}
