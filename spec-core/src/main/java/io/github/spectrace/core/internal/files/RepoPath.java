package io.github.spectrace.core.internal.files;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A path relative to the top-level project directory, always with {@code /} separators, whatever the operating
 * system. Every path the pipeline reports or writes goes through this type.
 *
 * @param value the path, for example {@code .specs/10-core.md}; empty for the top-level directory itself
 */
public record RepoPath(String value) implements Comparable<RepoPath> {

    /** Validates the path. */
    public RepoPath {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The repository-relative path of a file.
     *
     * @param root the top-level project directory, absolute and normalised
     * @param file a file under it, absolute and normalised
     * @return the path; for a file outside the root, the relative path with {@code ..}
     */
    public static RepoPath of(Path root, Path file) {
        return new RepoPath(slashes(root.relativize(file)));
    }

    /**
     * The path's text with {@code /} separators.
     *
     * @param relative a relative path
     * @return the text
     */
    public static String slashes(Path relative) {
        String sep = relative.getFileSystem().getSeparator();
        String s = relative.toString();
        return sep.equals("/") ? s : s.replace(sep, "/");
    }

    /**
     * The file this path names.
     *
     * @param root the top-level project directory
     * @return the absolute path
     */
    public Path resolve(Path root) {
        return value.isEmpty() ? root : root.resolve(value).normalize();
    }

    @Override
    public int compareTo(RepoPath o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
