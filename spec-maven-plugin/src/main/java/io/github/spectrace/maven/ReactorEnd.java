package io.github.spectrace.maven;

import io.github.spectrace.core.api.SpecPipeline;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;

/**
 * The end of the reactor for {@code spec:verify-drift}: the gate's checks of test reports run once, in the
 * execution of the last project to reach the goal, after every module of the build has run its tests, whatever
 * the thread count. Each project's execution arrives here; the one that completes the set does the work, as
 * maven-deploy-plugin's {@code deployAtEnd} does. A project that skips the goal arrives too, so that one skip
 * never leaves the rest unjudged.
 *
 * <p>One instance per build, keyed by the execution request, which the per-thread copies of the session under
 * {@code -T} share.
 */
// SPEC-PLUGIN-2020
final class ReactorEnd {

    private static final Map<Object, ReactorEnd> BUILDS = new WeakHashMap<>();

    private final Set<String> expected;
    private final Set<String> arrived = new HashSet<>();
    private SpecPipeline run;

    private ReactorEnd(Set<String> expected) {
        this.expected = expected;
    }

    /**
     * The state of this build's gate.
     *
     * @param session the session, or a per-thread copy of it
     * @param goal the goal whose executions count
     * @param phase the phase of this execution
     * @return the shared state
     */
    static ReactorEnd of(MavenSession session, String goal, String phase) {
        synchronized (BUILDS) {
            return BUILDS.computeIfAbsent(session.getRequest(), k -> new ReactorEnd(withGoal(session.getProjects(),
                    goal, phase)));
        }
    }

    /**
     * The projects of the build whose POM runs the goal in this phase (an execution without a phase runs in the
     * goal's default phase, which is this one), so that an execution bound later never leaves the set open.
     */
    private static Set<String> withGoal(List<MavenProject> projects, String goal, String phase) {
        Set<String> out = new HashSet<>();
        for (MavenProject p : projects) {
            Plugin plugin = p.getPlugin(DefaultBindings.PLUGIN_KEY);
            if (plugin == null) {
                continue;
            }
            for (PluginExecution e : plugin.getExecutions()) {
                if (e.getGoals().contains(goal) && (e.getPhase() == null || e.getPhase().equals(phase))) {
                    out.add(p.getId());
                }
            }
        }
        return out;
    }

    /**
     * Whether the build has several projects that run the goal, so that its test-report checks must wait for the
     * last of them.
     *
     * @return true in a reactor
     */
    synchronized boolean split() {
        return expected.size() > 1;
    }

    /**
     * Keeps the run whose first half the top-level project did, for the project that completes the set.
     *
     * @param first the run
     */
    synchronized void started(SpecPipeline first) {
        run = first;
    }

    /**
     * Records that a project reached the goal.
     *
     * @param project the project
     * @return the run to complete when this project is the last of the build to arrive and the first half ran;
     *     otherwise null
     */
    synchronized SpecPipeline arrive(MavenProject project) {
        arrived.add(project.getId());
        if (run != null && arrived.containsAll(expected)) {
            SpecPipeline last = run;
            run = null;
            return last;
        }
        return null;
    }
}
