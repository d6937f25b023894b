package io.github.spectrace.core.markdown;

import java.util.Arrays;

/** Maps character offsets in an LF-normalised text to 1-based lines and columns. */
public final class LineIndex {

    private final int[] starts;
    private final int count;

    /**
     * Indexes a text.
     *
     * @param text the text, with {@code \n} line ends
     */
    public LineIndex(CharSequence text) {
        int[] s = new int[64];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = s;
        this.count = n;
    }

    /**
     * The line of an offset.
     *
     * @param offset a character offset
     * @return the 1-based line
     */
    public int line(int offset) {
        int i = Arrays.binarySearch(starts, 0, count, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /**
     * The column of an offset.
     *
     * @param offset a character offset
     * @return the 1-based column
     */
    public int column(int offset) {
        return offset - starts[line(offset) - 1] + 1;
    }
}
