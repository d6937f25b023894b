package io.github.spectrace.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.spectrace.core.SpecException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSettingsTest {

    private static final Rule A = new Rule("A", Severity.ERROR, "a");
    private static final Rule B = new Rule("B", null, "b");

    // SPEC-CORE-1031
    @Test
    void defaultsAndOverrides() {
        RuleSettings d = RuleSettings.of(List.of(A, B), Map.of());
        assertEquals(Severity.ERROR, d.severity(A));
        assertNull(d.severity(B));
        RuleSettings o = RuleSettings.of(List.of(A, B), Map.of("A", " OFF ", "B", "Warning"));
        assertNull(o.severity(A));
        assertEquals(Severity.WARNING, o.severity(B));
    }

    @Test
    void unknownRuleOrValueIsAnError() {
        assertEquals("<rules> configures unknown rule 'C'. Known rules: A, B.",
                assertThrows(SpecException.class, () -> RuleSettings.of(List.of(A, B), Map.of("C", "off")))
                        .getMessage());
        assertEquals("<rules><A> is 'fatal'. Use error, warning or off.",
                assertThrows(SpecException.class, () -> RuleSettings.of(List.of(A, B), Map.of("A", "fatal")))
                        .getMessage());
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
