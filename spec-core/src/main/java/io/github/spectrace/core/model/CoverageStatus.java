package io.github.spectrace.core.model;

/** Whether code and tests cite a requirement. */
public enum CoverageStatus {
    /** Cited by code and by a test. */
    COVERED,
    /** Cited by code only. */
    UNTESTED,
    /** Cited by a test only. */
    UNIMPLEMENTED,
    /** Cited by neither. */
    UNCOVERED;

    private final String id = name().toLowerCase(java.util.Locale.ROOT);

    /**
     * The status for reference counts.
     *
     * @param code the number of code citations
     * @param tests the number of test citations
     * @return the status
     */
    public static CoverageStatus of(int code, int tests) {
        if (code > 0) {
            return tests > 0 ? COVERED : UNTESTED;
        }
        return tests > 0 ? UNIMPLEMENTED : UNCOVERED;
    }

    /**
     * The lower-case name used in generated files.
     *
     * @return for example {@code covered}
     */
    public String id() {
        return id;
    }
}
