package io.github.spectrace.core.model;

import java.util.Locale;

/**
 * The result of one test case in a Surefire or Failsafe report. The constants are ordered by precedence: when
 * the same test appears several times, the first in this order wins (see {@link #combine}).
 */
// SPEC-CORE-1041
public enum TestOutcome {
    /** The test ran and an assertion failed ({@code <failure>}). */
    FAILED,
    /** The test ran and threw an unexpected exception ({@code <error>}). */
    ERRORED,
    /** The test ran and passed, possibly after reruns (no child element, or only {@code <flaky…>}). */
    PASSED,
    /** The test did not run ({@code <skipped>}). */
    SKIPPED;

    /**
     * Combines two results of the same test, from several reports, reruns or parameterised invocations.
     * A failure beats an error, because it is the more specific evidence against the requirement; both beat a
     * pass, so that one bad run is never hidden by a good one; a pass beats a skip, because a skipped copy says
     * nothing about the test.
     *
     * @param a one result
     * @param b another
     * @return the one that comes first in declaration order
     */
    public static TestOutcome combine(TestOutcome a, TestOutcome b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /**
     * Whether the outcome counts against a requirement.
     *
     * @return true for {@link #FAILED} and {@link #ERRORED}
     */
    public boolean isFailure() {
        return this == FAILED || this == ERRORED;
    }

    /**
     * The lower-case name used in generated files and reports.
     *
     * @return {@code failed}, {@code errored}, {@code passed} or {@code skipped}
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
