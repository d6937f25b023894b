package io.github.spectrace.core.lint;

import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.Severity;
import java.util.List;

/** The rules of {@code spec:lint}. */
public final class LintRules {

    /** An ID-like token in definition position that matches no ID pattern. */
    public static final Rule ID_FORMAT = new Rule("SPEC-ID-FORMAT", Severity.ERROR,
            "A token in requirement-ID position looks like an ID but matches none of the ID patterns.");
    /** The same ID defined more than once. */
    public static final Rule ID_DUPLICATE = new Rule("SPEC-ID-DUPLICATE", Severity.ERROR,
            "The same requirement ID is defined more than once, in one file or across files.");
    /** A requirement without an ALL-CAPS RFC 2119 keyword. */
    public static final Rule RFC2119_MISSING = new Rule("SPEC-RFC2119-MISSING", Severity.ERROR,
            "A requirement has no ALL-CAPS RFC 2119 keyword.");
    /** Lowercase must/should/may and no ALL-CAPS keyword. */
    public static final Rule RFC2119_LOWERCASE = new Rule("SPEC-RFC2119-LOWERCASE", Severity.WARNING,
            "A requirement uses lowercase must, should or may but no ALL-CAPS keyword (RFC 8174).");
    /** Forms that look like keywords but are not. */
    public static final Rule RFC2119_AMBIGUOUS = new Rule("SPEC-RFC2119-AMBIGUOUS", Severity.WARNING,
            "A requirement uses a form that is not an RFC 2119 keyword, such as 'MUST not' or 'MAY NOT'.");
    /** More than one ID, or MUST-level and MAY-level keywords, in one item. */
    public static final Rule BUNDLED = new Rule("SPEC-BUNDLED", Severity.WARNING,
            "One item defines several IDs, or mixes MUST-level and MAY-level keywords.");
    /** A line longer than the limit. */
    public static final Rule LINE_LENGTH = new Rule("SPEC-LINE-LENGTH", Severity.WARNING,
            "A line is longer than the limit, counted in Unicode code points; code, tables and unbreakable"
                    + " lines are exempt.");
    /** A link to an absolute path, or a relative link that leaves the project. */
    public static final Rule LINK_ABSOLUTE = new Rule("SPEC-LINK-ABSOLUTE", Severity.ERROR,
            "A link points at an absolute file path or leaves the top-level project directory.");
    /** A spec that defines no ID. */
    public static final Rule NO_REQUIREMENTS = new Rule("SPEC-NO-REQUIREMENTS", Severity.WARNING,
            "A spec file defines no requirement ID.");
    /** A module without a spec and without an exemption. */
    public static final Rule MODULE_WITHOUT_SPEC = new Rule("SPEC-MODULE-WITHOUT-SPEC", null,
            "A reactor module has no spec and no <specExempt> entry.");
    /** An ID without its module's configured prefix. */
    public static final Rule ID_PREFIX = new Rule("SPEC-ID-PREFIX", null,
            "A module with a configured ID prefix defines an ID without it.");

    /** All rules, sorted by ID. */
    public static final List<Rule> ALL = List.of(BUNDLED, ID_DUPLICATE, ID_FORMAT, ID_PREFIX, LINE_LENGTH,
            LINK_ABSOLUTE, MODULE_WITHOUT_SPEC, NO_REQUIREMENTS, RFC2119_AMBIGUOUS, RFC2119_LOWERCASE,
            RFC2119_MISSING);

    private LintRules() {
    }
}
