package io.github.spectrace.core.model;

import java.util.Objects;

/**
 * The combined result of one test method over every report that mentions it.
 *
 * @param test the test method
 * @param outcome its result
 */
public record TestCaseResult(TestMethod test, TestOutcome outcome) implements Comparable<TestCaseResult> {

    /** Validates the components. */
    public TestCaseResult {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public int compareTo(TestCaseResult o) {
        int c = test.compareTo(o.test);
        return c != 0 ? c : outcome.compareTo(o.outcome);
    }
}
