package io.github.spectrace.maven;

import org.apache.maven.project.MavenProject;

/** Records that lint or check-links ran in this build, so that verify-drift does not run it again. */
final class GateMarks {

    private static final String KEY = "io.github.spectrace.gates.done.";

    private GateMarks() {
    }

    static void done(MavenProject project, String goal) {
        project.setContextValue(KEY + goal, Boolean.TRUE);
    }

    static boolean isDone(MavenProject project, String goal) {
        return Boolean.TRUE.equals(project.getContextValue(KEY + goal));
    }
}
