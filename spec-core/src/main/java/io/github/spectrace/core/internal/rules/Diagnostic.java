package io.github.spectrace.core.internal.rules;

import io.github.spectrace.core.model.Rule;
import java.util.Objects;

/**
 * What a checker reports: a rule, a place and a message, but no severity; {@link RuleSettings#apply} decides that.
 *
 * @param rule the rule
 * @param path repository-relative path with {@code /} separators
 * @param line 1-based line, or 0 for the whole file
 * @param column 1-based column, or 0 for the whole line or file
 * @param message what is wrong and how to fix it
 */
public record Diagnostic(Rule rule, String path, int line, int column, String message) {

    /** Validates the components. */
    public Diagnostic {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
