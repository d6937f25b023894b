package io.github.spectrace.core.model;

import io.github.spectrace.core.SpecException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The effective severity of each rule: its default, or what the user configured ({@code error}, {@code warning}, {@code off}). */
// SPEC-CORE-1031
public final class RuleSettings {

    private final Map<String, Severity> effective;

    private RuleSettings(Map<String, Severity> effective) {
        this.effective = effective;
    }

    /**
     * Applies user overrides to rule defaults.
     *
     * @param rules the known rules
     * @param overrides severity by rule ID; values are {@code error}, {@code warning} or {@code off}, in any case
     * @return the settings
     * @throws SpecException if an override names an unknown rule or has an unknown value
     */
    public static RuleSettings of(List<Rule> rules, Map<String, String> overrides) {
        Map<String, Severity> effective = new HashMap<>();
        for (Rule r : rules) {
            effective.put(r.id(), r.defaultSeverity());
        }
        for (Map.Entry<String, String> e : new TreeMap<>(overrides == null ? Map.of() : overrides).entrySet()) {
            if (!effective.containsKey(e.getKey())) {
                throw new SpecException("<rules> configures unknown rule '" + e.getKey() + "'. Known rules: "
                        + String.join(", ", new TreeSet<>(effective.keySet())) + ".");
            }
            String v = e.getValue() == null ? "" : e.getValue().strip().toLowerCase(Locale.ROOT);
            switch (v) {
                case "error" -> effective.put(e.getKey(), Severity.ERROR);
                case "warning" -> effective.put(e.getKey(), Severity.WARNING);
                case "off" -> effective.put(e.getKey(), null);
                default -> throw new SpecException("<rules><" + e.getKey() + "> is '"
                        + (e.getValue() == null ? "" : e.getValue()) + "'. Use error, warning or off.");
            }
        }
        return new RuleSettings(effective);
    }

    /**
     * The effective severity of a rule.
     *
     * @param rule the rule
     * @return its severity, or null when it is off
     */
    public Severity severity(Rule rule) {
        return effective.get(rule.id());
    }

    /**
     * Whether a rule reports anything.
     *
     * @param rule the rule
     * @return false when it is off
     */
    public boolean enabled(Rule rule) {
        return effective.get(rule.id()) != null;
    }
}
