package io.github.spectrace.core.internal.trace;

import io.github.spectrace.core.internal.extract.Extraction;
import io.github.spectrace.core.internal.markdown.SpecDocument.Block;
import io.github.spectrace.core.internal.markdown.SpecDocument.IdToken;
import io.github.spectrace.core.internal.markdown.SpecDocument;
import io.github.spectrace.core.internal.rules.RuleSettings;
import io.github.spectrace.core.internal.text.IdPatterns;
import io.github.spectrace.core.internal.text.Suggestions;
import io.github.spectrace.core.internal.rules.Diagnostic;
import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.LevelCoverage;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Reference;
import io.github.spectrace.core.model.Requirement;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.OptionStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Applies the traceability rules to a model and its trace. */
public final class TraceChecker {

    private final RuleSettings settings;
    private final Map<Level, Double> minTest;
    private final Map<Level, Double> minCode;
    private final String pom;
    private final OptionStyle names;

    /**
     * Creates a checker.
     *
     * @param settings rule severities
     * @param minTest minimum share of requirements cited by tests, by level; absent levels have no minimum
     * @param minCode minimum share of requirements cited by code, by level
     * @param pom repository-relative path of the configuration file, where coverage findings are reported
     * @param names how messages name options
     */
    public TraceChecker(RuleSettings settings, Map<Level, Double> minTest, Map<Level, Double> minCode, String pom,
            OptionStyle names) {
        this.names = names;
        this.settings = settings;
        this.minTest = Map.copyOf(minTest);
        this.minCode = Map.copyOf(minCode);
        this.pom = pom;
    }

    /**
     * Applies the rules.
     *
     * @param extraction the requirements and parsed specs
     * @param trace the citations in code and tests
     * @return the findings, sorted
     */
    public List<Diagnostic> check(Extraction extraction, Trace trace) {
        List<Diagnostic> out = new ArrayList<>();
        Set<String> defined = new HashSet<>();
        Map<String, List<String>> byPrefix = new HashMap<>();
        for (ModuleRequirements m : extraction.modules()) {
            for (Requirement r : m.requirements()) {
                defined.add(r.id());
                byPrefix.computeIfAbsent(IdPatterns.prefixOf(r.id()), k -> new ArrayList<>()).add(r.id());
            }
        }
        // One index per prefix, built when its first dangling reference asks.
        Map<String, Suggestions> suggestions = new HashMap<>();
        // Where each ID first appears inside a code block of a spec, as path:line, for the hint.
        Map<String, String> codeIds = new HashMap<>();
        for (SpecDocument d : extraction.documents()) {
            for (IdToken t : d.codeIds()) {
                codeIds.putIfAbsent(t.id(), d.path() + ":" + t.line());
            }
        }

        for (Reference r : trace.dangling()) {
            dangling(out, r.id(), r.path(), r.line(), r.column(), r.test() ? "a test" : "code", byPrefix, suggestions,
                    codeIds);
        }
        Set<String> prefixes = byPrefix.keySet();
        for (SpecDocument d : extraction.documents()) {
            for (Block b : d.blocks()) {
                for (IdToken t : b.mentions()) {
                    if (!defined.contains(t.id()) && prefixes.contains(IdPatterns.prefixOf(t.id()))) {
                        dangling(out, t.id(), d.path(), t.line(), t.column(), "the spec", byPrefix, suggestions,
                                codeIds);
                    }
                }
            }
        }

        Map<String, int[]> counts = trace.counts();
        for (ModuleRequirements m : extraction.modules()) {
            for (Requirement r : m.requirements()) {
                int[] c = counts.getOrDefault(r.id(), new int[2]);
                if (c[1] == 0) {
                    add(out, untested(r.level()), r.source(), r.line(), r.column(), r.id() + " ("
                            + r.level().id() + ") is not cited by any test. Cite it in a test that checks it, for"
                            + " example @Tag(\"" + r.id() + "\") or a comment, or change the rule's severity.", r.id());
                }
                if (c[0] == 0) {
                    add(out, unimplemented(r.level()), r.source(), r.line(), r.column(), r.id() + " ("
                            + r.level().id() + ") is not cited by any code. Cite it in a comment next to the code"
                            + " that implements it, for example // " + r.id() + ".", r.id());
                }
            }
        }

        for (LevelCoverage lc : LevelCoverage.of(extraction.modules(), counts)) {
            minimum(out, lc, "test", lc.tested(), minTest.get(lc.level()), "minTestCoverage");
            minimum(out, lc, "code", lc.implemented(), minCode.get(lc.level()), "minCodeCoverage");
        }
        // Skipped as the other readers skip, and said as they say it.
        for (String path : trace.notRegular()) {
            out.add(new Diagnostic(Rule.TRACE_FILE_SKIPPED, path, 0, 0, path + " is not a regular file inside the"
                    + " project: a symbolic link that leads outside it or is broken, a FIFO, a socket or a device. It"
                    + " is not read, so its citations do not count. Put the file itself in the repository, or"
                    + " delete the link."));
        }
        return out;
    }

    private void minimum(List<Diagnostic> out, LevelCoverage lc, String what, int count, Double min, String element) {
        if (min == null || lc.total() == 0 || (double) count / lc.total() >= min) {
            return;
        }
        String level = lc.level().id();
        add(out, Rule.TRACE_COVERAGE, pom, 0, 0, what + " coverage of " + level + " requirements is "
                + LevelCoverage.percent(count, lc.total()) + " (" + count + " of " + lc.total() + "), below "
                + names.entry(element, level, String.format(Locale.ROOT, "%s", min)) + ". Cite more " + level + " requirements in " + (what.equals("test") ? "tests" : "code")
                + "; COMPLIANCE.md lists each requirement's status.", what + " " + level);
    }

    private void dangling(List<Diagnostic> out, String id, String path, int line, int column, String where,
            Map<String, List<String>> byPrefix, Map<String, Suggestions> suggestions, Map<String, String> codeIds) {
        String inCode = codeIds.get(id);
        if (inCode != null) {
            add(out, Rule.TRACE_DANGLING, path, line, column, id + " is cited by " + where + " but no spec defines"
                    + " it; it appears only inside a code block at " + inCode + ", and code defines nothing. Define"
                    + " it outside the code block, for example as '- [" + id + "] … MUST …'.", id);
            return;
        }
        String suggestion = suggestions.computeIfAbsent(IdPatterns.prefixOf(id),
                k -> Suggestions.of(byPrefix.getOrDefault(k, List.of()))).closest(id);
        add(out, Rule.TRACE_DANGLING, path, line, column, id + " is cited by " + where + " but no spec defines it;"
                + (suggestion == null ? " fix the ID or define the requirement in a spec."
                        : " did you mean " + suggestion + "?"), id);
    }

    private static void add(List<Diagnostic> out, Rule rule, String path, int line, int column, String message,
            String subject) {
        if (rule != null) {
            out.add(new Diagnostic(rule, path, line, column, message, subject));
        }
    }

    private static Rule untested(Level level) {
        return switch (level) {
            case MUST -> Rule.TRACE_UNTESTED;
            case SHOULD -> Rule.TRACE_UNTESTED_SHOULD;
            case MAY -> Rule.TRACE_UNTESTED_MAY;
            case INFO -> null;
        };
    }

    private static Rule unimplemented(Level level) {
        return switch (level) {
            case MUST -> Rule.TRACE_UNIMPLEMENTED;
            case SHOULD -> Rule.TRACE_UNIMPLEMENTED_SHOULD;
            case MAY -> Rule.TRACE_UNIMPLEMENTED_MAY;
            case INFO -> null;
        };
    }
}
