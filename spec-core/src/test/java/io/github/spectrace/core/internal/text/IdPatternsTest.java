package io.github.spectrace.core.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


class IdPatternsTest {

    /** The default pattern, found without the regex engine. */
    private static final IdPatterns FAST = IdPatterns.defaults();
    /** The same language, written so that it goes through java.util.regex. */
    private static final IdPatterns REGEX = IdPatterns.compile(List.of("(?:" + IdPatterns.DEFAULT + ")"));

    private static List<String> found(IdPatterns p, CharSequence text) {
        List<String> out = new ArrayList<>();
        for (int[] r : p.findAll(text)) {
            out.add(r[0] + "-" + r[1] + ":" + text.subSequence(r[0], r[1]));
        }
        return out;
    }

    @Test
    void findsIdsOnWordBoundaries() {
        String text = "OC-CORE-1001, ORCH-3001 and (A-B2-C-123); OC-CORE-10012 is one, ab-123, OC_CORE-1001,"
                + " xOC-CORE-1001, ISO-86 and the standard ISO-8601 are not; @Tag(\"X-1001\") is.";
        List<String> expected = List.of("0-12:OC-CORE-1001", "14-23:ORCH-3001", "29-39:A-B2-C-123",
                "42-55:OC-CORE-10012", "149-155:X-1001");
        assertEquals(expected, found(REGEX, text));
        assertEquals(expected, found(FAST, text));
    }

    @Test
    void resumesAfterAMatchWithoutBoundaryAsFindDoes() {
        String[][] cases = {
            // "AB-12345" matches first and is dropped (a digit follows); the search goes on after it.
            {"AB-123456", ""},
            // After "A-12" fails, the start "B" is tried.
            {"A-12 B-123", "5-10:B-123"},
            {"aB-123", ""},
            // "B-123" matches but a hyphen before it is no word boundary.
            {"A--B-123", ""},
            {"A-1 B-123", "4-9:B-123"},
            {"-123 A- B-12 C-", ""},
        };
        for (String[] c : cases) {
            List<String> expected = c[1].isEmpty() ? List.of() : List.of(c[1]);
            assertEquals(expected, found(REGEX, c[0]), c[0]);
            assertEquals(expected, found(FAST, c[0]), c[0]);
        }
    }

    @Test
    void agreesWithTheRegexEngineOnRandomText() {
        String[] alphabet = {"A", "B", "Z", "Q7", "0", "1", "9", "-", "-", "-", "_", " ", "a", "x", "\n", ".",
            "\u00c9", "\u0663", "OC-CORE-", "-100", "12"};
        Random r = new Random(42);
        for (int i = 0; i < 50_000; i++) {
            String text = RandomText.next(r, alphabet, 23);
            assertEquals(found(REGEX, text), found(FAST, text), text);
            assertEquals(found(REGEX, text), found(FAST, new StringBuilder(text)), text);
        }
    }

    @Test
    void otherPatternsUseTheRegexEngine() {
        IdPatterns custom = IdPatterns.compile(List.of("REQ_[0-9]+", IdPatterns.DEFAULT));
        assertEquals(List.of("0-7:REQ_001", "8-14:AB-123"), found(custom, "REQ_001 AB-123"));
    }

    @Test
    void idLikeTokens() {
        for (String yes : new String[] {"A-1", "a-1", "A-b-1", "OC-core-1", "OC-CORE-1001", "A-B2-C-123", "A_B-123",
            "REQ_001", "SYS-6.1.6", "M0-W-1350", "A-123456"}) {
            assertTrue(IdPatterns.isIdLike(yes), yes);
        }
        for (String no : new String[] {"", "A", "A-", "-1", "1-1", "A--1", "A-1-", "A-1b", "\u00c9-123",
            "A-\u0663\u0663\u0663", "ORCH-3001 ", " ORCH-3001", "v1.2", "SYS-6.", "SYS-.6", "A" + "-1".repeat(100)}) {
            assertFalse(IdPatterns.isIdLike(no), no);
        }
    }

    @Test
    void standardsAreNoIds() {
        for (String standard : new String[] {"RFC-2119", "ISO-8601", "ISO-IEC-27001", "CVE-2024-3094", "SHA-256",
            "IEEE-754", "CWE-079"}) {
            assertTrue(FAST.isStandard(standard), standard);
            assertFalse(FAST.matches(standard), standard);
            assertFalse(REGEX.matches(standard), standard);
        }
        for (String own : new String[] {"RFC-API-001", "ISOX-8601", "OC-CORE-1001", "SYS-6.1.6", "REQ_001"}) {
            assertFalse(FAST.isStandard(own), own);
        }
        assertTrue(FAST.matches("RFC-API-001"));
        IdPatterns none = IdPatterns.of(List.of(Pattern.compile(IdPatterns.DEFAULT)), List.of());
        assertTrue(none.matches("RFC-2119"));
        assertEquals(List.of("4-12:RFC-2119"), found(none, "see RFC-2119."));
        assertEquals(List.of(), found(FAST, "see RFC-2119."));
    }

    @Test
    void suggestedPatternsMatchTheirTokens() {
        assertEquals("[A-Z][A-Z0-9]*-[0-9]+(?:\\.[0-9]+)*", IdPatterns.suggestPattern("SYS-6.1.6"));
        assertEquals("[A-Z][A-Z0-9]*_[0-9]+", IdPatterns.suggestPattern("REQ_001"));
        assertEquals("[A-Z][A-Z0-9]*-[A-Za-z][A-Za-z0-9]*-[0-9]+", IdPatterns.suggestPattern("OC-core-1"));
        for (String token : new String[] {"SYS-6.1.6", "REQ_001", "OC-core-1", "M0-W-1350", "A.B-12.3", "OC-CORE-12"}) {
            assertTrue(Pattern.compile(IdPatterns.suggestPattern(token)).matcher(token).matches(), token);
        }
    }

    @Test
    void wholeTokensAgreeWithTheRegexEngine() {
        String[] cases = {"", "A", "A-", "-1", "A-1", "a-1", "1-1", "A--1", "A-1-", "A-b-1", "A-1b", "OC-core-1",
            "OC-CORE-1001", "OC-CORE-10012", "OC-CORE-12", "A-B2-C-123", "A-2B-123", "A_B-123", "\u00c9-123",
            "A-\u0663\u0663\u0663", "ORCH-3001 ", " ORCH-3001", "A-123456"};
        for (String c : cases) {
            assertEquals(REGEX.matches(c), FAST.matches(c), c);
        }
        String[] alphabet = {"A", "B", "Z", "Q7", "a", "z", "0", "1", "9", "-", "-", "-", "_", " ", "\u00c9", "\u0663",
            "OC-CORE-", "-100", "12", "123", "-1234"};
        Random r = new Random(17);
        for (int i = 0; i < 50_000; i++) {
            String token = RandomText.next(r, alphabet, 7);
            assertEquals(REGEX.matches(token), FAST.matches(token), token);
            assertEquals(REGEX.matches(token), FAST.matches(new StringBuilder(token)), token);
        }
    }
}
