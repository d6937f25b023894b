package io.github.spectrace.core.internal.trace;

import io.github.spectrace.core.internal.cache.FileCache;
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
import java.util.HashMap;
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
    private final FileCache cache;

    /**
     * Creates a tracer.
     *
     * @param root the top-level project directory; reported paths are relative to it
     * @param patterns the ID patterns
     * @param options what to scan and how
     * @param walker the run's file walker, which skips the build directories
     */
    public Tracer(Path root, IdPatterns patterns, TraceOptions options, FileWalker walker) {
        this(root, patterns, options, walker, FileCache.none());
    }

    /**
     * Prepares a scan that keeps each file's citations in a cache, so that a later scan reads only changed files.
     *
     * @param root the top-level project directory
     * @param patterns the ID patterns
     * @param options the trace options
     * @param walker the run's file walker
     * @param cache the cache of earlier scans, whose fingerprint covers the patterns and options
     */
    public Tracer(Path root, IdPatterns patterns, TraceOptions options, FileWalker walker, FileCache cache) {
        this.root = root.toAbsolutePath().normalize();
        this.patterns = patterns;
        this.options = options;
        this.walker = walker;
        this.cache = cache;
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
        Map<Path, Boolean> files = new HashMap<>();
        List<RepoPath> outside = new ArrayList<>();
        int[] skipped = new int[1];
        List<SourceRoot> sorted = new ArrayList<>(roots);
        // Test roots first, so that a file under both a test and a main root counts as a test.
        sorted.sort((a, b) -> a.test() != b.test() ? (a.test() ? -1 : 1) : a.dir().compareTo(b.dir()));
        for (SourceRoot r : sorted) {
            for (FileWalker.Found f : walker.walk(r.dir(), d -> true, rel -> true, outside)) {
                Path p = f.file().toAbsolutePath().normalize();
                if (!skipFiles.contains(p)) {
                    files.putIfAbsent(p, r.test() || isTestFile(r, p));
                }
            }
        }
        add(walker.glob(options.testIncludes(), options.extraExcludes()), true, skipFiles, files);
        add(walker.glob(options.extraIncludes(), options.extraExcludes()), false, skipFiles, files);
        Set<String> prefixes = new HashSet<>();
        for (String id : defined) {
            prefixes.add(IdPatterns.prefixOf(id));
        }
        List<Map.Entry<Path, Boolean>> work = new ArrayList<>(files.entrySet());
        work.sort(Map.Entry.comparingByKey());
        // In order, so that the error about an unreadable file names the same file on every run.
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
        return new Trace(refs, dangling, scanned, skipped[0] + outside.size());
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
        String path = rel(file);
        FileCache.Stat stat;
        try {
            stat = FileCache.Stat.of(file);
        } catch (IOException e) {
            throw new SpecException(path + ": cannot read the file (" + SpecFiles.describe(e)
                    + "). Check that it is readable.", e);
        }
        if (stat.size() > options.maxFileSize()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SpecException(path + ": cannot read the file (" + SpecFiles.describe(e)
                    + "). Check that it is readable.", e);
        }
        byte[] sha = cache.enabled() ? FileCache.sha256(bytes) : null;
        Citations found = sha == null ? null : Citations.decode(cache.same(path, stat, sha), test);
        if (found == null) {
            found = find(bytes, file, test);
            if (sha != null) {
                cache.put(path, stat, sha, found.encode());
            }
        }
        if (found.binary()) {
            return null;
        }
        List<Reference> refs = new ArrayList<>();
        List<Reference> dangling = new ArrayList<>();
        for (Citations.Cited c : found.cited()) {
            Reference ref = new Reference(c.id(), path, c.line(), c.column(), test || c.test());
            if (defined.contains(c.id())) {
                refs.add(ref);
            } else if (options.strict() || prefixes.contains(IdPatterns.prefixOf(c.id()))) {
                dangling.add(ref);
            }
        }
        return new FileResult(refs, dangling);
    }

    /** Every ID-shaped token of a file, whether or not it is defined: what the cache keeps. */
    private Citations find(byte[] bytes, Path file, boolean test) {
        int probe = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                return Citations.BINARY.as(test);
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<Citations.Cited> cited = new ArrayList<>();
        LineIndex lines = null;
        // Unit tests of a Rust file live in the file itself, in #[cfg(test)] modules and #[test] functions.
        boolean rust = !test && file.getFileName().toString().endsWith(".rs");
        RustOutline outline = null;
        for (int[] r : patterns.findAll(text)) {
            lines = lines == null ? new LineIndex(text) : lines;
            outline = rust && outline == null ? RustOutline.of(text) : outline;
            cited.add(new Citations.Cited(text.substring(r[0], r[1]), lines.line(r[0]), lines.column(r[0]),
                    outline != null && outline.isTest(r[0])));
        }
        if (options.underscoreIds()) {
            Matcher m = UNDERSCORE.matcher(text);
            while (m.find()) {
                String id = m.group().replace('_', '-');
                if (patterns.matches(id)) {
                    lines = lines == null ? new LineIndex(text) : lines;
                    outline = rust && outline == null ? RustOutline.of(text) : outline;
                    cited.add(new Citations.Cited(id, lines.line(m.start()), lines.column(m.start()),
                            outline != null && outline.isTest(m.start())));
                }
            }
        }
        return new Citations(false, test, cited);
    }

    private String rel(Path p) {
        return RepoPath.of(root, p).value();
    }
}
