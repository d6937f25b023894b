package io.github.spectrace.core.model;

/** Normative level of a requirement, derived from its strongest RFC 2119 keyword. */
public enum Level {
    /** MUST, MUST NOT, REQUIRED, SHALL, SHALL NOT. */
    MUST,
    /** SHOULD, SHOULD NOT, RECOMMENDED, NOT RECOMMENDED. */
    SHOULD,
    /** MAY, OPTIONAL. */
    MAY,
    /** No RFC 2119 keyword. */
    INFO;

    /**
     * The lower-case name used in generated files.
     *
     * @return {@code must}, {@code should}, {@code may} or {@code info}
     */
    public String id() {
        return switch (this) {
            case MUST -> "must";
            case SHOULD -> "should";
            case MAY -> "may";
            case INFO -> "info";
        };
    }
}
