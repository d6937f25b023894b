package io.github.spectrace.core.internal.files;

import io.github.spectrace.core.model.SpecException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The one way the pipeline lists files, for specs, link globs and citations alike, with one skip policy:
 * <ul>
 *   <li>{@code .git}, {@code node_modules}, {@code target} and {@code .venv} directories, and the given build
 *       directories, are never entered;</li>
 *   <li>what the project's {@code .gitignore} files ignore, from the top-level directory down, is neither entered
 *       nor listed (see {@link GitIgnore} for the syntax);</li>
 *   <li>symbolic links to directories are never followed, so link loops cannot hang a walk;</li>
 *   <li>only regular files are listed, and symbolic links to regular files inside the top-level directory; a
 *       link that leads outside it or is broken, a FIFO, a socket or a device is skipped and reported, so that
 *       the caller can warn. A link to a directory inside the top-level directory is skipped silently.</li>
 * </ul>
 * Results are sorted by path, never in directory order.
 */
// SPEC-CORE-1003
public final class FileWalker {

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules", "target", ".venv");

    /** Accepts every file, without computing its relative path. */
    public static final Predicate<String> ALL = rel -> true;

    private final Path root;
    private final Path realRoot;
    private final Set<Path> skippedDirs;
    private final IgnoreTree ignores;

    /**
     * A file found by a walk.
     *
     * @param path its repository-relative path
     * @param file the file
     */
    public record Found(RepoPath path, Path file) {
    }

    /**
     * Creates a walker.
     *
     * @param root the top-level project directory
     * @param skippedDirs more directories never entered, such as the modules' build directories
     */
    public FileWalker(Path root, Set<Path> skippedDirs) {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = realPath(this.root);
        this.skippedDirs = Set.copyOf(skippedDirs);
        this.ignores = new IgnoreTree(this.root);
    }

    /**
     * The files under a directory, sorted by path.
     *
     * @param start the directory to walk; missing is empty
     * @param enter whether to enter a directory below {@code start} that the policy allows
     * @param accept whether to list a file, by its path relative to {@code start}
     * @param skipped receives the accepted files that the policy skips: links that lead outside the project,
     *     FIFOs, devices; may be null
     * @return the files
     * @throws SpecException if a directory cannot be read
     */
    public List<Found> walk(Path start, Predicate<Path> enter, Predicate<String> accept, List<RepoPath> skipped) {
        return walk(start, enter, null, accept, skipped);
    }

    /**
     * The files under a directory, sorted by path, with a cheap first test of each file.
     *
     * @param start the directory to walk; missing is empty
     * @param enter whether to enter a directory below {@code start} that the policy allows
     * @param may a test of a file's {@link Path#toString} made before {@code accept}, false only for files that
     *     {@code accept} rejects, so that most files are rejected without computing their relative path; may be
     *     null
     * @param accept whether to list a file, by its path relative to {@code start}; {@link #ALL} for every file
     * @param skipped receives the accepted files that the policy skips; may be null
     * @return the files
     * @throws SpecException if a directory cannot be read
     */
    public List<Found> walk(Path start, Predicate<Path> enter, Predicate<String> may, Predicate<String> accept,
            List<RepoPath> skipped) {
        Path from = start.toAbsolutePath().normalize();
        SortedMap<RepoPath, Found> found = new TreeMap<>();
        if (!Files.isDirectory(from) || !from.startsWith(root) || insideSkipped(from)) {
            return List.of();
        }
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(from)) {
                        return FileVisitResult.CONTINUE;
                    }
                    boolean skip = SKIPPED_DIRECTORIES.contains(String.valueOf(dir.getFileName()))
                            || skippedDirs.contains(dir) || ignores.ignored(dir, true) || !enter.test(dir);
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (may != null && !may.test(file.toString())
                            || accept != ALL && !accept.test(RepoPath.slashes(from.relativize(file)))
                            || ignores.ignored(file, false)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile() || attrs.isSymbolicLink() && insideRoot(file)) {
                        RepoPath path = RepoPath.of(root, file);
                        found.putIfAbsent(path, new Found(path, file));
                    } else if (skipped != null && !(attrs.isSymbolicLink() && directoryInsideRoot(file))) {
                        // A link to a directory of the project is not followed, which loses nothing: the
                        // directory itself is walked. Every other skip is said.
                        skipped.add(RepoPath.of(root, file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new SpecException(RepoPath.of(root, from) + ": cannot list the directory ("
                    + SpecFiles.describe(e) + "). Check that it is readable.", e);
        }
        return new ArrayList<>(found.values());
    }

    /**
     * The files under the top-level directory that match include globs and no exclude glob.
     *
     * @param includes globs relative to the top-level directory
     * @param excludes globs of files to leave out
     * @return the files, sorted by path
     */
    public List<Found> glob(List<Glob> includes, List<Glob> excludes) {
        return glob(includes, excludes, null);
    }

    /**
     * The files under the top-level directory that match include globs and no exclude glob.
     *
     * @param includes globs relative to the top-level directory
     * @param excludes globs of files to leave out
     * @param skipped receives the matching files that the policy skips, as {@link #walk} does; may be null
     * @return the files, sorted by path
     */
    public List<Found> glob(List<Glob> includes, List<Glob> excludes, List<RepoPath> skipped) {
        List<Found> out = new ArrayList<>();
        for (String start : Glob.starts(includes)) {
            out.addAll(walk(root.resolve(start), d -> true, p -> Glob.mayMatch(includes, p),
                    rel -> Glob.matches(includes, start + rel)
                    && !Glob.matches(excludes, start + rel), skipped));
        }
        out.sort((a, b) -> a.path().compareTo(b.path()));
        List<Found> unique = new ArrayList<>();
        for (Found f : out) {
            if (unique.isEmpty() || !unique.get(unique.size() - 1).path().equals(f.path())) {
                unique.add(f);
            }
        }
        return unique;
    }

    /** Whether a directory is, or lies inside, one that the policy never enters. */
    private boolean insideSkipped(Path dir) {
        for (Path d = dir; d != null && !d.equals(root) && d.startsWith(root); d = d.getParent()) {
            if (SKIPPED_DIRECTORIES.contains(String.valueOf(d.getFileName())) || skippedDirs.contains(d)
                    || ignores.ignored(d, true)) {
                return true;
            }
        }
        return false;
    }

    private boolean insideRoot(Path link) {
        try {
            Path real = link.toRealPath();
            return Files.isRegularFile(real) && real.startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    private boolean directoryInsideRoot(Path link) {
        try {
            Path real = link.toRealPath();
            return Files.isDirectory(real) && real.startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }
}
