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
}
