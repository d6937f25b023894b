package io.github.spectrace.core.internal.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * flexmark, configured and corrected to structure Markdown as GitHub (cmark-gfm) does. flexmark's table extension
 * finds tables in finished paragraphs, where cmark-gfm finds them line by line; three differences follow, which
 * this class removes without moving any block, so that every line and column stays that of the file:
 *
 * <ul>
 *   <li>a table directly followed by a {@code ---} line is, to flexmark, the text of a setext heading; to GitHub
 *       it is a table and a thematic break ({@code ===} and {@code --} are one more row, a lone {@code -} an empty
 *       list item). The text is parsed again with the underline rewritten in place, to {@code ***}, to
 *       {@code |==} or to {@code *}, which flexmark reads in the same way, so the document's characters are
 *       those of the rewritten text there. Only a document with such a heading pays the second parse;
 *   <li>a table can interrupt a paragraph on GitHub: the lines before the header row are split off as a
 *       paragraph of their own before flexmark looks for the table;
 *   <li>on GitHub a table goes on until a blank line or the start of another block, lines without a {@code |}
 *       included; flexmark stops at the first such line and makes the rest a paragraph, whose lines are turned
 *       back into rows, their inline nodes in the first cell.
 * </ul>
 *
 * <p>The differences that remain are listed, with examples, by the {@code .known} files of
 * {@code src/test/resources/gfm/edge/}, which {@code GfmDifferentialTest} checks.
 */
final class GfmMarkdown {

    /**
     * A GFM delimiter row: cells of {@code :?-+:?}, separated by {@code |}, up to three spaces of indent. One
     * cell needs no pipe here, but {@code ---} alone under a paragraph line is a setext underline first.
     */
    private static final Pattern DELIMITER_ROW =
            Pattern.compile(" {0,3}\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*\\r?\\n?");
    /** The start of a block that cannot interrupt a paragraph but ends a GFM table, after any indent. */
    private static final Pattern BLOCK_START = Pattern.compile(
            "(?:\\d{1,9}[.)]|[-+*])(?:[ \\t].*)?\\r?\\n?"
                    + "|</?[A-Za-z][A-Za-z0-9-]*(?:\\s+[A-Za-z_:][\\w.:-]*(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'"
                    + "|[^\\s\"'=<>`]+))?)*\\s*/?>[ \\t]*\\r?\\n?");

    private GfmMarkdown() {
    }

