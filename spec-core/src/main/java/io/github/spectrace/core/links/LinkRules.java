package io.github.spectrace.core.links;

import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.Severity;
import java.util.List;

/** The rules of {@code spec:check-links}. */
public final class LinkRules {

    /** A relative link whose file or directory does not exist. */
    public static final Rule FILE_MISSING = new Rule("LINK-FILE-MISSING", Severity.ERROR,
            "A relative link points at a file or directory that does not exist.");
    /** A {@code #fragment} that matches no heading or HTML anchor in the target Markdown file. */
    public static final Rule ANCHOR_MISSING = new Rule("LINK-ANCHOR-MISSING", Severity.ERROR,
            "A #fragment matches no heading anchor or HTML anchor in the target Markdown file.");
    /** A {@code #L10} or {@code #L10-L20} fragment beyond the end of the target file. */
    public static final Rule LINE_MISSING = new Rule("LINK-LINE-MISSING", Severity.ERROR,
            "A #L10 or #L10-L20 fragment lies beyond the end of the target file.");

    /** All rules, sorted by ID. */
    public static final List<Rule> ALL = List.of(ANCHOR_MISSING, FILE_MISSING, LINE_MISSING);

    private LinkRules() {
    }
}
