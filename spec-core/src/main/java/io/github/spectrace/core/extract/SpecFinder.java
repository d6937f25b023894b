package io.github.spectrace.core.extract;

import io.github.spectrace.core.SpecException;
import io.github.spectrace.core.extract.ProjectLayout.Module;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Finds spec files under the top-level directory and every module's base directory. A file belongs to the
 * deepest module that contains it, so a parent never claims a child module's spec. Build output and VCS
 * directories are never entered and symbolic links to directories are never followed.
 */
// SPEC-CORE-1003: results are keyed by path in a sorted map, never in directory order.
final class SpecFinder {

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", ".git", "node_modules");

    /**
     * A spec file found on disk.
     *
     * @param path repository-relative path
     * @param file the file
     * @param owner the module that owns it
     */
    record Found(String path, Path file, Module owner) {
    }

    private SpecFinder() {
    }

    static List<Found> find(ProjectLayout layout, List<String> includes, List<String> excludes) {
        return find(layout, includes, excludes, "includes", "excludes");
    }

    static List<Found> find(ProjectLayout layout, List<String> includes, List<String> excludes, String inElement,
            String outElement) {
        List<Glob> in = new ArrayList<>();
        for (String g : includes) {
            in.add(Glob.of(g, inElement));
        }
        List<Glob> out = new ArrayList<>();
        for (String g : excludes) {
            out.add(Glob.of(g, outElement));
        }
        Set<Path> moduleDirs = new HashSet<>();
        for (Module m : layout.modules()) {
            moduleDirs.add(m.baseDir());
        }
        SortedMap<String, Found> found = new TreeMap<>();
        for (Module m : owners(layout)) {
            Set<String> starts = new java.util.TreeSet<>();
            for (Glob g : in) {
                starts.add(g.literalDirectory());
            }
            for (String start : starts) {
                Path dir = m.baseDir().resolve(start);
                if (Files.isDirectory(dir)) {
                    walk(layout.root(), m, dir, moduleDirs, in, out, found);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /** The modules whose trees are searched: the top-level project first, whether or not it is in the reactor. */
    private static List<Module> owners(ProjectLayout layout) {
        List<Module> owners = new ArrayList<>();
        boolean rootListed = false;
        for (Module m : layout.modules()) {
            rootListed |= m.baseDir().equals(layout.root());
        }
        if (!rootListed) {
            owners.add(new Module(layout.root().getFileName() == null ? "root"
                    : layout.root().getFileName().toString(), layout.root()));
        }
        for (Module m : layout.modules()) {
            if (m.baseDir().startsWith(layout.root())) {
                owners.add(m);
            }
        }
        return owners;
    }

    private static void walk(Path root, Module owner, Path start, Set<Path> moduleDirs, List<Glob> in,
            List<Glob> out, SortedMap<String, Found> found) {
        Path base = owner.baseDir();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(start) && (SKIPPED_DIRECTORIES.contains(String.valueOf(dir.getFileName()))
                            || !dir.equals(base) && moduleDirs.contains(dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile() && !(attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                        return FileVisitResult.CONTINUE;
                    }
                    String rel = slashes(base.relativize(file));
                    if (matchesAny(in, rel) && !matchesAny(out, rel)) {
                        String path = slashes(root.relativize(file));
                        found.putIfAbsent(path, new Found(path, file, owner));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new SpecException(slashes(root.relativize(start)) + ": cannot search for specs ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "). Check that the directory is readable.", e);
        }
    }

    private static boolean matchesAny(List<Glob> globs, String rel) {
        for (Glob g : globs) {
            if (g.matches(rel)) {
                return true;
            }
        }
        return false;
    }

    static String slashes(Path p) {
        return p.toString().replace(p.getFileSystem().getSeparator(), "/");
    }
}
