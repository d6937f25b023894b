package io.github.spectrace.core.internal.lint;

import io.github.spectrace.core.internal.rules.RuleSettings;
import io.github.spectrace.core.model.OptionStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to lint.
 *
 * @param settings the rules that are on, so that work for rules that are off is skipped
 * @param maxLineLength the {@code SPEC-LINE-LENGTH} limit in code points
 * @param idPatterns the configured ID patterns, quoted in {@code SPEC-ID-FORMAT} messages
 * @param modules reactor modules that {@code SPEC-MODULE-WITHOUT-SPEC} checks
 * @param specExempt modules that need no spec, by artifactId, with the reason
 * @param idPrefixes the ID prefix each module's IDs must have, by module name
 * @param names how messages name options
 */
public record LintOptions(
        RuleSettings settings,
        int maxLineLength,
        List<String> idPatterns,
        List<ModuleRef> modules,
        Map<String, String> specExempt,
        Map<String, String> idPrefixes,
        OptionStyle names) {

    /** Copies the collections. */
    public LintOptions {
        Objects.requireNonNull(settings, "settings");
        idPatterns = List.copyOf(idPatterns);
        modules = List.copyOf(modules);
        specExempt = Map.copyOf(specExempt);
        idPrefixes = Map.copyOf(idPrefixes);
    }

    /**
     * A module that should have a spec.
     *
     * @param artifactId the module's artifactId, which is also its requirements file name
     * @param pom the repository-relative path of its {@code pom.xml}, where a finding is reported
     */
    public record ModuleRef(String artifactId, String pom) {
    }
}
