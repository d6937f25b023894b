package io.github.spectrace.core.internal.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The top-level project directory and the reactor's modules, the top-level project itself included.
 *
 * @param root the top-level project directory; every path in the output is relative to it
 * @param modules the reactor modules, each with its base directory
 */
public record ProjectLayout(Path root, List<Module> modules) {

    /** Normalises the paths and sorts the modules by base directory, so input order never matters. */
    public ProjectLayout {
        root = root.toAbsolutePath().normalize();
        List<Module> sorted = new ArrayList<>();
        for (Module m : modules) {
            sorted.add(new Module(m.artifactId(), m.baseDir().toAbsolutePath().normalize()));
        }
        sorted.sort(Comparator.comparing((Module m) -> m.baseDir().toString()).thenComparing(Module::artifactId));
        modules = List.copyOf(sorted);
    }

    /**
     * A layout with one module: the top-level project.
     *
     * @param root the project directory
     * @param artifactId the project's artifactId
     * @return the layout
     */
    public static ProjectLayout single(Path root, String artifactId) {
        return new ProjectLayout(root, List.of(new Module(artifactId, root)));
    }

    /**
     * A reactor module.
     *
     * @param artifactId the module's artifactId
     * @param baseDir the module's base directory
     */
    public record Module(String artifactId, Path baseDir) {
        /** Validates the components. */
        public Module {
            Objects.requireNonNull(artifactId, "artifactId");
            Objects.requireNonNull(baseDir, "baseDir");
        }
    }
}
