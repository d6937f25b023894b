package io.github.spectrace.core.internal.links;

import io.github.spectrace.core.internal.files.ExistenceCache;
import io.github.spectrace.core.internal.files.RepoPath;
import io.github.spectrace.core.internal.files.SpecFiles;
import io.github.spectrace.core.internal.markdown.SpecDocument;
import io.github.spectrace.core.internal.markdown.SpecDocument.Link;
import io.github.spectrace.core.internal.markdown.SpecParser;
import io.github.spectrace.core.internal.rules.Diagnostic;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.internal.text.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that relative links and {@code #anchors} in Markdown files resolve, offline: files must exist,
 * fragments on Markdown files must match a GitHub heading anchor or an HTML anchor, and {@code #L10-L20} must
 * lie within the target file. External URLs are counted, not fetched.
 *
 * <p>Not thread-safe: it caches the anchors and line counts of the files it looks at.
 */
// SPEC-CORE-1032
public final class LinkChecker {

    /** Files up to this size are read whole to count their lines. */
    private static final long WHOLE_FILE = 1L << 22;
    private static final Pattern LINE_FRAGMENT = Pattern.compile("L([0-9]+)(?:C[0-9]+)?(?:-L([0-9]+)(?:C[0-9]+)?)?");

    private final Path root;
    private final SpecParser parser;
    private final ExistenceCache exists;
    private final Map<Path, Set<String>> anchors = new HashMap<>();
    private final Map<Path, Integer> lineCounts = new HashMap<>();
    // Built on a file's first missing anchor: a file with many broken links to it asks the same set many times.
    private final Map<Path, Suggestions> anchorSuggestions = new HashMap<>();

    /**
     * Creates a checker.
     *
     * @param root the top-level project directory
     * @param parser the parser used for Markdown link targets
     * @param exists the run's cache of which paths exist
     */
    public LinkChecker(Path root, SpecParser parser, ExistenceCache exists) {
        this.root = root.toAbsolutePath().normalize();
        this.parser = parser;
        this.exists = exists;
    }

    /**
     * Checks every link of the given files.
     *
     * @param documents parsed Markdown files
     * @return the broken links and counts
     */
    public LinkReport check(List<SpecDocument> documents) {
        for (SpecDocument d : documents) {
            anchors.put(root.resolve(d.path()).normalize(), anchorsOf(d));
        }
        List<Diagnostic> findings = new ArrayList<>();
        int checked = 0;
        int external = 0;
        for (SpecDocument d : documents) {
            Path dir = root.resolve(d.path()).normalize().getParent();
            for (Link link : d.links()) {
                LinkTarget t = LinkTarget.of(root, dir, link.target());
                switch (t.kind()) {
                    case EXTERNAL -> external++;
                    case SAME_FILE -> {
                        checked++;
                        checkAnchor(d, link, root.resolve(d.path()).normalize(), t.fragment(), findings);
                    }
                    case RELATIVE -> {
                        checked++;
                        checkRelative(d, link, t, findings);
                    }
                    case INVALID -> {
                        checked++;
                        add(findings, d, link, Rule.LINK_FILE_MISSING, "'" + link.target()
                                + "' is not a valid file path. Fix the link target.");
                    }
                    default -> {
                        // Empty, absolute and escaping links are spec:lint's SPEC-LINK-ABSOLUTE.
                    }
                }
            }
        }
        return new LinkReport(findings, documents.size(), checked, external);
    }

    private void checkRelative(SpecDocument d, Link link, LinkTarget t, List<Diagnostic> findings) {
        Path target = t.path();
        // Through a directory link that leaves the project, a missing file and a present one get the same
        // finding, so that the check never tells whether a file outside exists.
        boolean outside = !exists(target) && leavesProject(target);
        if (!exists(target) && !outside) {
            String message = "no file or directory " + rel(target) + " (link '" + link.target() + "').";
            String suggestion = suggestFile(target);
            message += suggestion == null ? " Fix the path or create the file."
                    : " Did you mean " + suggestion + "?";
            add(findings, d, link, Rule.LINK_FILE_MISSING, message);
            return;
        }
        boolean directory = !outside && Files.isDirectory(target);
        if (outside || (directory ? !exists.listable(target) : !exists.readable(target))) {
            add(findings, d, link, Rule.LINK_TARGET_SKIPPED, rel(target) + " (link '" + link.target() + "') is"
                    + " not a regular file inside the project: a symbolic link that leads outside it, a FIFO or a"
                    + " device. It is not read, so its anchors and lines are not checked. Link to a file in the"
                    + " repository.");
            return;
        }
        if (t.fragment() == null || directory) {
            return;
        }
        if (isMarkdown(target)) {
            checkAnchor(d, link, target, t.fragment(), findings);
            return;
        }
        Matcher m = LINE_FRAGMENT.matcher(t.fragment());
        if (m.matches()) {
            int lines = lineCount(target);
            long first = Long.parseLong(m.group(1));
            long last = m.group(2) == null ? first : Long.parseLong(m.group(2));
            if (first < 1 || last > lines || last < first) {
                add(findings, d, link, Rule.LINK_LINE_MISSING, "#" + t.fragment() + " is outside " + rel(target)
                        + ", which has " + lines + (lines == 1 ? " line" : " lines") + ". Update the line numbers.");
            }
        }
    }

    private void checkAnchor(SpecDocument d, Link link, Path target, String fragment, List<Diagnostic> findings) {
        if (fragment.isEmpty() || fragment.equals("top")) {
            return;
        }
        Set<String> known = anchors(target);
        if (known.contains(fragment)) {
            return;
        }
        String where = target.equals(root.resolve(d.path()).normalize()) ? "this file" : rel(target);
        String lower = fragment.toLowerCase(Locale.ROOT);
        String suggestion = known.contains(lower) ? lower
                : anchorSuggestions.computeIfAbsent(target, p -> Suggestions.of(known)).closest(fragment);
        String message = "no heading #" + fragment + " in " + where + ";"
                + (suggestion == null ? " link to an existing heading or add an <a name=\"" + fragment + "\"></a>."
                        : " did you mean #" + suggestion + "?");
        add(findings, d, link, Rule.LINK_ANCHOR_MISSING, message);
    }

    private static void add(List<Diagnostic> findings, SpecDocument d, Link link, Rule rule, String message) {
        findings.add(new Diagnostic(rule, d.path(), link.line(), link.column(), message, link.target()));
    }

    private Set<String> anchors(Path markdown) {
        return anchors.computeIfAbsent(markdown, p -> {
            if (!exists.readable(p)) {
                return Set.of();
            }
            String path = rel(p);
            return anchorsOf(parser.parse(path, SpecFiles.readUtf8(p, path)));
        });
    }

    private static Set<String> anchorsOf(SpecDocument d) {
        Set<String> set = new TreeSet<>(d.htmlAnchors());
        for (SpecDocument.Heading h : d.headings()) {
            set.add(h.slug());
        }
        return set;
    }

    private int lineCount(Path file) {
        return lineCounts.computeIfAbsent(file, p -> {
            try {
                // A small file is read in one call; a large one in blocks, so that memory stays bounded.
                if (Files.size(p) <= WHOLE_FILE) {
                    byte[] bytes = Files.readAllBytes(p);
                    int lines = newlines(bytes, bytes.length);
                    return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? lines + 1 : lines;
                }
                try (InputStream in = Files.newInputStream(p)) {
                    byte[] buf = new byte[1 << 16];
                    int lines = 0;
                    int last = '\n';
                    for (int n; (n = in.read(buf)) > 0; ) {
                        lines += newlines(buf, n);
                        last = buf[n - 1];
                    }
                    return last != '\n' ? lines + 1 : lines;
                }
            } catch (IOException e) {
                return 0;
            }
        });
    }

    private static int newlines(byte[] buf, int n) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (buf[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    private boolean exists(Path p) {
        return exists.exists(p);
    }

    /** Whether the nearest existing directory above a missing path lies, after symbolic links, outside the project. */
    private boolean leavesProject(Path missing) {
        Path dir = missing.getParent();
        while (dir != null && !exists(dir)) {
            dir = dir.getParent();
        }
        return dir != null && !exists.listable(dir);
    }

    private String suggestFile(Path missing) {
        Path parent = missing.getParent();
        if (parent == null || missing.getFileName() == null || !exists.listable(parent)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent)) {
            for (Path p : s) {
                names.add(p.getFileName().toString());
            }
        } catch (IOException e) {
            return null;
        }
        String best = Suggestions.closest(missing.getFileName().toString(), names);
        return best == null ? null : rel(parent.resolve(best));
    }

    private static boolean isMarkdown(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    private String rel(Path p) {
        return RepoPath.of(root, p).value();
    }
}
