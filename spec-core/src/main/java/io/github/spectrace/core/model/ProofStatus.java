package io.github.spectrace.core.model;

import java.util.Locale;

/**
 * Whether the test results of a build prove a requirement. Results refine {@link CoverageStatus}: a failing or
 * passing mapped test decides the status; without one, the status says which citations exist.
 */
// SPEC-CORE-1043
public enum ProofStatus {
    /** At least one mapped test passed and none failed or errored. Code citations are not required. */
    PROVEN,
    /** At least one mapped test failed or errored, whatever the other results are. */
    FAILING,
    /**
     * Cited by code and by a test, but no mapped test passed or failed: the tests did not run, were all skipped,
     * or the citing test could not be mapped to a test result.
     */
    COVERED,
    /** Cited by code only, so there is nothing to run. */
    UNTESTED,
    /** Cited by a test only, and no mapped test passed or failed. */
    UNIMPLEMENTED,
    /** Cited by neither code nor tests. */
    UNCOVERED;

    private final String id = name().toLowerCase(Locale.ROOT);

    /**
     * The status for a requirement's citations and the results of its mapped tests.
     *
     * @param coverage which kinds of files cite the requirement
     * @param passed whether a mapped test passed
     * @param failed whether a mapped test failed or errored
     * @return the status
     */
    public static ProofStatus of(CoverageStatus coverage, boolean passed, boolean failed) {
        if (failed) {
            return FAILING;
        }
        if (passed) {
            return PROVEN;
        }
        return switch (coverage) {
            case COVERED -> COVERED;
            case UNTESTED -> UNTESTED;
            case UNIMPLEMENTED -> UNIMPLEMENTED;
            case UNCOVERED -> UNCOVERED;
        };
    }

    /**
     * The lower-case name used in generated files and reports.
     *
     * @return for example {@code proven}
     */
    public String id() {
        return id;
    }
}
