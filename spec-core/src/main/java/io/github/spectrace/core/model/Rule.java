package io.github.spectrace.core.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The registry of every rule the plugin reports, each with its stable ID, the check that reports it, its default
 * severity and a one-sentence summary. Checkers report a rule, a location and a message; the configuration's
 * {@code rules} decide the severity, in one place.
 */
public enum Rule {
    /** No spec file matches the includes anywhere, so nothing was checked. */
    SPEC_NONE_FOUND(Check.SPECS, Severity.ERROR,
            "No spec file matches the includes, so nothing would be checked; a gate that checks nothing fails."),
    /** A top-level spec whose name is the directory name of several modules. */
    SPEC_MODULE_AMBIGUOUS(Check.SPECS, Severity.WARNING,
            "A top-level spec's name is the directory name of several modules, so it maps to none of them."),
    /** A package manifest that cannot be parsed, so its directory is not a module. */
    SPEC_MANIFEST_INVALID(Check.SPECS, Severity.WARNING,
            "A package manifest cannot be parsed, so its directory is not a module, or a workspace lists a member"
                    + " that matches no package."),
    /** An ID-like token in definition position that matches no ID pattern. */
    SPEC_ID_FORMAT(Check.LINT, Severity.ERROR,
            "A token in requirement-ID position looks like an ID but matches none of the ID patterns."),
    /** The same ID defined more than once. */
    SPEC_ID_DUPLICATE(Check.LINT, Severity.ERROR,
            "The same requirement ID is defined more than once, in one file or across files."),
    /** A requirement without an ALL-CAPS RFC 2119 keyword. */
    SPEC_RFC2119_MISSING(Check.LINT, Severity.ERROR, "A requirement has no ALL-CAPS RFC 2119 keyword."),
    /** Lowercase must/should/may and no ALL-CAPS keyword. */
    SPEC_RFC2119_LOWERCASE(Check.LINT, Severity.WARNING,
            "A requirement uses lowercase must, should or may but no ALL-CAPS keyword (RFC 8174)."),
    /** Forms that look like keywords but are not. */
    SPEC_RFC2119_AMBIGUOUS(Check.LINT, Severity.WARNING,
            "A requirement uses a form that is not an RFC 2119 keyword, such as 'MUST not' or 'MAY NOT'."),
    /** More than one ID, or MUST-level and MAY-level keywords, in one item. */
    SPEC_BUNDLED(Check.LINT, Severity.WARNING,
            "One item defines several IDs, or mixes MUST-level and MAY-level keywords."),
    /** A line longer than the limit. */
    SPEC_LINE_LENGTH(Check.LINT, Severity.WARNING,
            "A line is longer than the limit, counted in Unicode code points; code, tables and unbreakable"
                    + " lines are exempt."),
    /** A link to an absolute path, or a relative link that leaves the project. */
    SPEC_LINK_ABSOLUTE(Check.LINT, Severity.ERROR,
            "A link points at an absolute file path or leaves the top-level project directory."),
    /** A spec that defines no ID. */
    SPEC_NO_REQUIREMENTS(Check.LINT, Severity.WARNING, "A spec file defines no requirement ID."),
    /** A module without a spec and without an exemption. */
    SPEC_MODULE_WITHOUT_SPEC(Check.LINT, null, "A reactor module has no spec and no specExempt entry."),
    /** An ID without its module's configured prefix. */
    SPEC_ID_PREFIX(Check.LINT, null, "A module with a configured ID prefix defines an ID without it."),
    /** A spec file that is a link outside the project, or not a regular file, and so is not read. */
    SPEC_FILE_SKIPPED(Check.LINT, Severity.WARNING,
            "A file that the includes match is a symbolic link that leads outside the project, or not a regular"
                    + " file; it is not read."),
    /** A configured mapping that matches no spec file. */
    SPEC_MAPPING_UNUSED(Check.LINT, Severity.WARNING, "A configured spec-to-module mapping matches no spec file."),

    /** A relative link whose file or directory does not exist. */
    LINK_FILE_MISSING(Check.LINKS, Severity.ERROR,
            "A relative link points at a file or directory that does not exist."),
    /** A {@code #fragment} that matches no heading or HTML anchor in the target Markdown file. */
    LINK_ANCHOR_MISSING(Check.LINKS, Severity.ERROR,
            "A #fragment matches no heading anchor or HTML anchor in the target Markdown file."),
    /** A link to a symbolic link that leaves the project, or to something that is not a regular file. */
    LINK_TARGET_SKIPPED(Check.LINKS, Severity.WARNING,
            "A link points at, or the link includes match, a symbolic link that leads outside the project, or a"
                    + " FIFO or device; it is not read."),
    /** A {@code #L10} or {@code #L10-L20} fragment beyond the end of the target file. */
    LINK_LINE_MISSING(Check.LINKS, Severity.ERROR,
            "A #L10 or #L10-L20 fragment lies beyond the end of the target file."),

    /** A generated file differs from what the specs produce. */
    DRIFT_CHANGED(Check.DRIFT, Severity.ERROR, "A committed generated file differs from what the specs produce."),
    /** A generated file the specs produce is missing. */
    DRIFT_MISSING(Check.DRIFT, Severity.ERROR, "A file that the specs produce is missing."),
    /** A generated file that no spec produces any more. */
    DRIFT_STALE(Check.DRIFT, Severity.ERROR,
            "A generated requirements file remains although no spec produces it any more."),
    /** A YAML file in the requirements directory that the plugin did not generate. */
    DRIFT_LEFTOVER(Check.DRIFT, Severity.WARNING,
            "A YAML file in the requirements directory was not generated by the plugin."),

