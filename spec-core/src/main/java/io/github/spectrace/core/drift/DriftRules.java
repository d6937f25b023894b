package io.github.spectrace.core.drift;

import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.Severity;
import java.util.List;

/** The generated-file rules of {@code spec:verify-drift}. */
public final class DriftRules {

    /** A generated file differs from what the specs produce. */
    public static final Rule CHANGED = new Rule("DRIFT-CHANGED", Severity.ERROR,
            "A committed generated file differs from what the specs produce.");
    /** A generated file the specs produce is missing. */
    public static final Rule MISSING = new Rule("DRIFT-MISSING", Severity.ERROR,
            "A file that the specs produce is missing.");
    /** A generated file that no spec produces any more. */
    public static final Rule STALE = new Rule("DRIFT-STALE", Severity.ERROR,
            "A generated requirements file remains although no spec produces it any more.");

    /** All rules, sorted by ID. */
    public static final List<Rule> ALL = List.of(CHANGED, MISSING, STALE);

    private DriftRules() {
    }
}
