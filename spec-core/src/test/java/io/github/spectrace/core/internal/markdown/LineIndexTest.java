package io.github.spectrace.core.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineIndexTest {

    @Test
    void linesAndColumnsOfStringsAndOtherSequencesAgree() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append("x".repeat(i % 7)).append('\n');
        }
        sb.append("last");
        for (String text : new String[] {"", "\n", "a", "a\n", "\n\nb", sb.toString()}) {
            LineIndex fromString = new LineIndex(text);
            LineIndex fromBuilder = new LineIndex(new StringBuilder(text));
            assertEquals(fromBuilder.lineCount(), fromString.lineCount(), text);
            int line = 1;
            int column = 1;
            for (int offset = 0; offset <= text.length(); offset++) {
                assertEquals(line, fromString.line(offset));
                assertEquals(column, fromString.column(offset));
                assertEquals(line, fromBuilder.line(offset));
                assertEquals(column, fromBuilder.column(offset));
                assertEquals(offset, fromString.offset(line, column));
                if (offset < text.length() && text.charAt(offset) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
        }
        assertEquals(201, new LineIndex(sb.toString()).lineCount());
    }
}
