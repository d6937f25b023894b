package io.github.spectrace.core.model;

import java.util.Comparator;
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
 */
// SPEC-CORE-1030
public record Finding(String path, int line, int column, Rule rule, Severity severity, String message)
        implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    /** Validates the components. */
    public Finding {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
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
     * The finding as one log line: {@code path:line:col: [RULE] message}.
     *
     * @return the formatted line
     */
    public String format() {
        return location() + ": [" + rule.id() + "] " + message;
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
