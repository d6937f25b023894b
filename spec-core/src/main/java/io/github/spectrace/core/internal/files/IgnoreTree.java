package io.github.spectrace.core.internal.files;

import io.github.spectrace.core.model.SpecException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code .gitignore} files of a project, from its top-level directory down: a path is ignored when the
 * {@code .gitignore} nearest to it that has a matching pattern says so, as in Git. Files above the top-level
 * directory, {@code .git/info/exclude} and the user's global excludes are never read, so the result depends only
 * on the project. A {@code .gitignore} that is a symbolic link, or larger than 1 MiB, is not read.
 */
// SPEC-CORE-1064
final class IgnoreTree {

    static final long MAX_SIZE = 1024 * 1024;

    /** One directory's patterns, with the directory as a repository-relative prefix ending in {@code /}. */
    private record Scope(String prefix, GitIgnore ignore) {
    }

    private final Path root;
    /** For each directory read so far, the scopes that apply in it, the top-level one first. */
    private final Map<Path, List<Scope>> scopes = new ConcurrentHashMap<>();

    IgnoreTree(Path root) {
        this.root = root;
    }

    /**
     * Whether the {@code .gitignore} files ignore a path.
     *
     * @param path a file or directory below the top-level directory, absolute and normalized
     * @param directory whether it is a directory
     * @return whether it is ignored
     */
    boolean ignored(Path path, boolean directory) {
        Path parent = path.getParent();
        if (parent == null || !parent.startsWith(root)) {
            return false;
        }
        List<Scope> applying = scopes(parent);
        if (applying.isEmpty()) {
            return false;
        }
        String rel = RepoPath.slashes(root.relativize(path));
        for (int i = applying.size() - 1; i >= 0; i--) {
            Scope s = applying.get(i);
            Boolean m = s.ignore().match(rel.substring(s.prefix().length()), directory);
            if (m != null) {
                return m;
            }
        }
        return false;
    }

    private List<Scope> scopes(Path dir) {
        List<Scope> known = scopes.get(dir);
        if (known != null) {
            return known;
        }
        List<Scope> list = new ArrayList<>(dir.equals(root) ? List.of() : scopes(dir.getParent()));
        GitIgnore own = read(dir);
        if (!own.isEmpty()) {
            String prefix = dir.equals(root) ? "" : RepoPath.slashes(root.relativize(dir)) + "/";
            list.add(new Scope(prefix, own));
        }
        List<Scope> result = List.copyOf(list);
        scopes.put(dir, result);
        return result;
    }

    private GitIgnore read(Path dir) {
        Path file = dir.resolve(".gitignore");
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return GitIgnore.EMPTY;
        }
        try {
            if (Files.size(file) > MAX_SIZE) {
                return GitIgnore.EMPTY;
            }
            // Git reads patterns as bytes; a stray byte that is not UTF-8 only spoils its own pattern.
            return GitIgnore.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SpecException(RepoPath.of(root, file) + ": cannot read the file (" + SpecFiles.describe(e)
                    + "). Check that it is readable.", e);
        }
    }
}
