package io.github.spectrace.core.internal.rules;

import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The effective severity of every rule: its default, or what the configuration says. This is the one place where
 * a finding gets its severity.
 */
// SPEC-CORE-1031
// SPEC-CORE-1051
public final class RuleSettings {

    private final Map<Rule, Severity> effective;

    private RuleSettings(Map<Rule, Severity> effective) {
        this.effective = effective;
    }

    /**
     * Applies validated overrides to the rule defaults.
     *
     * @param overrides the severity of some rules; a null value turns the rule off
     * @return the settings
     */
    public static RuleSettings of(Map<Rule, Severity> overrides) {
        Map<Rule, Severity> effective = new EnumMap<>(Rule.class);
        for (Rule r : Rule.values()) {
            effective.put(r, overrides.containsKey(r) ? overrides.get(r) : r.defaultSeverity());
        }
        return new RuleSettings(effective);
    }

    /**
     * The defaults of every rule.
     *
     * @return the settings
     */
    public static RuleSettings defaults() {
        return of(Map.of());
    }

    /**
     * The effective severity of a rule.
     *
     * @param rule the rule
     * @return its severity, or null when it is off
     */
    public Severity severity(Rule rule) {
        return effective.get(rule);
    }

    /**
     * Whether a rule reports anything, so that a checker can skip work whose result would be dropped.
     *
     * @param rule the rule
     * @return false when it is off
     */
    public boolean enabled(Rule rule) {
        return effective.get(rule) != null;
    }

    /**
     * Gives each diagnostic its severity and drops those of rules that are off.
     *
     * @param diagnostics what the checkers reported
     * @return the findings, sorted by path, line, column and rule
     */
    public List<Finding> apply(Collection<Diagnostic> diagnostics) {
        List<Finding> out = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            Severity s = effective.get(d.rule());
            if (s != null) {
                out.add(new Finding(d.path(), d.line(), d.column(), d.rule(), s, d.message(), d.subject(),
                        d.related()));
            }
        }
        out.sort(null);
        return out;
    }
}
