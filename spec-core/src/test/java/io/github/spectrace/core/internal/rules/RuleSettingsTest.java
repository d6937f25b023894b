package io.github.spectrace.core.internal.rules;

import io.github.spectrace.core.internal.text.Suggestions;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;


class RuleSettingsTest {

    // SPEC-CORE-1031
    // SPEC-CORE-1051
    @Test
    void defaultsOverridesAndOneStepToFindings() {
        RuleSettings d = RuleSettings.defaults();
        assertEquals(Severity.ERROR, d.severity(Rule.SPEC_ID_FORMAT));
        assertNull(d.severity(Rule.SPEC_ID_PREFIX));
        Map<Rule, Severity> overrides = new java.util.EnumMap<>(Rule.class);
        overrides.put(Rule.SPEC_ID_FORMAT, null);
        overrides.put(Rule.SPEC_ID_PREFIX, Severity.WARNING);
        RuleSettings o = RuleSettings.of(overrides);
        assertNull(o.severity(Rule.SPEC_ID_FORMAT));
        assertEquals(Severity.WARNING, o.severity(Rule.SPEC_ID_PREFIX));
        List<Diagnostic> found = List.of(new Diagnostic(Rule.SPEC_ID_PREFIX, "b.md", 2, 1, "p"),
                new Diagnostic(Rule.SPEC_ID_FORMAT, "a.md", 1, 1, "f"),
                new Diagnostic(Rule.RESULTS_MALFORMED, "a.md", 1, 1, "m"));
        assertEquals(List.of("WARNING a.md:1:1: [RESULTS-MALFORMED] m", "WARNING b.md:2:1: [SPEC-ID-PREFIX] p"),
                o.apply(found).stream().map(f -> f.severity() + " " + f.format()).toList());
    }

    @Test
    void suggestionsPickTheClosestCloseCandidate() {
        assertEquals("1-queue--admission",
                Suggestions.closest("queue-admission", List.of("intro", "1-queue--admission", "2-queue")));
        assertEquals("OC-CORE-1001", Suggestions.closest("OC-CORE-1010", List.of("OC-CORE-1001", "OC-CTRL-2001")));
        assertNull(Suggestions.closest("abc", List.of("xyz", "completely-different")));
        assertEquals("a1", Suggestions.closest("a", List.of("b1", "a1")), "ties go to code-unit order");
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
    }
}
