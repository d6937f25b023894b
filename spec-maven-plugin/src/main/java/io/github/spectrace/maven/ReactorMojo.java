package io.github.spectrace.maven;

import io.github.spectrace.core.model.SpecException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The one way a goal runs: once per reactor, at the top-level project, so that a multi-module build reports each
 * finding once and writes each file once; a user's mistake becomes a {@link MojoExecutionException} with the
 * message alone.
 */
public abstract class ReactorMojo extends AbstractMojo {

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

    // SPEC-PLUGIN-2001 once per reactor, SPEC-PLUGIN-2004 spec.skip, SPEC-PLUGIN-2011 exception kinds.
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        boolean here = MavenRepository.runsHere(session, project);
        if (skip) {
            if (here) {
                getLog().info("Skipping: spec.skip is true.");
            }
            skipped();
            return;
        }
        if (!here && !inEveryProject()) {
            getLog().debug("Runs once per reactor, at the top-level project; nothing to do here.");
            return;
        }
        try {
            executeSpec();
        } catch (SpecException e) {
            // The message is complete for the user; the cause only adds noise, so it goes to the debug log.
            getLog().debug(e);
            // A file name or a configured value can hold a line break: it must not start a forged log line.
            throw new MojoExecutionException(e.logMessage());
        }
    }

    /** Whether {@link #executeSpec} runs in every project, not only at the top-level one; false by default. */
    protected boolean inEveryProject() {
        return false;
    }

    /** Called instead of the work when {@code spec.skip} is set, in every project. */
    protected void skipped() {
    }

    /** The goal's work: MojoExecutionException on bad configuration or I/O, MojoFailureException on findings. */
    protected abstract void executeSpec() throws MojoExecutionException, MojoFailureException;
}
