package io.github.spectrace.core.api;


import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.Severity;
import java.util.List;

/** A result that carries findings, with their counts. */
public interface Findings {

    /**
     * The findings, sorted by path, line, column and rule.
     *
     * @return the findings
     */
    List<Finding> findings();

    /**
     * How the committed baseline of known findings was used.
     *
     * @return the baseline's status; {@link BaselineStatus#NONE} by default
     */
    default BaselineStatus baseline() {
        return BaselineStatus.NONE;
    }

    /**
     * What to tell the user about the size of the SARIF reports: one sentence for each limit of GitHub code
     * scanning that one reached.
     *
     * @return the sentences; none by default
     */
    default List<String> sarifWarnings() {
        return List.of();
    }

    /**
     * The number of findings of a severity.
     *
     * @param severity the severity
     * @return the count
     */
    default int count(Severity severity) {
        int n = 0;
        for (Finding f : findings()) {
            n += f.severity() == severity ? 1 : 0;
        }
        return n;
    }
}
