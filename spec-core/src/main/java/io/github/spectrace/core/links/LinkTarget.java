package io.github.spectrace.core.links;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * What a link target in a Markdown file points at.
 *
 * @param kind the kind of target
 * @param path for {@link Kind#RELATIVE}, the resolved file; otherwise null
 * @param fragment the decoded part after {@code #}, or null when there is none
 */
public record LinkTarget(Kind kind, Path path, String fragment) {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");

    /** The kinds of target. */
    public enum Kind {
        /** {@code http:}, {@code https:}, {@code mailto:} or another URL scheme; not checked. */
        EXTERNAL,
        /** {@code #fragment} in the same file. */
        SAME_FILE,
        /** An absolute file path or a {@code file:} URL. */
        ABSOLUTE,
        /** A relative path that leads outside the top-level project directory. */
        ESCAPES,
        /** A relative path inside the project. */
        RELATIVE,
        /** A relative target that is not a valid path on this file system. */
        INVALID,
        /** An empty target. */
        EMPTY
    }

    /**
     * Classifies a raw link target.
     *
     * @param root the top-level project directory
     * @param fromDir the directory of the file that holds the link
     * @param raw the target as written
     * @return the classification
     */
    public static LinkTarget of(Path root, Path fromDir, String raw) {
        String target = raw.strip();
        if (target.isEmpty()) {
            return new LinkTarget(Kind.EMPTY, null, null);
        }
        if (target.startsWith("#")) {
            return new LinkTarget(Kind.SAME_FILE, null, decode(target.substring(1)));
        }
        if (target.regionMatches(true, 0, "file:", 0, 5) || target.startsWith("/") || target.startsWith("\\")
                || WINDOWS_DRIVE.matcher(target).matches()) {
            return new LinkTarget(Kind.ABSOLUTE, null, null);
        }
        if (SCHEME.matcher(target).matches()) {
            return new LinkTarget(Kind.EXTERNAL, null, null);
        }
        String fragment = null;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            fragment = decode(target.substring(hash + 1));
            target = target.substring(0, hash);
        }
        int query = target.indexOf('?');
        if (query >= 0) {
            target = target.substring(0, query);
        }
        Path resolved;
        try {
            resolved = fromDir.resolve(decode(target)).normalize();
        } catch (InvalidPathException e) {
            return new LinkTarget(Kind.INVALID, null, fragment);
        }
        if (!resolved.startsWith(root)) {
            return new LinkTarget(Kind.ESCAPES, resolved, fragment);
        }
        return new LinkTarget(Kind.RELATIVE, resolved, fragment);
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
