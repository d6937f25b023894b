package io.github.spectrace.core.internal.markdown;

import io.github.spectrace.core.internal.markdown.SpecDocument.Block;
import io.github.spectrace.core.internal.markdown.SpecDocument.IdToken;
import io.github.spectrace.core.internal.markdown.SpecDocument.Kind;
import io.github.spectrace.core.internal.text.IdPatterns;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.junit.jupiter.api.Assertions.assertEquals;

class GfmMarkdownTest {

    private final SpecParser parser = new SpecParser(IdPatterns.defaults());

    // Counts as cmark-gfm 0.29.0.gfm.6 makes them, checked by making each row the header of a table.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '"', textBlock = """
            | a | b |          # 2
            a | b              # 2
            |a|b|              # 2
            | a || b |         # 3
            | a \\| b |        # 1
            | a \\\\| b |      # 1
            | `c|d` |          # 2
            "|"                # 0
            abc                # 1
            "| a |   "         # 1
            """)
    void cellsAsCmarkGfmCountsThem(String row, int cells) {
        assertEquals(cells, GfmMarkdown.cells(row));
    }

    @Test
    void headerRowIsTheLineAboveTheFirstMatchingDelimiterRow() {
        assertEquals(0, GfmMarkdown.headerRow(new String[] {"| a | b |", "|---|:-:|"}));
        assertEquals(1, GfmMarkdown.headerRow(new String[] {"Intro", "| a | b |", "|---|---|", "| 1 | 2 |"}));
        assertEquals(2, GfmMarkdown.headerRow(new String[] {"| a |", "|---|---|", "| b | c |", " - | - "}));
        assertEquals(-1, GfmMarkdown.headerRow(new String[] {"| a | b | c |", "|---|---|"}));
        assertEquals(-1, GfmMarkdown.headerRow(new String[] {"| a | b |", "    |---|---|"}));
        assertEquals(-1, GfmMarkdown.headerRow(new String[] {"| a | b |", "| - | : |"}));
        assertEquals(-1, GfmMarkdown.headerRow(new String[] {"|---|"}));
    }

    @Test
    void tableThenDashesDefinesNothingAndKeepsPositions() {
        SpecDocument doc = parser.parse("spec.md", """
                # Limits

                | Key | Limit |
                |-----|-------|
                | [LIM-101] | 10 pools |
                ---

                [LIM-102] A pool MUST hold at most 100 tasks.
                """);
        assertEquals(List.of(new SpecDocument.Heading(1, "Limits", "limits", 1)), doc.headings());
        assertEquals(2, doc.blocks().size());
        Block b = doc.blocks().get(1);
        assertEquals(Kind.PARAGRAPH, b.kind());
        assertEquals(8, b.line());
        assertEquals(1, b.column());
        assertEquals(List.of(new IdToken("LIM-102", 8, 2)), b.defined());
        assertEquals(List.of(new SpecDocument.LineRange(3, 5)), doc.verbatim());
    }

    @Test
    void tableInterruptingAParagraphIsNoText() {
        SpecDocument doc = parser.parse("spec.md", """
                [INT-101] The pool MUST use [the queue](queue.md).
                | Key | Note |
                |-----|------|
                | INT-102 | not a mention |
                """);
        assertEquals(1, doc.blocks().size());
        Block b = doc.blocks().get(0);
        assertEquals("The pool MUST use the queue.", b.title());
        assertEquals(List.of(new IdToken("INT-101", 1, 2)), b.defined());
        assertEquals(List.of(), b.mentions());
        assertEquals(List.of("queue.md"), b.links());
        assertEquals(List.of(new SpecDocument.LineRange(2, 4)), doc.verbatim());
    }

    @Test
    void linesAfterATableAreRowsWithTheirLinks() {
        SpecDocument doc = parser.parse("spec.md", """
                | ID | Note |
                |----|------|
                CON-101 a row without pipes, see [the guide](guide.md)
                  and CON-102 another

                [CON-103] After a blank line, a paragraph MUST be one.
                """);
        assertEquals(1, doc.blocks().size());
        assertEquals(List.of(new IdToken("CON-103", 6, 2)), doc.blocks().get(0).defined());
        assertEquals(List.of(new SpecDocument.Link("guide.md", 3, 34, SpecDocument.LinkKind.INLINE)), doc.links());
        assertEquals(List.of(new SpecDocument.LineRange(1, 4)), doc.verbatim());
    }

    @Test
    void rewrittenUnderlinesInContainersKeepPositions() {
        SpecDocument doc = parser.parse("spec.md", """
                > | a | b |
                > |---|---|
                > ---
                > [BQ-101] Quoted MUST hold.

                - [LST-101] An item MUST hold:
                  | a | b |
                  |---|---|
                  ===
                  more
                """);
        assertEquals(List.of(), doc.headings());
        assertEquals(2, doc.blocks().size());
        assertEquals(List.of(new IdToken("BQ-101", 4, 4)), doc.blocks().get(0).defined());
        assertEquals(List.of(new IdToken("LST-101", 6, 4)), doc.blocks().get(1).defined());
        assertEquals("An item MUST hold:", doc.blocks().get(1).title());
        assertEquals(List.of(new SpecDocument.LineRange(1, 2), new SpecDocument.LineRange(7, 10)), doc.verbatim());
    }

    @Test
    void titlesReadCodeSpansAndAutolinksAsGitHubShowsThem() {
        SpecDocument doc =
                parser.parse("spec.md", "- [TXT-101] Call `` `x` `` and ` y ` at <https://e.org/a> or <a@e.org>.\n");
        assertEquals("Call `x` and y at https://e.org/a or a@e.org.", doc.blocks().get(0).title());
    }
}
