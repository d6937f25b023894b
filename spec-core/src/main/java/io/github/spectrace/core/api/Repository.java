package io.github.spectrace.core.api;


import io.github.spectrace.core.model.Ecosystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The repository a run reads: the top-level directory and its modules. Every path the run reports is relative to
 * the top-level directory, and nothing outside it is read.
 *
 * @param root the top-level project directory
 * @param configFile the file that holds the configuration, such as the top-level {@code pom.xml}; findings about
 *     the configuration are reported there
 * @param reportDirectory where the SARIF reports and {@code trace.json} go, such as {@code target/spec}
 * @param modules the modules, the top-level project included when it is one; sorted by base directory
 */
public record Repository(Path root, Path configFile, Path reportDirectory, List<Module> modules) {

    /** Normalises the paths and sorts the modules by base directory, so that input order never matters. */
    public Repository {
        root = abs(root, "root");
        configFile = abs(configFile, "configFile");
        reportDirectory = abs(reportDirectory, "reportDirectory");
        List<Module> sorted = new ArrayList<>(modules);
        sorted.sort(Comparator.comparing((Module m) -> m.baseDir().toString()).thenComparing(Module::name));
        modules = List.copyOf(sorted);
    }

    /**
     * The same repository in another checkout, such as the target branch of a pull request checked out with
     * {@code git worktree add ../base origin/main}: every path moves from this top-level directory to
     * {@code otherRoot}, keeping its place relative to it. A run over the result reads only inside
     * {@code otherRoot}, as a run over this repository reads only inside its own.
     *
     * @param otherRoot the other checkout's top-level directory
     * @return the repository there
     */
    public Repository relocated(Path otherRoot) {
        Path to = abs(otherRoot, "otherRoot");
        List<Module> moved = new ArrayList<>(modules.size());
        for (Module m : modules) {
            moved.add(new Module(m.name(), move(m.baseDir(), to), move(m.descriptor(), to), m.aggregator(),
                    moveAll(m.sourceRoots(), to), moveAll(m.testRoots(), to), move(m.buildDirectory(), to),
                    moveAll(m.testReportDirectories(), to), m.ecosystem(), m.testFiles()));
        }
        return new Repository(to, move(configFile, to), move(reportDirectory, to), moved);
    }

    private Path move(Path p, Path to) {
        return to.resolve(root.relativize(p)).normalize();
    }

    private List<Path> moveAll(List<Path> paths, Path to) {
        List<Path> out = new ArrayList<>(paths.size());
        paths.forEach(p -> out.add(move(p, to)));
        return out;
    }

    /**
     * One module: a Maven project, a Cargo crate, an npm package.
     *
     * @param name the module's name, which names its requirements file
     * @param baseDir its base directory
     * @param descriptor its build file, such as its {@code pom.xml}, where findings about the module are reported
     * @param aggregator true when the module only groups others and needs no spec of its own
     * @param sourceRoots directories of code and resources, whose citations count as code
     * @param testRoots directories of tests and test resources, whose citations count as tests
     * @param buildDirectory its build output directory, which is never read
     * @param testReportDirectories directories of JUnit XML reports ({@code TEST-*.xml})
     * @param ecosystem the build system it comes from
     * @param testFiles globs, relative to the base directory, of files under the source roots that are tests,
     *     such as {@code **}{@code /*_test.go}
     */
    public record Module(String name, Path baseDir, Path descriptor, boolean aggregator, List<Path> sourceRoots,
            List<Path> testRoots, Path buildDirectory, List<Path> testReportDirectories, Ecosystem ecosystem,
            List<String> testFiles) {

        /**
         * A Maven module, whose tests are in its test roots.
         *
         * @param name the artifactId
         * @param baseDir its base directory
         * @param descriptor its {@code pom.xml}
         * @param aggregator true for packaging {@code pom}
         * @param sourceRoots directories of code and resources
         * @param testRoots directories of tests and test resources
         * @param buildDirectory its build output directory
         * @param testReportDirectories directories of JUnit XML reports
         */
        public Module(String name, Path baseDir, Path descriptor, boolean aggregator, List<Path> sourceRoots,
                List<Path> testRoots, Path buildDirectory, List<Path> testReportDirectories) {
            this(name, baseDir, descriptor, aggregator, sourceRoots, testRoots, buildDirectory, testReportDirectories,
                    Ecosystem.MAVEN, List.of());
        }

        /** Normalises the paths and copies the lists. */
        public Module {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(ecosystem, "ecosystem");
            testFiles = List.copyOf(testFiles);
            baseDir = abs(baseDir, "baseDir");
            descriptor = abs(descriptor, "descriptor");
            buildDirectory = abs(buildDirectory, "buildDirectory");
            sourceRoots = absAll(sourceRoots);
            testRoots = absAll(testRoots);
            testReportDirectories = absAll(testReportDirectories);
        }
    }

    private static Path abs(Path p, String what) {
        return Objects.requireNonNull(p, what).toAbsolutePath().normalize();
    }

    private static List<Path> absAll(List<Path> paths) {
        List<Path> out = new ArrayList<>(paths.size());
        for (Path p : paths) {
            out.add(abs(p, "path"));
        }
        return List.copyOf(out);
    }
}
