package io.github.spectrace.core.internal.render;

import java.util.Objects;

/**
 * The statement that a requirement's citations were last reviewed against, kept in the requirement's
 * {@code reviewed} block of its YAML entry while the statement differs from it.
 *
 * @param fingerprint the reviewed statement's fingerprint
 * @param title its title
 * @param text its text, or empty
 */
public record Reviewed(String fingerprint, String title, String text) {

    /** Validates the components. */
    public Reviewed {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
