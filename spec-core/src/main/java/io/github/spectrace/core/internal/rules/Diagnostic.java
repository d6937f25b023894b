package io.github.spectrace.core.internal.rules;

import io.github.spectrace.core.model.Reference;
import io.github.spectrace.core.model.Rule;
import java.util.List;
import java.util.Objects;

/**
 * What a checker reports: a rule, a place and a message, but no severity; {@link RuleSettings#apply} decides that.
 *
 * @param rule the rule
 * @param path repository-relative path with {@code /} separators
 * @param line 1-based line, or 0 for the whole file
 * @param column 1-based column, or 0 for the whole line or file
 * @param message what is wrong and how to fix it
 * @param subject what the finding is about within its file, such as the requirement ID or the link target, or
 *     empty; with the rule and path it identifies the finding in a baseline, whatever its line
 * @param related other places that the finding is about, such as the citations of a changed requirement
 */
public record Diagnostic(Rule rule, String path, int line, int column, String message, String subject,
        List<Reference> related) {

    /**
     * A diagnostic about one place.
     *
     * @param rule the rule
     * @param path the path
     * @param line the line
     * @param column the column
     * @param message the message
     */
    public Diagnostic(Rule rule, String path, int line, int column, String message) {
        this(rule, path, line, column, message, "", List.of());
    }

    /** Validates and copies the components. */
    public Diagnostic {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(subject, "subject");
        related = List.copyOf(related);
    }

    /**
     * A diagnostic about one subject in its file.
     *
     * @param rule the rule
     * @param path repository-relative path
     * @param line 1-based line, or 0
     * @param column 1-based column, or 0
     * @param message what is wrong and how to fix it
     * @param subject the requirement ID, link target or other subject, or empty
     */
    public Diagnostic(Rule rule, String path, int line, int column, String message, String subject) {
        this(rule, path, line, column, message, subject, List.of());
    }

    /**
     * A diagnostic with related places and no subject.
     *
     * @param rule the rule
     * @param path repository-relative path
     * @param line 1-based line, or 0
     * @param column 1-based column, or 0
     * @param message what is wrong and how to fix it
     * @param related the other places
     */
    public Diagnostic(Rule rule, String path, int line, int column, String message, List<Reference> related) {
        this(rule, path, line, column, message, "", related);
    }
}