    /**
     * A flexmark parser with GitHub's table and task list rules: one header row whose cells match the delimiter
     * row's in number, delimiter cells of one dash or more, body rows cut or padded to that number of cells, no
     * column spans and no captions.
     *
     * @return the parser, immutable and thread-safe
     */
    static Parser parser() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS,
                List.of(TablesExtension.create(), TaskListExtension.create(), new InterruptingTables()));
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.MIN_HEADER_ROWS, 1);
        options.set(TablesExtension.MAX_HEADER_ROWS, 1);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(TablesExtension.WITH_CAPTION, false);
        return Parser.builder(options).build();
    }

    /**
     * Parses Markdown as GitHub would structure it.
     *
     * @param parser a parser from {@link #parser()}
     * @param text the Markdown
     * @return the document; its nodes' offsets are those of {@code text}
     */
    static Document parse(Parser parser, String text) {
        Document doc = parser.parse(text);
        char[] rewritten = null;
        for (Heading h : tableHeadings(doc)) {
            if (rewritten == null) {
                rewritten = text.toCharArray();
            }
            // flexmark's marker starts with the container prefix ("> ---" in a block quote): the underline is its
            // last run of = or -.
            BasedSequence marker = h.getClosingMarker().trimEnd();
            int end = marker.getEndOffset();
            char c = text.charAt(end - 1);
            int start = end;
            while (start > marker.getStartOffset() && text.charAt(start - 1) == c) {
                start--;
            }
            if (c == '-' && end - start >= 3) {
                // A thematic break, which cannot be a setext underline.
                Arrays.fill(rewritten, start, end, '*');
            } else if (c == '-' && end - start == 1) {
                // An empty list item to GitHub; to flexmark, after a paragraph line, a line of text (still not an
                // item, but no longer an underline).
                rewritten[start] = '*';
            } else {
                // One more row.
                rewritten[start] = '|';
            }
        }
        if (rewritten != null) {
            doc = parser.parse(new String(rewritten));
        }
        continueTables(doc);
        return doc;
    }

    /** The setext headings whose text holds a GFM table, in document order. */
    private static List<Heading> tableHeadings(Node parent) {
        List<Heading> out = new ArrayList<>();
        collectTableHeadings(parent, out);
        return out;
    }

    private static void collectTableHeadings(Node parent, List<Heading> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                if (h.isSetextHeading() && headerRow(h.getText().toString().split("\n", -1)) >= 0) {
                    out.add(h);
                }
            } else if (n.hasChildren()) {
                collectTableHeadings(n, out);
            }
        }
    }

    /**
     * The index of the first line that is a GFM table's header row: a line followed by a delimiter row with as
     * many cells.
     *
     * @param lines the lines of a paragraph
     * @return the index, or -1 if the lines hold no table
     */
    static int headerRow(CharSequence[] lines) {
        for (int i = 1; i < lines.length; i++) {
            if (DELIMITER_ROW.matcher(lines[i]).matches() && cells(lines[i]) == cells(lines[i - 1])) {
                return i - 1;
            }
        }
        return -1;
    }

    /**
     * The number of cells of a table row as cmark-gfm counts them: split at each {@code |} not preceded by a
     * backslash, in code spans too, a leading and a trailing pipe not counted.
     *
     * @param line the row
     * @return the number of cells
     */
    static int cells(CharSequence line) {
        String s = line.toString().strip();
        int count = 0;
        boolean content = false;
        for (int i = s.startsWith("|") ? 1 : 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                i++;
                content = true;
            } else if (c == '|') {
                count++;
                content = false;
            } else {
                content = true;
            }
        }
        return content ? count + 1 : count;
    }

    /** Turns the paragraph that flexmark leaves right after a table back into the rows GitHub makes of it. */
    private static void continueTables(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof TableBlock table && n.getNext() instanceof Paragraph p) {
                continueTable(table, p);
            } else if (n.hasChildren()) {
                continueTables(n);
            }
        }
    }

    private static void continueTable(TableBlock table, Paragraph p) {
        BasedSequence base = table.getChars().getBaseSequence();
        if (lineStart(base, p.getStartOffset()) != lineEnd(base, table.getEndOffset() - 1) + 1) {
            return;
        }
        List<BasedSequence> lines = p.getContentLines();
        int rows = 0;
        while (rows < lines.size() && isRow(base, table, lines.get(rows))) {
            rows++;
        }
        if (rows == 0 || !(table.getLastChild() instanceof TableBody body)) {
            return;
        }
        int columns = columns(table);
        Node inline = p.getFirstChild();
        for (int r = 0; r < rows; r++) {
            BasedSequence line = lines.get(r).trimEOL();
            TableRow row = new TableRow(line);
            TableCell cell = new TableCell(line);
            row.appendChild(cell);
            while (inline != null && inline.getStartOffset() <= line.getEndOffset()) {
                Node next = inline.getNext();
                if (inline instanceof SoftLineBreak || inline instanceof HardLineBreak) {
                    inline.unlink();
                } else {
                    cell.appendChild(inline);
                }
                inline = next;
            }
            for (int c = 1; c < columns; c++) {
                row.appendChild(new TableCell(line.subSequence(line.length())));
            }
            body.appendChild(row);
        }
        int end = lines.get(rows - 1).trimEOL().getEndOffset();
        body.setChars(base.subSequence(body.getFirstChild().getStartOffset(), end));
        table.setChars(base.subSequence(table.getStartOffset(), end));
        if (rows == lines.size()) {
            p.unlink();
        } else {
            p.setContent(p, rows, lines.size());
        }
    }

    /**
     * Whether a paragraph line right after a table is, to GitHub, one more row: not a lazy line (one that only
     * flexmark's paragraph keeps in the table's block quotes and list items), and not the start of a block that
     * cannot interrupt a paragraph but ends a table (indented code, an ordered list item not numbered 1, an empty
     * list item, an HTML tag alone on its line).
     */
    private static boolean isRow(BasedSequence base, TableBlock table, BasedSequence line) {
        int lineStart = lineStart(base, line.getStartOffset());
        int quotes = 0;
        for (Node a = table.getParent(); a != null; a = a.getParent()) {
            if (a instanceof BlockQuote) {
                quotes++;
            } else if (a instanceof ListItem item && item.getFirstChild() != null) {
                int contentColumn = item.getFirstChild().getStartOffset() - lineStart(base, item.getFirstChild()
                        .getStartOffset());
                if (line.getStartOffset() - lineStart < contentColumn) {
                    return false;
                }
            }
        }
        if (count(base.subSequence(lineStart, line.getStartOffset()), '>') < quotes) {
            return false;
        }
        String s = line.toString();
        int indent = 0;
        while (indent < s.length() && s.charAt(indent) == ' ') {
            indent++;
        }
        if (indent >= 4 || indent < s.length() && s.charAt(indent) == '\t') {
            return false;
        }
        return !BLOCK_START.matcher(s.substring(indent)).matches();
    }

    private static int columns(TableBlock table) {
        Node head = table.getFirstChild();
        Node row = head == null ? null : head.getFirstChild();
        int count = 0;
        for (Node c = row == null ? null : row.getFirstChild(); c != null; c = c.getNext()) {
            count++;
        }
        return Math.max(1, count);
    }

    private static int count(CharSequence s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static int lineStart(BasedSequence base, int offset) {
        int i = offset;
        while (i > 0 && base.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private static int lineEnd(BasedSequence base, int offset) {
        int i = offset;
        while (i < base.length() && base.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    /** Splits the lines before a GFM table's header row off into a paragraph of their own. */
    private static final class InterruptingTables implements Parser.ParserExtension {
        @Override
        public void parserOptions(MutableDataHolder options) {
            // No options.
        }

        @Override
        public void extend(Parser.Builder builder) {
            builder.paragraphPreProcessorFactory(new Factory());
        }
    }

    private static final class Factory implements ParagraphPreProcessorFactory {
        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return GfmMarkdown::splitBeforeTable;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(ReferencePreProcessorFactory.class);
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(TableParagraphPreProcessor.Factory().getClass());
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    private static int splitBeforeTable(Paragraph block, ParserState state) {
        List<BasedSequence> lines = block.getContentLines();
        int header = headerRow(lines.toArray(new CharSequence[0]));
        if (header <= 0) {
            return 0;
        }
        Paragraph intro = new Paragraph();
        intro.setContent(block, 0, header);
        state.getInlineParser().parse(intro.getContentChars(), intro);
        block.insertBefore(intro);
        state.blockAdded(intro);
        return lines.get(header).getStartOffset() - block.getStartOffset();
    }
}
