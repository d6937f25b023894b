package io.github.spectrace.core.trace;

import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.Severity;
import java.util.List;

/** The traceability rules of {@code spec:verify-drift}. */
public final class TraceRules {

    /** Code, a test or a spec cites an ID that no spec defines. */
    public static final Rule DANGLING = new Rule("TRACE-DANGLING", Severity.ERROR,
            "Code, a test or a spec cites a requirement ID that no spec defines.");
    /** A MUST requirement that no test cites. */
    public static final Rule UNTESTED = new Rule("TRACE-UNTESTED", Severity.ERROR,
            "A MUST requirement is not cited by any test.");
    /** A SHOULD requirement that no test cites. */
    public static final Rule UNTESTED_SHOULD = new Rule("TRACE-UNTESTED-SHOULD", null,
            "A SHOULD requirement is not cited by any test.");
    /** A MAY requirement that no test cites. */
    public static final Rule UNTESTED_MAY = new Rule("TRACE-UNTESTED-MAY", null,
            "A MAY requirement is not cited by any test.");
    /** A MUST requirement that no code cites. */
    public static final Rule UNIMPLEMENTED = new Rule("TRACE-UNIMPLEMENTED", Severity.WARNING,
            "A MUST requirement is not cited by any code.");
    /** A SHOULD requirement that no code cites. */
    public static final Rule UNIMPLEMENTED_SHOULD = new Rule("TRACE-UNIMPLEMENTED-SHOULD", null,
            "A SHOULD requirement is not cited by any code.");
    /** A MAY requirement that no code cites. */
    public static final Rule UNIMPLEMENTED_MAY = new Rule("TRACE-UNIMPLEMENTED-MAY", null,
            "A MAY requirement is not cited by any code.");
    /** A MUST requirement that no passing test proves in the test results present. Off by default. */
    public static final Rule UNPROVEN = new Rule("TRACE-UNPROVEN", null,
            "A MUST requirement is not proven by a passing test in the test reports present at verify time.");
    /** Coverage below a configured minimum. */
    public static final Rule COVERAGE = new Rule("TRACE-COVERAGE", Severity.ERROR,
            "The share of requirements of a level cited by tests or code is below the configured minimum.");

    /** All rules, sorted by ID. */
    public static final List<Rule> ALL = List.of(COVERAGE, DANGLING, UNIMPLEMENTED, UNIMPLEMENTED_MAY,
            UNIMPLEMENTED_SHOULD, UNPROVEN, UNTESTED, UNTESTED_MAY, UNTESTED_SHOULD);

    private TraceRules() {
    }

    static Rule untested(Level level) {
        return switch (level) {
            case MUST -> UNTESTED;
            case SHOULD -> UNTESTED_SHOULD;
            case MAY -> UNTESTED_MAY;
            case INFO -> null;
        };
    }

    static Rule unimplemented(Level level) {
        return switch (level) {
            case MUST -> UNIMPLEMENTED;
            case SHOULD -> UNIMPLEMENTED_SHOULD;
            case MAY -> UNIMPLEMENTED_MAY;
            case INFO -> null;
        };
    }
}
