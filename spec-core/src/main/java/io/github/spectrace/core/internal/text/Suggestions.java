package io.github.spectrace.core.internal.text;

import java.util.Collection;

/** "Did you mean" suggestions by edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate closest to a wrong value, if it is close enough to be a likely typo: at most a third of the
     * longer string's length, and at least 1, edits away. Ties go to the smallest candidate in code-unit order,
     * so the answer never depends on iteration order.
     *
     * @param wrong the value that was not found
     * @param candidates the values that exist
     * @return the suggestion, or null
     */
    public static String closest(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int limit = Math.max(1, Math.max(c.length(), wrong.length()) / 3);
            if (Math.abs(c.length() - wrong.length()) > limit) {
                continue;
            }
            int d = distance(wrong, c);
            if (d <= limit && (d < bestDistance || d == bestDistance && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * The Levenshtein distance.
     *
     * @param a one string
     * @param b another
     * @return the number of single-character insertions, deletions and substitutions between them
     */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
