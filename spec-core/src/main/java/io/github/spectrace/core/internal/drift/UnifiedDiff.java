package io.github.spectrace.core.internal.drift;

import java.util.ArrayList;
import java.util.List;

/** A small unified diff of two texts, line by line, for showing drift in a build log. */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;
    private static final long MAX_TABLE = 4_000_000L;

    private UnifiedDiff() {
    }

    /**
     * The diff from the file on disk to the expected content.
     *
     * @param path the file's path, for the {@code ---}/{@code +++} header
     * @param actual the content on disk
     * @param expected the content the specs produce
     * @param maxLines the most diff lines to return; the rest is summarised in one line
     * @return the diff lines, without line ends; empty when the texts are equal
     */
    public static List<String> diff(String path, String actual, String expected, int maxLines) {
        String[] a = split(actual);
        String[] b = split(expected);
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
            prefix++;
        }
        if (prefix == a.length && prefix == b.length) {
            return List.of();
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
            suffix++;
        }
        // Edit script over the differing middle: ' ' keep, '-' remove from actual, '+' add from expected.
        List<char[]> ops = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            ops.add(new char[] {' '});
            texts.add(a[i]);
        }
        middle(a, prefix, a.length - suffix, b, prefix, b.length - suffix, ops, texts);
        for (int i = a.length - suffix; i < a.length; i++) {
            ops.add(new char[] {' '});
            texts.add(a[i]);
        }
        return hunks(path, ops, texts, maxLines);
    }

    /**
     * The 1-based line of the first difference.
     *
     * @param actual the content on disk
     * @param expected the expected content
     * @return the line, or 0 when the texts are equal
     */
    public static int firstDifference(String actual, String expected) {
        String[] a = split(actual);
        String[] b = split(expected);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) {
            i++;
        }
        return i == a.length && i == b.length ? 0 : i + 1;
    }

    private static String[] split(String s) {
        if (s.isEmpty()) {
            return new String[0];
        }
        String t = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        return t.split("\n", -1);
    }

    private static void middle(String[] a, int a0, int a1, String[] b, int b0, int b1, List<char[]> ops,
            List<String> texts) {
        int n = a1 - a0;
        int m = b1 - b0;
        if ((long) n * m > MAX_TABLE || n == 0 || m == 0) {
            for (int i = a0; i < a1; i++) {
                ops.add(new char[] {'-'});
                texts.add(a[i]);
            }
            for (int j = b0; j < b1; j++) {
                ops.add(new char[] {'+'});
                texts.add(b[j]);
            }
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[a0 + i].equals(b[b0 + j]) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[a0 + i].equals(b[b0 + j])) {
                ops.add(new char[] {' '});
                texts.add(a[a0 + i]);
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                // Removals before additions, as diff(1) prints them.
                ops.add(new char[] {'-'});
                texts.add(a[a0 + i]);
                i++;
            } else {
                ops.add(new char[] {'+'});
                texts.add(b[b0 + j]);
                j++;
            }
        }
    }

    private static List<String> hunks(String path, List<char[]> ops, List<String> texts, int maxLines) {
        List<String> out = new ArrayList<>();
        out.add("--- " + path + " (committed)");
        out.add("+++ " + path + " (from the specs)");
        int k = 0;
        int aLine = 1;
        int bLine = 1;
        while (k < ops.size()) {
            if (ops.get(k)[0] == ' ') {
                k++;
                aLine++;
                bLine++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            // Extend while changes are closer than two contexts apart.
            int lastChange = k;
            while (end < ops.size() && (ops.get(end)[0] != ' ' || end - lastChange <= 2 * CONTEXT)) {
                if (ops.get(end)[0] != ' ') {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + CONTEXT + 1);
            int back = k - start;
            int aStart = aLine - back;
            int bStart = bLine - back;
            int aCount = 0;
            int bCount = 0;
            List<String> body = new ArrayList<>();
            for (int x = start; x < end; x++) {
                char op = ops.get(x)[0];
                body.add(op + texts.get(x));
                if (op != '+') {
                    aCount++;
                }
                if (op != '-') {
                    bCount++;
                }
            }
            out.add("@@ -" + aStart + "," + aCount + " +" + bStart + "," + bCount + " @@");
            out.addAll(body);
            for (int x = k; x < end; x++) {
                char op = ops.get(x)[0];
                if (op != '+') {
                    aLine++;
                }
                if (op != '-') {
                    bLine++;
                }
            }
            k = end;
        }
        if (out.size() > maxLines) {
            int more = out.size() - maxLines;
            List<String> cut = new ArrayList<>(out.subList(0, maxLines));
            cut.add("… " + more + " more diff line" + (more == 1 ? "" : "s"));
            return cut;
        }
        return out;
    }
}
