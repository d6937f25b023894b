package io.github.spectrace.core.internal.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    private static final String OLD = "--- f (committed)";
    private static final String NEW = "+++ f (from the specs)";

    /** Lines "l1" to "l{n}", each ended by a line feed. */
    private static String numbered(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append('l').append(i).append('\n');
        }
        return s.toString();
    }

    private static String text(List<String> lines) {
        StringBuilder s = new StringBuilder();
        for (String l : lines) {
            s.append(l).append('\n');
        }
        return s.toString();
    }

    @Test
    void oneChangedLineHasThreeLinesOfContextAndTheRemovalFirst() {
        String a = numbered(10);
        assertEquals(List.of(OLD, NEW, "@@ -2,7 +2,7 @@", " l2", " l3", " l4", "-l5", "+L5", " l6", " l7", " l8"),
                UnifiedDiff.diff("f", a, a.replace("\nl5\n", "\nL5\n"), 100));
    }

    @Test
    void changesSixLinesApartShareOneHunk() {
        String a = numbered(20);
        String b = a.replace("\nl5\n", "\nL5\n").replace("\nl12\n", "\nL12\n");
        assertEquals(List.of(OLD, NEW, "@@ -2,14 +2,14 @@", " l2", " l3", " l4", "-l5", "+L5", " l6", " l7", " l8",
                " l9", " l10", " l11", "-l12", "+L12", " l13", " l14", " l15"),
                UnifiedDiff.diff("f", a, b, 100));
    }

    @Test
    void changesSevenLinesApartGetTwoHunks() {
        String a = numbered(20);
        String b = a.replace("\nl5\n", "\nL5\n").replace("\nl13\n", "\nL13\n");
        assertEquals(List.of(OLD, NEW,
                "@@ -2,7 +2,7 @@", " l2", " l3", " l4", "-l5", "+L5", " l6", " l7", " l8",
                "@@ -10,7 +10,7 @@", " l10", " l11", " l12", "-l13", "+L13", " l14", " l15", " l16"),
                UnifiedDiff.diff("f", a, b, 100));
    }

    @Test
    void insertionsAtTheStartAndTheEnd() {
        String a = numbered(10);
        String b = "new 0\n" + a + "new 11\n";
        assertEquals(List.of(OLD, NEW,
                "@@ -1,3 +1,4 @@", "+new 0", " l1", " l2", " l3",
                "@@ -8,3 +9,4 @@", " l8", " l9", " l10", "+new 11"),
                UnifiedDiff.diff("f", a, b, 100));
        assertEquals(1, UnifiedDiff.firstDifference(a, b));
    }

    @Test
    void anEmptySideStartsAtLineOne() {
        // As the hand-written diff printed it; diff(1) would say -0,0 and +0,0.
        assertEquals(List.of(OLD, NEW, "@@ -1,0 +1,2 @@", "+x", "+y"), UnifiedDiff.diff("f", "", "x\ny\n", 100));
        assertEquals(List.of(OLD, NEW, "@@ -1,2 +1,0 @@", "-x", "-y"), UnifiedDiff.diff("f", "x\ny\n", "", 100));
    }

    @Test
    void aMissingLastLineEndIsNotADiffLine() {
        assertEquals(List.of(OLD, NEW, "@@ -1,3 +1,3 @@", " l1", "-l2", "+L2", " l3"),
                UnifiedDiff.diff("f", "l1\nl2\nl3", "l1\nL2\nl3\n", 100));
        assertEquals(2, UnifiedDiff.firstDifference("l1\nl2\nl3", "l1\nL2\nl3\n"));
        // DriftChecker reports this case as a difference in line ends.
        assertEquals(List.of(), UnifiedDiff.diff("f", "l1\nl2", "l1\nl2\n", 100));
        assertEquals(0, UnifiedDiff.firstDifference("l1\nl2", "l1\nl2\n"));
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertEquals(List.of(), UnifiedDiff.diff("f", "l1\nl2\n", "l1\nl2\n", 100));
        assertEquals(List.of(), UnifiedDiff.diff("f", "", "", 100));
        assertEquals(0, UnifiedDiff.firstDifference("l1\nl2\n", "l1\nl2\n"));
    }

    @Test
    void theCutSaysHowManyLinesAreLeftOut() {
        String a = numbered(10);
        String b = a.replace("\nl5\n", "\nL5\n");
        List<String> all = List.of(OLD, NEW, "@@ -2,7 +2,7 @@", " l2", " l3", " l4", "-l5", "+L5", " l6", " l7",
                " l8");
        assertEquals(all, UnifiedDiff.diff("f", a, b, 11));
        assertEquals(List.of(OLD, NEW, "@@ -2,7 +2,7 @@", " l2", " l3", " l4", "-l5", "+L5", " l6", " l7",
                "… 1 more diff line"), UnifiedDiff.diff("f", a, b, 10));
        assertEquals(List.of(OLD, NEW, "@@ -2,7 +2,7 @@", " l2", "… 7 more diff lines"),
                UnifiedDiff.diff("f", a, b, 4));
    }

    @Test
    void threeChangesInTwentyThousandLinesGiveThreeSmallHunks() {
        // The hand-written LCS table gave up above 4,000,000 cells and printed all 40,000 lines.
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 1; i <= 20_000; i++) {
            a.add("line " + i);
            if (i == 5_000) {
                b.add("changed 5000");
            } else if (i != 10_000) {
                b.add("line " + i);
            }
            if (i == 15_000) {
                b.add("inserted");
            }
        }
        assertEquals(List.of(OLD, NEW,
                "@@ -4997,7 +4997,7 @@", " line 4997", " line 4998", " line 4999", "-line 5000", "+changed 5000",
                " line 5001", " line 5002", " line 5003",
                "@@ -9997,7 +9997,6 @@", " line 9997", " line 9998", " line 9999", "-line 10000", " line 10001",
                " line 10002", " line 10003",
                "@@ -14998,6 +14997,7 @@", " line 14998", " line 14999", " line 15000", "+inserted", " line 15001",
                " line 15002", " line 15003"),
                UnifiedDiff.diff("f", text(a), text(b), 100));
        assertEquals(5_000, UnifiedDiff.firstDifference(text(a), text(b)));
    }

    @Test
    void upToTwoThousandEditsAreSearchedAndMoreAreShownAsOneChange() {
        assertEquals(rewrite(500, true), UnifiedDiff.diff("f", text(halves(500, "a")), text(halves(500, "b")),
                Integer.MAX_VALUE));
        assertEquals(rewrite(501, false), UnifiedDiff.diff("f", text(halves(501, "a")), text(halves(501, "b")),
                Integer.MAX_VALUE));
    }

    /** Three equal lines, n lines "{p}1".., one line "kept", n more "{p}" lines, and three equal lines. */
    private static List<String> halves(int n, String p) {
        List<String> lines = new ArrayList<>(List.of("s1", "s2", "s3"));
        for (int i = 1; i <= 2 * n; i++) {
            lines.add(p + i);
            if (i == n) {
                lines.add("kept");
            }
        }
        lines.addAll(List.of("s4", "s5", "s6"));
        return lines;
    }

    /** The diff of {@code halves(n, "a")} to {@code halves(n, "b")}, with "kept" found or removed and added. */
    private static List<String> rewrite(int n, boolean found) {
        int count = 3 + 2 * n + 1 + 3;
        List<String> d = new ArrayList<>(List.of(OLD, NEW, "@@ -1," + count + " +1," + count + " @@", " s1", " s2",
                " s3"));
        if (found) {
            addRange(d, "-a", 1, n);
            addRange(d, "+b", 1, n);
            d.add(" kept");
            addRange(d, "-a", n + 1, 2 * n);
            addRange(d, "+b", n + 1, 2 * n);
        } else {
            addRange(d, "-a", 1, n);
            d.add("-kept");
            addRange(d, "-a", n + 1, 2 * n);
            addRange(d, "+b", 1, n);
            d.add("+kept");
            addRange(d, "+b", n + 1, 2 * n);
        }
        d.addAll(List.of(" s4", " s5", " s6"));
        return d;
    }

    private static void addRange(List<String> d, String prefix, int from, int to) {
        for (int i = from; i <= to; i++) {
            d.add(prefix + i);
        }
    }
}