    /** Code, a test or a spec cites an ID that no spec defines. */
    TRACE_DANGLING(Check.TRACE, Severity.ERROR,
            "Code, a test or a spec cites a requirement ID that no spec defines."),
    /** A source or test file that is a link outside the project, or not a regular file, and so is not read. */
    TRACE_FILE_SKIPPED(Check.TRACE, Severity.WARNING,
            "A file under a source or test root, or that the trace includes match, is a symbolic link that leads"
                    + " outside the project, or not a regular file; it is not read for citations."),
    /** Requirements exist, but not one source or test file was scanned for citations. */
    TRACE_NOTHING_SCANNED(Check.TRACE, Severity.ERROR,
            "Requirements exist, but no source or test file was scanned for citations, so none can count as cited."),
    /** A MUST requirement that no test cites. */
    TRACE_UNTESTED(Check.TRACE, Severity.ERROR, "A MUST requirement is not cited by any test."),
    /** A SHOULD requirement that no test cites. */
    TRACE_UNTESTED_SHOULD(Check.TRACE, null, "A SHOULD requirement is not cited by any test."),
    /** A MAY requirement that no test cites. */
    TRACE_UNTESTED_MAY(Check.TRACE, null, "A MAY requirement is not cited by any test."),
    /** A MUST requirement that no code cites. */
    TRACE_UNIMPLEMENTED(Check.TRACE, Severity.WARNING, "A MUST requirement is not cited by any code."),
    /** A SHOULD requirement that no code cites. */
    TRACE_UNIMPLEMENTED_SHOULD(Check.TRACE, null, "A SHOULD requirement is not cited by any code."),
    /** A MAY requirement that no code cites. */
    TRACE_UNIMPLEMENTED_MAY(Check.TRACE, null, "A MAY requirement is not cited by any code."),
    /** A MUST requirement that no passing test proves in the test results present. Off by default. */
    TRACE_UNPROVEN(Check.TRACE, null,
            "A MUST requirement is not proven by a passing test in the test reports present at verify time."),
    /** A MUST requirement whose citing tests that ran all failed or errored. */
    TRACE_FAILING(Check.TRACE, Severity.ERROR,
            "A MUST requirement's citing tests ran in the test reports present, and every one failed or errored."),
    /** A requirement whose statement changed since its code and test citations were last reviewed. */
    TRACE_SUSPECT(Check.TRACE, Severity.WARNING,
            "A requirement's statement changed since its code and test citations were last reviewed, so they may"
                    + " no longer prove it."),
    /** Coverage below a configured minimum. */
    TRACE_COVERAGE(Check.TRACE, Severity.ERROR,
            "The share of requirements of a level cited by tests or code is below the configured minimum."),

    /** A test report that cannot be parsed; it is ignored. */
    RESULTS_MALFORMED(Check.RESULTS, Severity.WARNING,
            "A Surefire or Failsafe test report is not well-formed XML, declares a DTD, has a root element other"
                    + " than testsuite or testsuites, or is not a regular file inside the project; it is ignored."),

    /** A baseline entry whose findings no longer occur, reported only when the baseline is strict. */
    BASELINE_STALE(Check.BASELINE, Severity.ERROR,
            "A baseline entry's findings no longer occur, and the strict baseline may only shrink.");

    /** The checks, each of which reports a fixed set of rules. */
    public enum Check {
        /** Whether there are specs at all; part of every goal. */
        SPECS,
        /** The spec linter. */
        LINT,
        /** The link checker. */
        LINKS,
        /** The comparison of the generated files with the committed ones. */
        DRIFT,
        /** The traceability rules over citations in code and tests. */
        TRACE,
        /** Reading the test reports. */
        RESULTS,
        /** Comparing the findings with the committed baseline; part of each gate that has one. */
        BASELINE
    }

    private final String id;
    private final Check check;
    private final Severity defaultSeverity;
    private final String summary;

    Rule(Check check, Severity defaultSeverity, String summary) {
        this.id = name().replace('_', '-');
        this.check = check;
        this.defaultSeverity = defaultSeverity;
        this.summary = summary;
    }

    /**
     * The stable rule ID, as configured in {@code rules} and printed in findings.
     *
     * @return for example {@code SPEC-ID-DUPLICATE}
     */
    public String id() {
        return id;
    }

    /**
     * The check that reports this rule.
     *
     * @return the check
     */
    public Check check() {
        return check;
    }

    /**
     * The severity when the configuration says nothing.
     *
     * @return the severity, or null when the rule is off by default
     */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /**
     * One sentence on what the rule reports.
     *
     * @return the summary
     */
    public String summary() {
        return summary;
    }

    /**
     * The rule with an ID.
     *
     * @param id for example {@code SPEC-LINE-LENGTH}; case matters
     * @return the rule, or null when no rule has that ID
     */
    public static Rule byId(String id) {
        if (id == null) {
            return null;
        }
        for (Rule r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        return null;
    }

    /**
     * The rules of some checks, in declaration order.
     *
     * @param checks the checks
     * @return their rules
     */
    public static Set<Rule> of(Set<Check> checks) {
        Set<Rule> out = EnumSet.noneOf(Rule.class);
        for (Rule r : values()) {
            if (checks.contains(r.check)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The rule ID in lower case, for anchors in the documentation.
     *
     * @return for example {@code spec-line-length}
     */
    public String anchor() {
        return id.toLowerCase(Locale.ROOT);
    }
}
