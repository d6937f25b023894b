package io.github.spectrace.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in the user's files, located at {@code path:line:col}.
 *
 * @param path repository-relative path with {@code /} separators
 * @param line 1-based line, or 0 when the finding is about the whole file
 * @param column 1-based column, or 0 when the finding is about the whole line or file
 * @param rule the rule
 * @param severity how serious it is
 * @param message what is wrong and how to fix it
 * @param subject what the finding is about within its file: the requirement ID, the link target, or the level of a
 *     coverage minimum; empty when it is about no one thing. With the rule and path it identifies the finding in a
 *     baseline, whatever its line
 * @param related other places the finding is about, such as the citations of a changed requirement; SARIF lists
 *     them as related locations
 */
// SPEC-CORE-1030
public record Finding(String path, int line, int column, Rule rule, Severity severity, String message,
        String subject, List<Reference> related) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message)
            .thenComparing(Finding::subject);

    /**
     * A finding about one place.
     *
     * @param path the path
     * @param line the line
     * @param column the column
     * @param rule the rule
     * @param severity the severity
     * @param message the message
     */
    public Finding(String path, int line, int column, Rule rule, Severity severity, String message) {
        this(path, line, column, rule, severity, message, "", List.of());
    }

    /** Validates and copies the components. */
    public Finding {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(subject, "subject");
        related = List.copyOf(related);
    }

    /**
     * A finding about one subject in its file.
     *
     * @param path repository-relative path
     * @param line 1-based line, or 0
     * @param column 1-based column, or 0
     * @param rule the rule
     * @param severity how serious it is
     * @param message what is wrong and how to fix it
     * @param subject the requirement ID, link target or other subject, or empty
     */
    public Finding(String path, int line, int column, Rule rule, Severity severity, String message, String subject) {
        this(path, line, column, rule, severity, message, subject, List.of());
    }

    /**
     * A finding with related places and no subject.
     *
     * @param path repository-relative path
     * @param line 1-based line, or 0
     * @param column 1-based column, or 0
     * @param rule the rule
     * @param severity how serious it is
     * @param message what is wrong and how to fix it
     * @param related the other places
     */
    public Finding(String path, int line, int column, Rule rule, Severity severity, String message,
            List<Reference> related) {
        this(path, line, column, rule, severity, message, "", related);
    }

    /**
     * The stable ID of the rule.
     *
     * @return for example {@code SPEC-ID-DUPLICATE}
     */
    public String ruleId() {
        return rule.id();
    }

    /**
     * The location as {@code path:line:col}, leaving out a line or column of 0.
     *
     * @return the location
     */
    public String location() {
        StringBuilder sb = new StringBuilder(path);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.toString();
    }

    /**
     * The finding as one log line: {@code path:line:col: [RULE] message}. Control characters of the user's text
     * are shown escaped (a line feed as backslash-n, an escape character as a Unicode escape), so that a file name
     * or link target cannot forge a log line; only a {@code DRIFT-CHANGED} finding keeps its line breaks, which
     * separate the lines of its diff.
     *
     * @return the formatted line
     */
    public String format() {
        return escape(location(), false) + ": [" + rule.id() + "] " + escape(message, rule == Rule.DRIFT_CHANGED);
    }

    /**
     * User text as it may go into one log line: control characters, line breaks included, shown escaped.
     *
     * @param text the text
     * @return the text, escaped
     */
    public static String escape(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean keepLineBreaks) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && !(keepLineBreaks && c == '\n') || c >= 0x7f && c <= 0x9f
                    || c == '\u2028' || c == '\u2029';
            if (control && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb == null) {
                continue;
            }
            if (!control) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return sb == null ? text : sb.toString();
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
