package io.github.spectrace.core.results;

import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.Severity;
import java.util.List;

/** The rules reported while reading test results. */
public final class ResultsRules {

    /** A test report that cannot be parsed; it is ignored. */
    public static final Rule MALFORMED = new Rule("RESULTS-MALFORMED", Severity.WARNING,
            "A Surefire or Failsafe test report is not well-formed XML, or declares a DTD; it is ignored.");

    /** All rules, sorted by ID. */
    public static final List<Rule> ALL = List.of(MALFORMED);

    private ResultsRules() {
    }
}
