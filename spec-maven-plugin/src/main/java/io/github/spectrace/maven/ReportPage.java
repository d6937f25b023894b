package io.github.spectrace.maven;

/**
 * The few page events the "Spec Compliance" report uses. {@link SinkPage} sends them to the Doxia sink of
 * {@code mvn site}; {@link HtmlPage} writes the standalone page of {@code mvn spec:report} without Doxia's
 * implementation jars, which the plugin would otherwise load into every build.
 */
interface ReportPage {

    /** Opens the further pages of a report, next to its main page. */
    @FunctionalInterface
    interface Factory {

        /**
         * Opens a page.
         *
         * @param fileName the file name, for example {@code spec-compliance-core.html}
         * @return the page, not yet started
         */
        ReportPage open(String fileName);
    }

    /**
     * Opens the page.
     *
     * @param title the page title, as text
     */
    void start(String title);

    /** Closes the page. */
    void end();

    /**
     * Opens a section and writes its title.
     *
     * @param level 1 for the top level
     * @param title the title, as text
     */
    void section(int level, String title);

    /**
     * Closes a section.
     *
     * @param level the level it was opened with
     */
    void section_(int level);

    /**
     * Writes a paragraph.
     *
     * @param text the content, as text
     */
    void paragraph(String text);

    /** Opens a table. */
    void table();

    /** Closes a table. */
    void table_();

    /** Opens a table row. */
    void row();

    /** Closes a table row. */
    void row_();

    /**
     * Writes a header cell.
     *
     * @param text the content, as text
     */
    void headerCell(String text);

    /** Opens a data cell. */
    void cell();

    /** Closes a data cell. */
    void cell_();

    /**
     * Writes text, escaped.
     *
     * @param text the text
     */
    void text(String text);

    /**
     * Opens an anchor that links can point to.
     *
     * @param id the anchor's ID
     */
    void anchor(String id);

    /** Closes an anchor. */
    void anchor_();

    /**
     * Opens a link.
     *
     * @param href the target
     */
    void link(String href);

    /** Closes a link. */
    void link_();

    /** Writes a line break. */
    void lineBreak();

    /**
     * Writes HTML as it is; only for markup built from fixed strings and numbers.
     *
     * @param html the markup
     */
    void raw(String html);
}
