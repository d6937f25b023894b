package io.github.spectrace.core.model;

import java.util.Objects;

/**
 * A check with a stable ID and a default severity.
 *
 * @param id the stable rule ID, for example {@code SPEC-ID-DUPLICATE}
 * @param defaultSeverity the severity when the user configures nothing, or null when the rule is off by default
 * @param summary one sentence on what the rule reports, used in SARIF and in the docs
 */
public record Rule(String id, Severity defaultSeverity, String summary) {

    /** Validates the components. */
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(summary, "summary");
    }
}
