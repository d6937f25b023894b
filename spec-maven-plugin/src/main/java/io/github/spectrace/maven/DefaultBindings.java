package io.github.spectrace.maven;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.AbstractMavenLifecycleParticipant;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;

/**
 * Binds the gate goals to their default phases when the plugin is declared with
 * {@code <extensions>true</extensions>} and no {@code <executions>} name them, so that declaring the plugin is
 * enough for {@code mvn validate} to lint the specs and check their links, and for {@code mvn verify} to fail on
 * drift. Goals that the user already binds
 * in an execution are left alone.
 */
// SPEC-PLUGIN-2003
@Named("spec-maven-plugin")
@Singleton
public class DefaultBindings extends AbstractMavenLifecycleParticipant {

    static final String PLUGIN_KEY = "io.github.spectrace:spec-maven-plugin";
    static final String EXECUTION_ID = "spec-default";
    static final List<String[]> GOALS = List.of(new String[] {"lint", "validate"},
            new String[] {"check-links", "validate"}, new String[] {"verify-drift", "verify"});

    @Override
    public void afterProjectsRead(MavenSession session) {
        for (MavenProject project : session.getProjects()) {
            Plugin plugin = project.getPlugin(PLUGIN_KEY);
            if (plugin != null) {
                bind(plugin);
            }
        }
    }

    static void bind(Plugin plugin) {
        Set<String> bound = new HashSet<>();
        for (PluginExecution e : plugin.getExecutions()) {
            if (e.getId().equals(EXECUTION_ID)) {
                return;
            }
            bound.addAll(e.getGoals());
        }
        List<PluginExecution> added = new ArrayList<>();
        for (String[] goal : GOALS) {
            if (!bound.contains(goal[0])) {
                PluginExecution e = new PluginExecution();
                e.setId(goal[0].equals("lint") ? EXECUTION_ID : EXECUTION_ID + "-" + goal[0]);
                e.setPhase(goal[1]);
                e.addGoal(goal[0]);
                // The model builder has already copied plugin-level configuration into the declared executions;
                // an execution added now must carry it itself.
                e.setConfiguration(plugin.getConfiguration());
                added.add(e);
            }
        }
        added.forEach(plugin::addExecution);
    }
}
