package io.github.spectrace.core.internal.trace;

import io.github.spectrace.core.internal.files.Glob;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A directory whose files may cite requirement IDs.
 *
 * @param dir the directory
 * @param test true for test sources and test resources, whose citations are test references
 * @param testFiles for a code root, the files under it that are tests all the same, relative to {@code base}:
 *     {@code **}{@code /*_test.go} in a Go module
 * @param base the directory that {@code testFiles} are relative to, the module's
 */
public record SourceRoot(Path dir, boolean test, List<Glob> testFiles, Path base) {

    /** BDD feature files are tests wherever they are. */
    static final Glob FEATURES = Glob.of("**/*.feature", "testFiles");

    /**
     * A root whose files are all code or all tests.
     *
     * @param dir the directory
     * @param test true for tests
     */
    public SourceRoot(Path dir, boolean test) {
        this(dir, test, List.of(), dir);
    }

    /** Normalises the directories. */
    public SourceRoot {
        dir = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
        base = Objects.requireNonNull(base, "base").toAbsolutePath().normalize();
        testFiles = List.copyOf(testFiles);
    }
}
