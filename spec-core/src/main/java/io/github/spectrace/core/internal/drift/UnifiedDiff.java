package io.github.spectrace.core.internal.drift;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A small unified diff of two texts, line by line, for showing drift in a build log. */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    /**
     * The most removed plus added lines that Myers' algorithm may look for. Its work grows with the square of that
     * count (about 75 ms at 2,000), so a file rewritten wholesale is shown as one change instead, of which the build
     * log only shows the start anyway.
     */
    private static final int MAX_EDITS = 2_000;

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
        List<String> a = split(actual);
        List<String> b = split(expected);
        Patch<String> patch = patch(a, b);
        if (patch.getDeltas().isEmpty()) {
            return List.of();
        }
        List<String> out = UnifiedDiffUtils.generateUnifiedDiff(path + " (committed)", path + " (from the specs)", a,
                patch, CONTEXT);
        if (out.size() > maxLines) {
            int more = out.size() - maxLines;
            List<String> cut = new ArrayList<>(out.subList(0, maxLines));
            cut.add("… " + more + " more diff line" + (more == 1 ? "" : "s"));
            return cut;
        }
        return out;
    }

    /**
     * The 1-based line of the first difference.
     *
     * @param actual the content on disk
     * @param expected the expected content
     * @return the line, or 0 when the texts are equal
     */
    public static int firstDifference(String actual, String expected) {
        List<String> a = split(actual);
        List<String> b = split(expected);
        int i = commonPrefix(a, b);
        return i == a.size() && i == b.size() ? 0 : i + 1;
    }

    private static List<String> split(String s) {
        if (s.isEmpty()) {
            return List.of();
        }
        String t = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        return Arrays.asList(t.split("\n", -1));
    }

    private static int commonPrefix(List<String> a, List<String> b) {
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        return i;
    }

    private static Patch<String> patch(List<String> a, List<String> b) {
        try {
            return DiffUtils.diff(a, b, new EditLimit());
        } catch (TooManyEdits e) {
            int prefix = commonPrefix(a, b);
            int suffix = 0;
            while (suffix < a.size() - prefix && suffix < b.size() - prefix
                    && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
                suffix++;
            }
            Patch<String> whole = new Patch<>();
            whole.addDelta(new ChangeDelta<>(new Chunk<>(prefix, a.subList(prefix, a.size() - suffix)),
                    new Chunk<>(prefix, b.subList(prefix, b.size() - suffix))));
            return whole;
        }
    }

    /** Stops the search through the only hook the library offers: its progress listener, told each edit count tried. */
    private static final class EditLimit implements DiffAlgorithmListener {

        @Override
        public void diffStart() {
        }

        @Override
        public void diffStep(int value, int max) {
            if (value > MAX_EDITS) {
                throw new TooManyEdits();
            }
        }

        @Override
        public void diffEnd() {
        }
    }

    private static final class TooManyEdits extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooManyEdits() {
            super(null, null, false, false);
        }
    }
}
