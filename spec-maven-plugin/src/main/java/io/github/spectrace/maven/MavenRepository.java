package io.github.spectrace.maven;

import io.github.spectrace.core.model.OptionStyle;
import io.github.spectrace.core.api.Repository;
import io.github.spectrace.core.api.SpecConfig;
import io.github.spectrace.core.api.SpecPipeline;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/** The one translation from Maven's reactor to the core's {@link Repository}, as JaCoCo's ReportSupport is. */
final class MavenRepository {

    /** Options as POM elements: {@code <maxLineLength>} and {@code <rules><X>off</X></rules>}. */
    static final OptionStyle POM_STYLE = new OptionStyle() {
        @Override
        public String name(String option) {
            return "<" + option + ">";
        }

        @Override
        public String entry(String option, String key, String value) {
            return "<" + option + "><" + key + ">" + value + "</" + key + "></" + option + ">";
        }
    };

    private MavenRepository() {
    }

    /**
     * Validates a goal's configuration and prepares its run, with the phase timings in the debug log, then logs
     * the modules.
     */
    static SpecPipeline open(Repository repository, String version, Consumer<SpecConfig.Builder> configure, Log log) {
        SpecConfig.Builder config = SpecConfig.builder().style(POM_STYLE).tool("spec-maven-plugin", version);
        configure.accept(config);
        SpecPipeline run = SpecPipeline.open(repository, config.build(),
                (phase, nanos) -> log.debug(phase + ": " + nanos / 1_000_000 + " ms"));
        FindingsLog.modules(log, run);
        return run;
    }

    /**
     * Whether the reactor's work runs at this project: the one in the directory Maven was started from (the
     * top-level project), or, when {@code -pl} leaves it out, the first selected project.
     */
    static boolean runsHere(MavenSession session, MavenProject project) {
        List<MavenProject> projects = session.getProjects();
        Path root = root(session);
        for (MavenProject p : projects) {
            if (path(p.getBasedir()).equals(root)) {
                return path(p.getBasedir()).equals(path(project.getBasedir()));
            }
        }
        return projects.isEmpty() || path(projects.get(0).getBasedir()).equals(path(project.getBasedir()));
    }

    /**
     * Every module of the reactor, including modules left out with {@code -pl}, so that the output does not depend
     * on which modules were selected.
     *
     * @param session the session
     * @param project the project the work runs at, whose POM holds the configuration and whose build directory
     *     gets {@code spec/}
     * @param testReportDirectories report directories relative to each module, or null for Surefire's and
     *     Failsafe's defaults under the module's build directory
     */
    static Repository of(MavenSession session, MavenProject project, List<String> testReportDirectories) {
        return of(session, project, testReportDirectories, false);
    }

    /**
     * Every module of the reactor, as {@link #of(MavenSession, MavenProject, List)} describes it.
     *
     * @param builtOnly read the test reports of the modules of this build only, for the gate at the reactor's end:
     *     a module left out with {@code -pl} or {@code -rf} ran no test, and its old reports are not judged
     */
    static Repository of(MavenSession session, MavenProject project, List<String> testReportDirectories,
            boolean builtOnly) {
        Path root = root(session);
        List<MavenProject> all = session.getAllProjects() != null ? session.getAllProjects() : session.getProjects();
        java.util.Set<String> built = new java.util.HashSet<>();
        session.getProjects().forEach(p -> built.add(p.getId()));
        List<Repository.Module> modules = new ArrayList<>();
        for (MavenProject p : all) {
            List<Path> sources = new ArrayList<>();
            p.getCompileSourceRoots().forEach(d -> sources.add(Path.of(d)));
            p.getResources().forEach(r -> sources.add(dir(r)));
            List<Path> tests = new ArrayList<>();
            p.getTestCompileSourceRoots().forEach(d -> tests.add(Path.of(d)));
            p.getTestResources().forEach(r -> tests.add(dir(r)));
            Path build = Path.of(p.getBuild().getDirectory());
            List<Path> reports = new ArrayList<>();
            if (builtOnly && !built.contains(p.getId())) {
                reports.clear();
            } else if (testReportDirectories == null || testReportDirectories.isEmpty()) {
                reports.add(build.resolve("surefire-reports"));
                reports.add(build.resolve("failsafe-reports"));
            } else {
                testReportDirectories.forEach(d -> reports.add(path(p.getBasedir()).resolve(d == null ? "" : d)));
            }
            Path pom = p.getFile() != null ? p.getFile().toPath() : path(p.getBasedir()).resolve("pom.xml");
            modules.add(new Repository.Module(p.getArtifactId(), path(p.getBasedir()), pom,
                    "pom".equals(p.getPackaging()), sources, tests, build, reports));
        }
        Path pom = project.getFile() != null ? project.getFile().toPath() : root.resolve("pom.xml");
        return new Repository(root, pom, Path.of(project.getBuild().getDirectory(), "spec"), modules);
    }

    /** The directory Maven was started in, or given with {@code -f}; every reported path is relative to it. */
    // SPEC-PLUGIN-2002: the execution root, not the first selected project.
    private static Path root(MavenSession session) {
        String dir = session.getExecutionRootDirectory();
        return dir != null ? path(new File(dir)) : path(session.getTopLevelProject().getBasedir());
    }

    private static Path dir(Resource r) {
        return Path.of(r.getDirectory());
    }

    private static Path path(File f) {
        return f.toPath().toAbsolutePath().normalize();
    }
}
