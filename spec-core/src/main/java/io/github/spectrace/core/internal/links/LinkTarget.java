package io.github.spectrace.core.internal.links;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * What a link target in a Markdown file points at.
 *
 * @param kind the kind of target
 * @param path for {@link Kind#RELATIVE}, the resolved file; otherwise null
 * @param fragment the decoded part after {@code #}, or null when there is none
 */
public record LinkTarget(Kind kind, Path path, String fragment) {

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
                || isWindowsDrive(target)) {
            return new LinkTarget(Kind.ABSOLUTE, null, null);
        }
        if (hasScheme(target)) {
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

    /**
     * Whether a target fully matches {@code ^[A-Za-z]:[\\/].*}: a drive letter, a colon and a slash or backslash,
     * and after them no line terminator, as {@code .} without {@code DOTALL} matches none.
     */
    static boolean isWindowsDrive(String t) {
        if (t.length() < 3 || !isAsciiLetter(t.charAt(0)) || t.charAt(1) != ':'
                || t.charAt(2) != '\\' && t.charAt(2) != '/') {
            return false;
        }
        for (int i = 3; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a target fully matches {@code ^[A-Za-z][A-Za-z0-9+.-]*:.*} with {@code DOTALL}: a URL scheme and a
     * colon. The class holds no colon, so the first character outside it must be the colon.
     */
    static boolean hasScheme(String t) {
        if (t.isEmpty() || !isAsciiLetter(t.charAt(0))) {
            return false;
        }
        int i = 1;
        while (i < t.length() && isSchemeChar(t.charAt(i))) {
            i++;
        }
        return i < t.length() && t.charAt(i) == ':';
    }

    private static boolean isSchemeChar(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
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
