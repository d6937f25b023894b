package io.github.spectrace.core.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;


class SuggestionsTest {

    /** The full Levenshtein table, without any bound: the oracle. */
    private static int fullDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
            }
        }
        return d[a.length()][b.length()];
    }

    /** The rule of closest(), checking every candidate in full. */
    private static String oracleClosest(String wrong, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int limit = Math.max(1, Math.max(c.length(), wrong.length()) / 3);
            int d = fullDistance(wrong, c);
            if (d <= limit && (d < bestDistance || d == bestDistance && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The scan that closest() was before the index, kept as a second oracle: same rule, same early length test. */
    private static String scanClosest(String wrong, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int limit = Math.max(1, Math.max(c.length(), wrong.length()) / 3);
            if (Math.abs(c.length() - wrong.length()) > limit) {
                continue;
            }
            int d = Suggestions.distance(wrong, c);
            if (d <= limit && (d < bestDistance || d == bestDistance && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    @Test
    void distances() {
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(3, Suggestions.distance("", "abc"));
        assertEquals(0, Suggestions.distance("OC-CORE-1001", "OC-CORE-1001"));
        assertEquals(1, Suggestions.distance("OC-CORE-1001", "OC-CORE-1002"));
        assertEquals(2, Suggestions.distance("OC-CORE-1001", "OC-CORE-1010"));
    }

    @Test
    void closestPrefersTheNearestThenTheSmallest() {
        // 1002 is 2 edits away (smaller, but farther), 1120 is 1.
        assertEquals("OC-CORE-1120", Suggestions.closest("OC-CORE-1020", List.of("OC-CORE-1002", "OC-CORE-1120")));
        // Both 1 edit away: the smaller wins, whatever the order.
        assertEquals("OC-CORE-1021", Suggestions.closest("OC-CORE-1020", List.of("OC-CORE-1030", "OC-CORE-1021")));
        assertNull(Suggestions.closest("OC-CORE-1020", List.of("ORCH-9", "X")));
    }

    @Test
    void distanceAndClosestAgreeWithTheFullTable() {
        String[] alphabet = {"A", "B", "C", "-", "1", "2", "0", "OC-", "CORE-", "100", "\u0130"};
        Random r = new Random(1031);
        for (int i = 0; i < 5_000; i++) {
            String a = RandomText.next(r, alphabet, 6);
            String b = RandomText.next(r, alphabet, 6);
            assertEquals(fullDistance(a, b), Suggestions.distance(a, b), a + " / " + b);
            List<String> candidates = new ArrayList<>();
            for (int k = r.nextInt(30); k > 0; k--) {
                candidates.add(RandomText.next(r, alphabet, 6));
            }
            assertEquals(oracleClosest(a, candidates), Suggestions.closest(a, candidates), a + " in " + candidates);
        }
    }

    @Test
    void oneIndexAnswersManyQuestionsAsTheScanDid() {
        // Requirement-like IDs (shared prefixes, runs of numbers, some duplicates and prefixes of each other) and
        // anchor-like words; the queries are near misses of candidates and random strings.
        String[] alphabet = {"OC-", "CORE-", "API-", "1", "2", "0", "9", "-", "a", "b", "q", "\u0130", "\ud83d\ude00"};
        Random r = new Random(2024);
        for (int set = 0; set < 40; set++) {
            List<String> candidates = new ArrayList<>();
            for (int k = r.nextInt(400); k > 0; k--) {
                candidates.add(r.nextInt(3) == 0 ? RandomText.next(r, alphabet, 8)
                        : String.format(java.util.Locale.ROOT, "OC-CORE-%d", 990 + r.nextInt(200)));
            }
            Suggestions index = Suggestions.of(candidates);
            for (int q = 0; q < 250; q++) {
                String wrong;
                if (!candidates.isEmpty() && r.nextBoolean()) {
                    StringBuilder sb = new StringBuilder(candidates.get(r.nextInt(candidates.size())));
                    for (int e = r.nextInt(4); e > 0 && sb.length() > 0; e--) {
                        int at = r.nextInt(sb.length());
                        switch (r.nextInt(3)) {
                            case 0 -> sb.deleteCharAt(at);
                            case 1 -> sb.insert(at, (char) ('0' + r.nextInt(10)));
                            default -> sb.setCharAt(at, (char) ('0' + r.nextInt(10)));
                        }
                    }
                    wrong = sb.toString();
                } else {
                    wrong = RandomText.next(r, alphabet, 8);
                }
                String expected = scanClosest(wrong, candidates);
                assertEquals(expected, index.closest(wrong), wrong + " in set " + set);
                if (q % 10 == 0) {
                    assertEquals(oracleClosest(wrong, candidates), expected, wrong + " in set " + set);
                }
            }
        }
    }

    @Test
    void emptyCandidatesAndEmptyQuestions() {
        assertNull(Suggestions.of(List.of()).closest("OC-CORE-1001"));
        assertEquals("a", Suggestions.of(List.of("ab", "a")).closest(""));
        assertEquals("", Suggestions.of(List.of("ab", "a", "")).closest(""));
        assertEquals("", Suggestions.of(List.of("", "xyz")).closest("q"));
    }
}
