package io.github.spectrace.maven;

import org.apache.maven.project.MavenProject;

/**
 * Records that lint, check-links or diff ran in this build: verify-drift then does not run lint or check-links again,
 * merges their SARIF reports and appends diff's report to its job summary.
 */
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

    /** The SARIF reports that lint and check-links wrote in this build, in the order of the goals. */
    static java.util.List<String> sarifOfThisBuild(MavenProject project) {
        java.util.List<String> reports = new java.util.ArrayList<>();
        if (isDone(project, "lint")) {
            reports.add("lint.sarif");
        }
        if (isDone(project, "check-links")) {
            reports.add("links.sarif");
        }
        return reports;
    }
}
