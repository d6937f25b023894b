package io.github.spectrace.core.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds Markdown (or any) files under the top-level directory by glob, for repository-wide link checks. */
public final class MarkdownFiles {

    private MarkdownFiles() {
    }

    /**
     * Finds files; {@code target/}, {@code .git/} and {@code node_modules/} are never entered.
     *
     * @param root the top-level project directory
     * @param includes globs relative to it, for example {@code **}{@code /*.md}
     * @param excludes globs of files to leave out
     * @return sorted repository-relative paths
     * @throws io.github.spectrace.core.SpecException if a glob is invalid or a directory cannot be read
     */
    public static List<String> find(Path root, List<String> includes, List<String> excludes) {
        return find(root, includes, excludes, "includes", "excludes");
    }

    /**
     * Finds files, naming the configuration elements in messages about bad globs.
     *
     * @param root the top-level project directory
     * @param includes globs relative to it
     * @param excludes globs of files to leave out
     * @param includesElement the element that holds {@code includes}, for example {@code linkIncludes}
     * @param excludesElement the element that holds {@code excludes}
     * @return sorted repository-relative paths
     */
    public static List<String> find(Path root, List<String> includes, List<String> excludes, String includesElement,
            String excludesElement) {
        ProjectLayout layout = ProjectLayout.single(root, "root");
        List<String> paths = new ArrayList<>();
        for (SpecFinder.Found f : SpecFinder.find(layout, includes, excludes, includesElement, excludesElement)) {
            paths.add(f.path());
        }
        return paths;
    }
}
