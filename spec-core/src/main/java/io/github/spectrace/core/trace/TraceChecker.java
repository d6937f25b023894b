package io.github.spectrace.core.trace;

import io.github.spectrace.core.extract.Definitions;
import io.github.spectrace.core.extract.Extraction;
import io.github.spectrace.core.markdown.SpecDocument;
import io.github.spectrace.core.markdown.SpecDocument.Block;
import io.github.spectrace.core.markdown.SpecDocument.IdToken;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.IdPatterns;
import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Requirement;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.RuleSettings;
import io.github.spectrace.core.model.Severity;
import io.github.spectrace.core.model.Suggestions;
import java.util.ArrayList;
import java.util.EnumMap;
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

    /**
     * Creates a checker.
     *
     * @param settings rule severities
     * @param minTest minimum share of requirements cited by tests, by level; absent levels have no minimum
     * @param minCode minimum share of requirements cited by code, by level
     * @param pom repository-relative path of the top-level POM, where coverage findings are reported
     */
    public TraceChecker(RuleSettings settings, Map<Level, Double> minTest, Map<Level, Double> minCode, String pom) {
        this.settings = settings;
        this.minTest = Map.copyOf(minTest);
        this.minCode = Map.copyOf(minCode);
        this.pom = pom;
    }

    /**
     * Coverage per level over all modules.
     *
     * @param extraction the requirements
     * @param trace the citations
     * @return one entry per level, in level order
     */
    public static List<LevelCoverage> coverage(Extraction extraction, Trace trace) {
        return coverage(extraction.modules(), trace.counts());
    }

    /**
     * Coverage per level of some modules.
     *
     * @param modules the modules
     * @param counts {@code [code, test]} citations by ID
     * @return one entry per level, in level order
     */
    public static List<LevelCoverage> coverage(List<ModuleRequirements> modules, Map<String, int[]> counts) {
        Map<Level, int[]> sums = new EnumMap<>(Level.class);
        for (Level l : Level.values()) {
            sums.put(l, new int[3]);
        }
        for (ModuleRequirements m : modules) {
            for (Requirement r : m.requirements()) {
                int[] s = sums.get(r.level());
                int[] c = counts.getOrDefault(r.id(), new int[2]);
                s[0]++;
                s[1] += c[0] > 0 ? 1 : 0;
                s[2] += c[1] > 0 ? 1 : 0;
            }
        }
        List<LevelCoverage> out = new ArrayList<>();
        sums.forEach((l, s) -> out.add(new LevelCoverage(l, s[0], s[1], s[2])));
        return out;
    }

    /**
     * Applies the rules.
     *
     * @param extraction the requirements and parsed specs
     * @param trace the citations in code and tests
     * @return the findings, sorted
     */
    public List<Finding> check(Extraction extraction, Trace trace) {
        List<Finding> out = new ArrayList<>();
        Set<String> defined = new HashSet<>();
        Map<String, List<String>> byPrefix = new HashMap<>();
        for (ModuleRequirements m : extraction.modules()) {
            for (Requirement r : m.requirements()) {
                defined.add(r.id());
                byPrefix.computeIfAbsent(IdPatterns.prefixOf(r.id()), k -> new ArrayList<>()).add(r.id());
            }
        }
        byPrefix.values().forEach(l -> l.sort(null));

        for (Reference r : trace.dangling()) {
            dangling(out, r.id(), r.path(), r.line(), r.column(), r.test() ? "a test" : "code", byPrefix);
        }
        Set<String> prefixes = byPrefix.keySet();
        Definitions definitions = new Definitions(extraction.documents());
        for (SpecDocument d : extraction.documents()) {
            for (Block b : d.blocks()) {
                // A citation at the end of prose, "(OC-CORE-1098).", is a demoted definition, not a mention.
                for (IdToken t : b.defined()) {
                    if (!definitions.defines(b, t) && !defined.contains(t.id())
                            && prefixes.contains(IdPatterns.prefixOf(t.id()))) {
                        dangling(out, t.id(), d.path(), t.line(), t.column(), "the spec", byPrefix);
                    }
                }
                for (IdToken t : b.mentions()) {
                    if (!defined.contains(t.id()) && prefixes.contains(IdPatterns.prefixOf(t.id()))) {
                        dangling(out, t.id(), d.path(), t.line(), t.column(), "the spec", byPrefix);
                    }
                }
            }
        }

        Map<String, int[]> counts = trace.counts();
        for (ModuleRequirements m : extraction.modules()) {
            for (Requirement r : m.requirements()) {
                int[] c = counts.getOrDefault(r.id(), new int[2]);
                if (c[1] == 0) {
                    add(out, TraceRules.untested(r.level()), r.source(), r.line(), r.column(), r.id() + " ("
                            + r.level().id() + ") is not cited by any test. Cite it in a test that checks it, for"
                            + " example @Tag(\"" + r.id() + "\") or a comment, or change the rule's severity.");
                }
                if (c[0] == 0) {
                    add(out, TraceRules.unimplemented(r.level()), r.source(), r.line(), r.column(), r.id() + " ("
                            + r.level().id() + ") is not cited by any code. Cite it in a comment next to the code"
                            + " that implements it, for example // " + r.id() + ".");
                }
            }
        }

        for (LevelCoverage lc : coverage(extraction.modules(), counts)) {
            minimum(out, lc, "test", lc.tested(), minTest.get(lc.level()), "minTestCoverage");
            minimum(out, lc, "code", lc.implemented(), minCode.get(lc.level()), "minCodeCoverage");
        }
        out.sort(null);
        return out;
    }

    private void minimum(List<Finding> out, LevelCoverage lc, String what, int count, Double min, String element) {
        if (min == null || lc.total() == 0 || (double) count / lc.total() >= min) {
            return;
        }
        String level = lc.level().id();
        add(out, TraceRules.COVERAGE, pom, 0, 0, what + " coverage of " + level + " requirements is "
                + LevelCoverage.percent(count, lc.total()) + " (" + count + " of " + lc.total() + "), below <"
                + element + "><" + level + ">" + String.format(Locale.ROOT, "%s", min) + "</" + level + "></"
                + element + ">. Cite more " + level + " requirements in " + (what.equals("test") ? "tests" : "code")
                + "; COMPLIANCE.md lists each requirement's status.");
    }

    private void dangling(List<Finding> out, String id, String path, int line, int column, String where,
            Map<String, List<String>> byPrefix) {
        List<String> candidates = byPrefix.getOrDefault(IdPatterns.prefixOf(id), List.of());
        String suggestion = Suggestions.closest(id, candidates);
        add(out, TraceRules.DANGLING, path, line, column, id + " is cited by " + where + " but no spec defines it;"
                + (suggestion == null ? " fix the ID or define the requirement in a spec."
                        : " did you mean " + suggestion + "?"));
    }

    private void add(List<Finding> out, Rule rule, String path, int line, int column, String message) {
        if (rule == null) {
            return;
        }
        Severity s = settings.severity(rule);
        if (s != null) {
            out.add(new Finding(path, line, column, rule.id(), s, message));
        }
    }
}
