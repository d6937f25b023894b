package io.github.spectrace.core.internal.markdown;

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
        if (text instanceof String str) {
            // String.indexOf is vectorised; the trace indexes every source file that cites an ID.
            for (int i = str.indexOf('\n'); i >= 0; i = str.indexOf('\n', i + 1)) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        } else {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    if (n == s.length) {
                        s = Arrays.copyOf(s, n * 2);
                    }
                    s[n++] = i + 1;
                }
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
     * The number of lines; a text ending in a line end has an empty last line.
     *
     * @return at least 1
     */
    public int lineCount() {
        return count;
    }

    /**
     * The offset of a 1-based line and column.
     *
     * @param line a line between 1 and {@link #lineCount()}
     * @param column a 1-based column
     * @return the character offset
     */
    public int offset(int line, int column) {
        return starts[line - 1] + column - 1;
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
