package io.github.spectrace.core.internal.trace;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A directory whose files may cite requirement IDs.
 *
 * @param dir the directory
 * @param test true for test sources and test resources, whose citations are test references
 */
public record SourceRoot(Path dir, boolean test) {

    /** Normalises the directory. */
    public SourceRoot {
        dir = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
    }
}
