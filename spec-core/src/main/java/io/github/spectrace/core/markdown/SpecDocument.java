package io.github.spectrace.core.markdown;

import java.util.List;

/**
 * One parsed spec file: its headings and its text blocks, in document order.
 *
 * @param path repository-relative path with {@code /} separators
 * @param headings the headings, with their GitHub anchors
 * @param blocks headings, list items and paragraphs outside code
 */
public record SpecDocument(String path, List<Heading> headings, List<Block> blocks) {

    /** Copies the lists. */
    public SpecDocument {
        headings = List.copyOf(headings);
        blocks = List.copyOf(blocks);
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
        PARAGRAPH
    }

    /**
     * One unit of text that can define requirements.
     *
     * @param kind heading, list item or paragraph
     * @param line 1-based line where the block starts
     * @param column 1-based column where the block starts
     * @param title the plain text without the definition marker, whitespace collapsed
     * @param keywords distinct ALL-CAPS RFC 2119 keywords in the title outside code
     * @param defined IDs in definition position that match the ID patterns
     * @param malformed ID-like tokens in definition position that match no ID pattern
     * @param mentions IDs elsewhere in the text, outside code
     * @param links raw targets of the block's links and images
     * @param pathTokens path-like words in the text, code spans included
     * @param section index into {@link SpecDocument#headings()} of the enclosing section, or -1
     * @param owner index into {@link SpecDocument#blocks()} of the defining list item this block is nested
     *     in, or -1
     */
    public record Block(
            Kind kind,
            int line,
            int column,
            String title,
            List<String> keywords,
            List<IdToken> defined,
            List<IdToken> malformed,
            List<IdToken> mentions,
            List<String> links,
            List<String> pathTokens,
            int section,
            int owner) {

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
