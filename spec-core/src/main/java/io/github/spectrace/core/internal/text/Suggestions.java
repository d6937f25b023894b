package io.github.spectrace.core.internal.text;

import java.util.Arrays;
import java.util.Collection;

/**
 * "Did you mean" suggestions by edit distance, from an index built once per set of candidates: a gate with thousands
 * of dangling references asks the same set thousands of times.
 */
public final class Suggestions {

    // Sorted, without duplicates; lcp[i] is the length of the common prefix of sorted[i - 1] and sorted[i].
    private final String[] sorted;
    private final int[] lcp;
    private final int maxLength;

    private Suggestions(String[] sorted) {
        this.sorted = sorted;
        this.lcp = new int[sorted.length];
        int max = 0;
        for (int i = 0; i < sorted.length; i++) {
            max = Math.max(max, sorted[i].length());
            lcp[i] = i == 0 ? 0 : commonPrefix(sorted[i - 1], sorted[i]);
        }
        this.maxLength = max;
    }

    /**
     * An index of the values that exist.
     *
     * @param candidates the values; copied
     * @return the index
     */
    public static Suggestions of(Collection<String> candidates) {
        String[] a = candidates.stream().distinct().sorted().toArray(String[]::new);
        return new Suggestions(a);
    }

    /**
     * The candidate closest to a wrong value, if it is close enough to be a likely typo: at most a third of the
     * longer string's length, and at least 1, edits away. Ties go to the smallest candidate in code-unit order,
     * so the answer never depends on iteration order. For one question; ask an index of {@link #of} for many.
     *
     * @param wrong the value that was not found
     * @param candidates the values that exist
     * @return the suggestion, or null
     */
    public static String closest(String wrong, Collection<String> candidates) {
        return of(candidates).closest(wrong);
    }

    /**
     * The candidate closest to a wrong value, by the rule of {@link #closest(String, Collection)}.
     *
     * <p>The candidates are visited in sorted order, so the first one found at a distance is the smallest, and a
     * later one must be strictly nearer. Each shares the rows of the edit-distance table for its common prefix
     * with the one before, so a run of IDs that differ in their last digits costs a row or two each; and a prefix
     * whose row is already farther than the best so far (or than any candidate's limit) skips every candidate
     * that starts with it.
     *
     * @param wrong the value that was not found
     * @return the suggestion, or null
     */
    public String closest(String wrong) {
        int n = wrong.length();
        // rows[t][j]: the distance between the first t characters of the candidate and the first j of wrong.
        int[][] rows = new int[maxLength + 1][n + 1];
        int[] rowMin = new int[maxLength + 1];
        for (int j = 0; j <= n; j++) {
            rows[0][j] = j;
        }
        int maxLimit = limit(maxLength, n);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int valid = 0; // rows[0..valid] belong to the prefix of the previous candidate
        for (int i = 0; i < sorted.length; i++) {
            String c = sorted[i];
            int bound = Math.min(maxLimit, bestDistance - 1);
            int t = Math.min(valid, lcp[i]);
            if (t > 0 && rowMin[t] > bound) {
                // The shared prefix is already too far: so is every candidate that starts with it.
                valid = t;
                continue;
            }
            boolean pruned = false;
            for (; t < c.length(); t++) {
                int[] prev = rows[t];
                int[] cur = rows[t + 1];
                char ch = c.charAt(t);
                cur[0] = t + 1;
                int min = cur[0];
                for (int j = 1; j <= n; j++) {
                    int cost = wrong.charAt(j - 1) == ch ? 0 : 1;
                    int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                    cur[j] = v;
                    min = Math.min(min, v);
                }
                rowMin[t + 1] = min;
                if (min > bound) {
                    pruned = true;
                    t++;
                    break;
                }
            }
            valid = t;
            if (pruned) {
                continue;
            }
            int d = rows[c.length()][n];
            if (d <= limit(c.length(), n) && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int limit(int a, int b) {
        return Math.max(1, Math.max(a, b) / 3);
    }

    private static int commonPrefix(String a, String b) {
        int max = Math.min(a.length(), b.length());
        int k = 0;
        while (k < max && a.charAt(k) == b.charAt(k)) {
            k++;
        }
        return k;
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

    @Override
    public String toString() {
        return "Suggestions" + Arrays.toString(sorted);
    }
}
