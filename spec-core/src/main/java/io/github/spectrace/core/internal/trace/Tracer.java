package io.github.spectrace.core.internal.trace;

import io.github.spectrace.core.internal.files.FileWalker;
import io.github.spectrace.core.internal.files.Glob;
import io.github.spectrace.core.internal.files.InOrder;
import io.github.spectrace.core.internal.files.RepoPath;
import io.github.spectrace.core.internal.files.SpecFiles;
import io.github.spectrace.core.internal.markdown.LineIndex;
import io.github.spectrace.core.internal.text.IdPatterns;
import io.github.spectrace.core.model.Reference;
import io.github.spectrace.core.model.SpecException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citations of requirement IDs in source, test and resource files. It reads every file under the given
 * roots once, in parallel, and returns sorted results, so the outcome never depends on thread timing or
 * directory order. Binary files, files over the size limit and symbolic links that leave the project are
 * skipped; symbolic links to directories are never followed, so link loops cannot hang it. A citation counts as
 * a test when its file is a test file, or when the file is a Rust file ({@code .rs}) and the citation is in its
 * test code, such as a {@code #[cfg(test)]} module or a {@code #[test]} function ({@link RustOutline}).
 */
// SPEC-CORE-1033 word boundaries and prefix filter, SPEC-CORE-1034 skipped files.
public final class Tracer {

    private static final Pattern UNDERSCORE = Pattern.compile("(?<![A-Za-z0-9])[A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*_[0-9]+(?![0-9])");
    private static final int BINARY_PROBE = 8000;

    private final Path root;
    private final IdPatterns patterns;
    private final TraceOptions options;
    private final FileWalker walker;

    /**
     * Creates a tracer.
     *
     * @param root the top-level project directory; reported paths are relative to it
     * @param patterns the ID patterns
     * @param options what to scan and how
     * @param walker the run's file walker, which skips the build directories
     */
    public Tracer(Path root, IdPatterns patterns, TraceOptions options, FileWalker walker) {
        this.root = root.toAbsolutePath().normalize();
        this.patterns = patterns;
        this.options = options;
        this.walker = walker;
    }

    /**
     * Scans the roots.
     *
     * @param roots source and test roots; missing directories and directories outside the root are ignored
     * @param excludedFiles files never read, such as the specs and the generated files
     * @param defined every ID the specs define
     * @return the citations
     * @throws SpecException if a directory cannot be listed or a file cannot be read
     */
    public Trace scan(List<SourceRoot> roots, Collection<Path> excludedFiles, Set<String> defined) {
        Set<Path> skipFiles = new HashSet<>();
        for (Path p : excludedFiles) {
            skipFiles.add(p.toAbsolutePath().normalize());
        }
        // In the order found: the roots sorted, each walk sorted by path, so the same on every run.
        Map<Path, Boolean> files = new LinkedHashMap<>();
        List<RepoPath> outside = new ArrayList<>();
        int[] skipped = new int[1];
        List<SourceRoot> sorted = new ArrayList<>(roots);
        // Test roots first, so that a file under both a test and a main root counts as a test.
        sorted.sort((a, b) -> a.test() != b.test() ? (a.test() ? -1 : 1) : a.dir().compareTo(b.dir()));
        for (SourceRoot r : sorted) {
            for (FileWalker.Found f : walker.walk(r.dir(), d -> true, FileWalker.ALL, outside)) {
                Path p = f.file().toAbsolutePath().normalize();
                if (!skipFiles.contains(p)) {
                    files.putIfAbsent(p, r.test() || isTestFile(r, p));
                }
            }
        }
        add(walker.glob(options.testIncludes(), options.extraExcludes(), outside), true, skipFiles, files);
        add(walker.glob(options.extraIncludes(), options.extraExcludes(), outside), false, skipFiles, files);
        // One warning per file, however many roots and globs reach it; the specs and outputs say their own.
        java.util.TreeSet<String> notRegular = new java.util.TreeSet<>();
        for (RepoPath p : outside) {
            if (!skipFiles.contains(p.resolve(root).toAbsolutePath().normalize())) {
                notRegular.add(p.value());
            }
        }
        Set<String> prefixes = new HashSet<>();
        for (String id : defined) {
            prefixes.add(IdPatterns.prefixOf(id));
        }
        // In that order, so that the error about an unreadable file names the same file on every run; the
        // citations are sorted below.
        List<Map.Entry<Path, Boolean>> work = new ArrayList<>(files.entrySet());
        List<FileResult> results = InOrder.map(work, e -> scanFile(e.getKey(), e.getValue(), defined, prefixes));
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
        return new Trace(refs, dangling, scanned, skipped[0] + notRegular.size(), List.copyOf(notRegular));
    }

    /** Whether a file under a code root is a test by its module's conventions, or a BDD feature file. */
    // SPEC-CORE-1062
    private static boolean isTestFile(SourceRoot r, Path file) {
        if (r.testFiles().isEmpty() && !file.getFileName().toString().endsWith(".feature")) {
            return false;
        }
        String rel = r.base().relativize(file).toString().replace('\\', '/');
        return SourceRoot.FEATURES.matches(rel) || Glob.matches(r.testFiles(), rel);
    }

    private static void add(List<FileWalker.Found> found, boolean test, Set<Path> skipFiles, Map<Path, Boolean> files) {
        for (FileWalker.Found f : found) {
            Path p = f.file().toAbsolutePath().normalize();
            if (!skipFiles.contains(p)) {
                files.putIfAbsent(p, test);
            }
        }
    }

    private record FileResult(List<Reference> refs, List<Reference> dangling) {
    }

    private FileResult scanFile(Path file, boolean test, Set<String> defined, Set<String> prefixes) {
        try {
            return scanFileChecked(file, test, defined, prefixes);
        } catch (IdPatterns.TooSlow e) {
            throw new SpecException(rel(file) + ": " + e.getMessage(), e);
        }
    }

    private FileResult scanFileChecked(Path file, boolean test, Set<String> defined, Set<String> prefixes) {
        byte[] bytes;
        try {
            if (Files.size(file) > options.maxFileSize()) {
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SpecException(rel(file) + ": cannot read the file (" + SpecFiles.describe(e)
                    + "). Check that it is readable.", e);
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
        // Unit tests of a Rust file live in the file itself, in #[cfg(test)] modules and #[test] functions.
        boolean rust = !test && file.getFileName().toString().endsWith(".rs");
        RustOutline outline = null;
        for (int[] r : patterns.findAll(text)) {
            lines = lines == null ? new LineIndex(text) : lines;
            outline = rust && outline == null ? RustOutline.of(text) : outline;
            add(text.substring(r[0], r[1]), r[0], lines, path, test || outline != null && outline.isTest(r[0]),
                    defined, prefixes, refs, dangling);
        }
        if (options.underscoreIds()) {
            Matcher m = UNDERSCORE.matcher(text);
            while (m.find()) {
                String id = m.group().replace('_', '-');
                if (patterns.matches(id)) {
                    lines = lines == null ? new LineIndex(text) : lines;
                    outline = rust && outline == null ? RustOutline.of(text) : outline;
                    add(id, m.start(), lines, path, test || outline != null && outline.isTest(m.start()), defined,
                            prefixes, refs, dangling);
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
        return RepoPath.of(root, p).value();
    }
}
