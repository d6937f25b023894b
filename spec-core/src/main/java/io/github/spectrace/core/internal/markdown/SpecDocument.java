package io.github.spectrace.core.internal.markdown;

import java.util.List;

/**
 * One parsed Markdown file: its headings, its text blocks and its links, in document order.
 *
 * @param path repository-relative path with {@code /} separators
 * @param text the file's text with {@code \n} line ends
 * @param headings the headings, with their GitHub anchors
 * @param blocks headings, list items and paragraphs outside code
 * @param links every link target outside code, with its position
 * @param htmlAnchors anchors declared in HTML with {@code <a name>} or {@code id="…"}
 * @param verbatim line ranges of fenced and indented code, HTML blocks and tables
 * @param codeIds IDs inside fenced and indented code blocks, which define nothing, for hints
 */
public record SpecDocument(
        String path,
        String text,
        List<Heading> headings,
        List<Block> blocks,
        List<Link> links,
        List<String> htmlAnchors,
        List<LineRange> verbatim,
        List<IdToken> codeIds) {

    /** Copies the lists. */
    public SpecDocument {
        headings = List.copyOf(headings);
        blocks = List.copyOf(blocks);
        links = List.copyOf(links);
        htmlAnchors = List.copyOf(htmlAnchors);
        verbatim = List.copyOf(verbatim);
        codeIds = List.copyOf(codeIds);
    }

    /**
     * A link target at a position.
     *
     * @param target the raw target, for example {@code ../a.md#x} or {@code https://example.org}
     * @param line 1-based line
     * @param column 1-based column
     * @param kind how the link was written
     */
    public record Link(String target, int line, int column, LinkKind kind) {
    }

    /** How a link was written. */
    public enum LinkKind {
        /** {@code [text](target)}. */
        INLINE,
        /** {@code ![alt](target)}. */
        IMAGE,
        /** {@code [label]: target}, used by reference links. */
        REFERENCE_DEFINITION,
        /** {@code <https://…>}. */
        AUTOLINK,
        /** {@code <a href>} or {@code <img src>} in HTML. */
        HTML
    }

    /**
     * An inclusive range of 1-based lines.
     *
     * @param first the first line
     * @param last the last line
     */
    public record LineRange(int first, int last) {
    }

    /**
     * A heading.
     *
     * @param level 1 to 6
     * @param text the heading as plain text
     * @param slug its unique GitHub anchor in this file
     * @param line 1-based line
     */
    public record Heading(int level, String text, String slug, int line) {
    }

    /**
     * An ID token at a position.
     *
     * @param id the token
     * @param line 1-based line
     * @param column 1-based column
     */
    public record IdToken(String id, int line, int column) {
    }

    /** What kind of Markdown block a {@link Block} is. */
    public enum Kind {
        /** An ATX or setext heading. */
        HEADING,
        /** A bullet, ordered or task list item (its own paragraphs, without nested lists). */
        LIST_ITEM,
        /** A paragraph outside any list item. */
        PARAGRAPH,
        /** A row of a requirement table: a table whose header has an ID column. */
        TABLE_ROW
    }

    /**
     * One unit of text that can define requirements.
     *
     * @param kind heading, list item, paragraph or table row
     * @param line 1-based line where the block starts
     * @param column 1-based column where the block starts
     * @param title the plain text without the definition marker, whitespace collapsed
     * @param prose the title with code spans blanked out, for keyword checks; for a heading that defines, followed
     *     by its body's
     * @param keywords distinct ALL-CAPS RFC 2119 keywords in the title outside code; for a heading that defines,
     *     in its body too
     * @param defined IDs in definition position that match the ID patterns
     * @param malformed ID-like tokens in definition position that match no ID pattern
     * @param mentions IDs elsewhere in the text, outside code
     * @param links raw targets of the block's links and images
     * @param pathTokens path-like words in the text, code spans included
     * @param section index into {@link SpecDocument#headings()} of the enclosing section, or -1
     * @param owner index into {@link SpecDocument#blocks()} of the defining list item this block is nested
     *     in, or -1
     * @param weak true when the IDs stand at the end of the block, where prose also cites; such a definition
     *     yields to a strong one, at the start of a block
     * @param text the body of a heading that defines: the text of the paragraphs and list items under it up to
     *     the next heading of the same or a higher level, except those that define their own IDs; otherwise empty
     */
    public record Block(
            Kind kind,
            int line,
            int column,
            String title,
            String prose,
            List<String> keywords,
            List<IdToken> defined,
            List<IdToken> malformed,
            List<IdToken> mentions,
            List<String> links,
            List<String> pathTokens,
            int section,
            int owner,
            boolean weak,
            String text) {

        /** Copies the lists. */
        public Block {
            keywords = List.copyOf(keywords);
            defined = List.copyOf(defined);
            malformed = List.copyOf(malformed);
            mentions = List.copyOf(mentions);
            links = List.copyOf(links);
            pathTokens = List.copyOf(pathTokens);
        }
    }
}
