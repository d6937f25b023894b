package io.github.spectrace.core.internal.extract;

import io.github.spectrace.core.internal.files.FileWalker;
import io.github.spectrace.core.internal.text.IdPatterns;
import io.github.spectrace.core.model.SpecException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where the specs probably are when the includes match none: the directories that hold a Markdown file
 * ({@code *.md}, {@code *.markdown}) in whose text the ID patterns find at least one ID.
 *
 * <p>The search walks the whole top-level directory with the run's {@link FileWalker}, so it follows the same skip
 * policy as every other walk, and enters hidden directories such as {@code .specs}. It reads the candidates in path
 * order, never more than {@link #MAX_FILES} files, {@link #MAX_FILE_BYTES} bytes of each and {@link #MAX_BYTES}
 * bytes in all, and skips the rest of a directory once one of its files holds an ID. The result depends only on
 * the files' paths and contents, never on directory order.
 *
 * <p>It is a hint: a file or directory that cannot be read, or an ID pattern that runs past its time budget, ends
 * or narrows the search instead of failing the run.
 */
public final class SpecHints {

    /** The most Markdown files one search reads. */
    public static final int MAX_FILES = 2_000;

    /** The most bytes one search reads, over all files. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    /** The most bytes read of one file: the start of a spec holds its IDs. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;

    private final Path root;
    private final FileWalker walker;
    private final IdPatterns patterns;
    private final int maxFiles;
    private final long maxBytes;

    /**
     * What a search found.
     *
     * @param directories the repository-relative directories that hold a Markdown file with an ID, each with a
     *     trailing {@code /} ({@code ./} for the top-level directory), sorted
     * @param example an include glob for the first of them that is not the top-level directory, or for the
     *     top-level directory when it is the only one, for example {@code bin/.specs/*.md}; empty when none was
     *     found
     * @param filesRead how many Markdown files were read
     * @param stopped whether the search stopped before it read every candidate, at its bounds or at an ID
     *     pattern that ran past its time budget, so that more directories may exist
     */
    public record Result(List<String> directories, String example, int filesRead, boolean stopped) {

        /** Copies the list. */
        public Result {
            directories = List.copyOf(directories);
        }
    }

    /**
     * Prepares a search with the default bounds.
     *
     * @param root the top-level project directory
     * @param walker the run's file walker
     * @param patterns the run's ID patterns
     */
    public SpecHints(Path root, FileWalker walker, IdPatterns patterns) {
        this(root, walker, patterns, MAX_FILES, MAX_BYTES);
    }

    /**
     * Prepares a search with other bounds, for tests.
     *
     * @param root the top-level project directory
     * @param walker the run's file walker
     * @param patterns the run's ID patterns
     * @param maxFiles the most Markdown files read
     * @param maxBytes the most bytes read in all
     */
    SpecHints(Path root, FileWalker walker, IdPatterns patterns, int maxFiles, long maxBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.walker = walker;
        this.patterns = patterns;
        this.maxFiles = maxFiles;
        this.maxBytes = maxBytes;
    }

    /**
     * Searches the top-level directory.
     *
     * @param skippedDirs directories never entered, such as the report directory
     * @param skippedFiles repository-relative paths of files never read, such as the generated compliance summary
     * @return the directories found
     */
    public Result find(Set<Path> skippedDirs, Set<String> skippedFiles) {
        Set<Path> dirs = Set.copyOf(skippedDirs.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        List<FileWalker.Found> candidates;
        try {
            candidates = walker.walk(root, d -> !dirs.contains(d),
                    rel -> isMarkdown(rel) && !skippedFiles.contains(rel), null);
        } catch (SpecException e) {
            // An unreadable directory fails the walk that needs it, not this hint.
            return new Result(List.of(), "", 0, false);
        }
        // By directory, the extension of its first file with an ID; the walk lists files sorted by path.
        SortedMap<String, String> found = new TreeMap<>();
        int files = 0;
        long bytes = 0;
        boolean stopped = false;
        for (FileWalker.Found f : candidates) {
            String path = f.path().value();
            String dir = path.substring(0, path.lastIndexOf('/') + 1);
            if (found.containsKey(dir)) {
                continue;
            }
            if (files >= maxFiles || bytes >= maxBytes) {
                stopped = true;
                break;
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(f.file())) {
                head = in.readNBytes((int) Math.min(MAX_FILE_BYTES, maxBytes - bytes));
            } catch (IOException e) {
                continue;
            }
            files++;
            bytes += head.length;
            boolean hasId;
            try {
                hasId = !patterns.findAll(new String(head, StandardCharsets.UTF_8)).isEmpty();
            } catch (IdPatterns.TooSlow e) {
                // Every further file would cost the pattern's whole budget again.
                stopped = true;
                break;
            }
            if (hasId) {
                found.put(dir, path.substring(path.lastIndexOf('.')));
            }
        }
        List<String> directories = new ArrayList<>();
        String example = "";
        for (Map.Entry<String, String> e : found.entrySet()) {
            directories.add(e.getKey().isEmpty() ? "./" : e.getKey());
            // The top-level directory sorts first, and its Markdown files are mostly READMEs: prefer another.
            if (example.isEmpty() || directories.size() == 2 && directories.get(0).equals("./")) {
                example = glob(e.getKey()) + "*" + e.getValue();
            }
        }
        return new Result(directories, example, files, stopped);
    }

    private static boolean isMarkdown(String path) {
        return path.endsWith(".md") || path.endsWith(".markdown");
    }

    /**
     * A directory as the start of a glob that matches it: a character that globs treat specially becomes {@code ?},
     * which matches any one character.
     */
    private static String glob(String dir) {
        StringBuilder sb = new StringBuilder(dir.length());
        for (int i = 0; i < dir.length(); i++) {
            char c = dir.charAt(i);
            sb.append("*?{},\\".indexOf(c) >= 0 ? '?' : c);
        }
        return sb.toString();
    }
}
