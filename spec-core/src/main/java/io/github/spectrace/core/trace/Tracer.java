package io.github.spectrace.core.trace;

import io.github.spectrace.core.SpecException;
import io.github.spectrace.core.extract.MarkdownFiles;
import io.github.spectrace.core.markdown.LineIndex;
import io.github.spectrace.core.model.IdPatterns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citations of requirement IDs in source, test and resource files. It reads every file under the given
 * roots once, in parallel, and returns sorted results, so the outcome never depends on thread timing or
 * directory order. Binary files, files over the size limit and symbolic links that leave the project are
 * skipped; symbolic links to directories are never followed, so link loops cannot hang it.
 */
// SPEC-CORE-1033 word boundaries and prefix filter, SPEC-CORE-1034 skipped files.
public final class Tracer {

    private static final Pattern UNDERSCORE = Pattern.compile("(?<![A-Za-z0-9])[A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*_[0-9]+(?![0-9])");
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules");
    private static final int BINARY_PROBE = 8000;

    private final Path root;
    private final IdPatterns patterns;
    private final TraceOptions options;

    /**
     * Creates a tracer.
     *
     * @param root the top-level project directory; reported paths are relative to it
     * @param patterns the ID patterns
     * @param options what to scan and how
     */
    public Tracer(Path root, IdPatterns patterns, TraceOptions options) {
        this.root = root.toAbsolutePath().normalize();
        this.patterns = patterns;
        this.options = options;
    }

    /**
     * Scans the roots.
     *
     * @param roots source and test roots; missing directories are ignored
     * @param excludedDirs directories never entered, such as build output directories
     * @param excludedFiles files never read, such as the specs and the generated files
     * @param defined every ID the specs define
     * @return the citations
     * @throws SpecException if a directory cannot be listed
     */
    public Trace scan(List<SourceRoot> roots, Collection<Path> excludedDirs, Collection<Path> excludedFiles,
            Set<String> defined) {
        Set<Path> skipDirs = normalize(excludedDirs);
        Set<Path> skipFiles = normalize(excludedFiles);
        Map<Path, Boolean> files = new LinkedHashMap<>();
        int[] skipped = new int[1];
        List<SourceRoot> sorted = new ArrayList<>(roots);
        // Test roots first, so that a file under both a test and a main root counts as a test.
        sorted.sort((a, b) -> a.test() != b.test() ? (a.test() ? -1 : 1) : a.dir().compareTo(b.dir()));
        for (SourceRoot r : sorted) {
            if (Files.isDirectory(r.dir()) && r.dir().startsWith(root)) {
                collect(r.dir(), r.test(), skipDirs, skipFiles, files, skipped);
            }
        }
        extra(options.testIncludes(), true, skipDirs, skipFiles, files);
        extra(options.extraIncludes(), false, skipDirs, skipFiles, files);
        Set<String> prefixes = new HashSet<>();
        for (String id : defined) {
            prefixes.add(IdPatterns.prefixOf(id));
        }
        List<Map.Entry<Path, Boolean>> work = new ArrayList<>(files.entrySet());
        work.sort(Map.Entry.comparingByKey());
        List<FileResult> results = work.parallelStream()
                .map(e -> scanFile(e.getKey(), e.getValue(), defined, prefixes))
                .toList();
        List<Reference> refs = new ArrayList<>();
        List<Reference> dangling = new ArrayList<>();
        int scanned = 0;
        for (FileResult fr : results) {
            if (fr == null) {
                skipped[0]++;
                continue;
            }
            scanned++;
            refs.addAll(fr.refs);
            dangling.addAll(fr.dangling);
        }
        refs.sort(null);
        dangling.sort(null);
        return new Trace(refs, dangling, scanned, skipped[0]);
    }

    private void extra(List<String> globs, boolean test, Set<Path> skipDirs, Set<Path> skipFiles,
            Map<Path, Boolean> files) {
        if (globs.isEmpty()) {
            return;
        }
        for (String rel : MarkdownFiles.find(root, globs, options.extraExcludes(),
                test ? "traceTestIncludes" : "traceIncludes", "traceExcludes")) {
            Path p = root.resolve(rel).normalize();
            if (!skipFiles.contains(p) && !underAny(p, skipDirs)) {
                files.putIfAbsent(p, test);
            }
        }
    }

    private static Set<Path> normalize(Collection<Path> paths) {
        Set<Path> out = new HashSet<>();
        for (Path p : paths) {
            out.add(p.toAbsolutePath().normalize());
        }
        return out;
    }

    private static boolean underAny(Path p, Set<Path> dirs) {
        for (Path d : dirs) {
            if (p.startsWith(d)) {
                return true;
            }
        }
        return false;
    }

    private void collect(Path start, boolean test, Set<Path> skipDirs, Set<Path> skipFiles, Map<Path, Boolean> files,
            int[] skipped) {
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (skipDirs.contains(dir) || SKIPPED_DIRECTORIES.contains(String.valueOf(dir.getFileName()))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (skipFiles.contains(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        if (!insideProject(file)) {
                            skipped[0]++;
                            return FileVisitResult.CONTINUE;
                        }
                    } else if (!attrs.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    files.putIfAbsent(file, test);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new SpecException(rel(start) + ": cannot read the source directory (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "). Check that it is readable.", e);
        }
    }

    /** A symbolic link counts only if it resolves to a regular file inside the project. */
    private boolean insideProject(Path link) {
        try {
            Path real = link.toRealPath();
            return Files.isRegularFile(real) && real.startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private record FileResult(List<Reference> refs, List<Reference> dangling) {
    }

    private FileResult scanFile(Path file, boolean test, Set<String> defined, Set<String> prefixes) {
        byte[] bytes;
        try {
            if (Files.size(file) > options.maxFileSize()) {
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SpecException(rel(file) + ": cannot read the file (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). Check that it is readable.", e);
        }
        int probe = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                return null;
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String path = rel(file);
        List<Reference> refs = new ArrayList<>();
        List<Reference> dangling = new ArrayList<>();
        LineIndex lines = null;
        for (int[] r : patterns.findAll(text)) {
            lines = lines == null ? new LineIndex(text) : lines;
            add(text.substring(r[0], r[1]), r[0], lines, path, test, defined, prefixes, refs, dangling);
        }
        if (options.underscoreIds()) {
            Matcher m = UNDERSCORE.matcher(text);
            while (m.find()) {
                String id = m.group().replace('_', '-');
                if (patterns.matches(id)) {
                    lines = lines == null ? new LineIndex(text) : lines;
                    add(id, m.start(), lines, path, test, defined, prefixes, refs, dangling);
                }
            }
        }
        return new FileResult(refs, dangling);
    }

    private void add(String id, int offset, LineIndex lines, String path, boolean test, Set<String> defined,
            Set<String> prefixes, List<Reference> refs, List<Reference> dangling) {
        Reference ref = new Reference(id, path, lines.line(offset), lines.column(offset), test);
        if (defined.contains(id)) {
            refs.add(ref);
        } else if (options.strict() || prefixes.contains(IdPatterns.prefixOf(id))) {
            dangling.add(ref);
        }
    }


    private String rel(Path p) {
        return root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
    }
}
