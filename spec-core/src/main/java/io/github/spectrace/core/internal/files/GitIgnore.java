package io.github.spectrace.core.internal.files;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns of one {@code .gitignore} file, in the common subset of Git's syntax: blank lines and {@code #}
 * comments are skipped; {@code !} re-includes; a trailing {@code /} matches directories only; a {@code /} at the
 * start or in the middle anchors the pattern to the file's directory, and a pattern without one matches a name at
 * any depth; {@code *} and {@code ?} match within one path element, {@code [a-z]} and {@code [!a]} one character;
 * a leading {@code **}{@code /}, a trailing {@code /**} and an inner {@code /**}{@code /} cross directories; a
 * backslash quotes the next character. The last matching pattern decides, as in Git.
 *
 * <p>JGit's {@code IgnoreNode} does the same, but brings all of JGit; no small, well-kept library does only this.
 */
// SPEC-CORE-1064
final class GitIgnore {

    private record Rule(Pattern regex, boolean negated, boolean dirOnly) {
    }

    /** No patterns: what a directory without a {@code .gitignore} has. */
    static final GitIgnore EMPTY = new GitIgnore(List.of());

    private final List<Rule> rules;

    private GitIgnore(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Reads the patterns of a {@code .gitignore} file.
     *
     * @param text the file's text
     * @return the patterns, in file order
     */
    static GitIgnore parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            line = stripTrailingSpaces(line);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negated = line.startsWith("!");
            if (negated) {
                line = line.substring(1);
            }
            boolean dirOnly = line.endsWith("/") && !line.endsWith("\\/");
            if (dirOnly) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty() || line.equals("/")) {
                continue;
            }
            boolean anchored = line.indexOf('/') >= 0;
            if (line.startsWith("/")) {
                line = line.substring(1);
            }
            rules.add(new Rule(Pattern.compile((anchored ? "" : "(?:.*/)?") + regex(line)), negated, dirOnly));
        }
        return new GitIgnore(rules);
    }

    /** Trailing spaces are dropped unless a backslash quotes them. */
    private static String stripTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ' && (end < 2 || line.charAt(end - 2) != '\\')) {
            end--;
        }
        return line.substring(0, end);
    }

    /** A pattern without its anchoring {@code /} as a Java regular expression over {@code /}-separated paths. */
    static String regex(String glob) {
        StringBuilder b = new StringBuilder();
        int n = glob.length();
        int i = 0;
        while (i < n) {
            char c = glob.charAt(i);
            if (c == '*') {
                int j = i;
                while (j < n && glob.charAt(j) == '*') {
                    j++;
                }
                boolean wholeElement = j - i == 2 && (i == 0 || glob.charAt(i - 1) == '/');
                if (wholeElement && j < n && glob.charAt(j) == '/') {
                    b.append("(?:.*/)?");
                    i = j + 1;
                } else if (wholeElement && j == n) {
                    b.append(".*");
                    i = j;
                } else {
                    b.append("[^/]*");
                    i = j;
                }
                continue;
            }
            if (c == '?') {
                b.append("[^/]");
            } else if (c == '[') {
                int end = classEnd(glob, i);
                if (end < 0) {
                    b.append("\\[");
                } else {
                    b.append(charClass(glob.substring(i + 1, end)));
                    i = end;
                }
            } else if (c == '\\' && i + 1 < n) {
                i++;
                b.append(Pattern.quote(String.valueOf(glob.charAt(i))));
            } else {
                b.append(Pattern.quote(String.valueOf(c)));
            }
            i++;
        }
        return b.toString();
    }

    /** Where the class that starts at {@code open} ends; a {@code ]} right after {@code [} or {@code [!} is itself. */
    private static int classEnd(String glob, int open) {
        int i = open + 1;
        if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) {
            i++;
        }
        if (i < glob.length() && glob.charAt(i) == ']') {
            i++;
        }
        int end = glob.indexOf(']', i);
        return end < 0 || glob.substring(open, end).indexOf('/') >= 0 ? -1 : end;
    }

    private static String charClass(String body) {
        StringBuilder b = new StringBuilder("[");
        int i = 0;
        if (body.startsWith("!") || body.startsWith("^")) {
            b.append('^');
            i = 1;
        }
        for (; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' || c == '[' || c == ']' || c == '&' || c == '^') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.append("&&[^/]]").toString();
    }

    /**
     * What the patterns say about a path.
     *
     * @param rel the path relative to the directory of the {@code .gitignore}, {@code /}-separated
     * @param directory whether the path is a directory
     * @return true if ignored, false if re-included by a {@code !} pattern, null if no pattern matches
     */
    Boolean match(String rel, boolean directory) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            Rule r = rules.get(i);
            if ((directory || !r.dirOnly()) && r.regex().matcher(rel).matches()) {
                return !r.negated();
            }
        }
        return null;
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }
}
