package io.github.spectrace.core.internal.extract;

import io.github.spectrace.core.internal.extract.ProjectLayout.Module;
import io.github.spectrace.core.internal.files.FileWalker;
import io.github.spectrace.core.internal.files.Glob;
import io.github.spectrace.core.internal.files.RepoPath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Finds spec files under the top-level directory and every module's base directory. A file belongs to the
 * deepest module that contains it, so a parent never claims a child module's spec. The walk follows
 * {@link FileWalker}'s skip policy.
 */
// SPEC-CORE-1003: results are keyed by path in a sorted map, never in directory order.
final class SpecFinder {

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

    static List<Found> find(ProjectLayout layout, FileWalker walker, List<Glob> in, List<Glob> out,
            List<RepoPath> skipped) {
        Set<Path> moduleDirs = new HashSet<>();
        for (Module m : layout.modules()) {
            moduleDirs.add(m.baseDir());
        }
        SortedMap<String, Found> found = new TreeMap<>();
        for (Module m : owners(layout)) {
            Path base = m.baseDir();
            for (String start : Glob.starts(in)) {
                // Another module's directory is searched by that module's own walk.
                for (FileWalker.Found f : walker.walk(base.resolve(start), d -> !moduleDirs.contains(d),
                        p -> Glob.mayMatch(in, p),
                        rel -> Glob.matches(in, start + rel) && !Glob.matches(out, start + rel), skipped)) {
                    found.putIfAbsent(f.path().value(), new Found(f.path().value(), f.file(), m));
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
}
