package io.github.spectrace.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One normative requirement defined in a spec.
 *
 * @param id the stable requirement ID, for example {@code OC-CORE-1001}
 * @param title the item's text as plain text, without the ID marker
 * @param level the strongest RFC 2119 keyword's level
 * @param keywords the distinct ALL-CAPS keywords, in order of first appearance
 * @param section the nearest enclosing heading as plain text, or empty
 * @param anchor {@code <spec path>#<slug>} of that heading, or the spec path alone
 * @param source repository-relative path of the defining spec
 * @param line 1-based line of the ID marker in the source
 * @param column 1-based column of the ID marker in the source
 * @param refs sorted repository-relative paths the requirement points at and that exist
 * @param xrefs naturally sorted IDs of other requirements that the item mentions
 * @param text the statement under a heading that defines the requirement, as plain text; empty when the
 *     title is the whole statement
 */
public record Requirement(
        String id,
        String title,
        Level level,
        List<String> keywords,
        String section,
        String anchor,
        String source,
        int line,
        int column,
        List<String> refs,
        List<String> xrefs,
        String text) {

    /**
     * A requirement whose title is its whole statement.
     *
     * @param id the ID
     * @param title the title
     * @param level the level
     * @param keywords the keywords
     * @param section the section
     * @param anchor the anchor
     * @param source the spec
     * @param line the line
     * @param column the column
     * @param refs the refs
     * @param xrefs the xrefs
     */
    public Requirement(String id, String title, Level level, List<String> keywords, String section, String anchor,
            String source, int line, int column, List<String> refs, List<String> xrefs) {
        this(id, title, level, keywords, section, anchor, source, line, column, refs, xrefs, "");
    }

    /** Validates and copies the components. */
    public Requirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        keywords = List.copyOf(keywords);
        refs = List.copyOf(refs);
        xrefs = List.copyOf(xrefs);
    }
}
