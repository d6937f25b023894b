package io.github.spectrace.maven;

import io.github.spectrace.core.model.SpecException;
import java.io.File;
import java.io.IOException;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;

/** The report's page events as Doxia sink events, for {@code mvn site}. */
final class SinkPage implements ReportPage {

    private final Sink sink;

    SinkPage(Sink sink) {
        this.sink = sink;
    }

    /** A further page of the report, rendered with the site's skin like the main page. */
    static Sink create(SinkFactory factory, File directory, String name) {
        try {
            return factory.createSink(directory, name);
        } catch (IOException e) {
            throw new SpecException("Cannot create the report page " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void start(String title) {
        sink.head();
        sink.title();
        sink.text(title);
        sink.title_();
        sink.head_();
        sink.body();
    }

    @Override
    public void end() {
        sink.body_();
        sink.flush();
        sink.close();
    }

    @Override
    public void section(int level, String title) {
        sink.section(level, null);
        sink.sectionTitle(level, null);
        sink.text(title);
        sink.sectionTitle_(level);
    }

    @Override
    public void section_(int level) {
        sink.section_(level);
    }

    @Override
    public void paragraph(String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }

    @Override
    public void table() {
        sink.table();
        sink.tableRows();
    }

    @Override
    public void table_() {
        sink.tableRows_();
        sink.table_();
    }

    @Override
    public void row() {
        sink.tableRow();
    }

    @Override
    public void row_() {
        sink.tableRow_();
    }

    @Override
    public void headerCell(String text) {
        sink.tableHeaderCell();
        sink.text(text);
        sink.tableHeaderCell_();
    }

    @Override
    public void cell() {
        sink.tableCell();
    }

    @Override
    public void cell_() {
        sink.tableCell_();
    }

    @Override
    public void text(String text) {
        sink.text(text);
    }

    @Override
    public void anchor(String id) {
        sink.anchor(id);
    }

    @Override
    public void anchor_() {
        sink.anchor_();
    }

    @Override
    public void link(String href) {
        sink.link(href);
    }

    @Override
    public void link_() {
        sink.link_();
    }

    @Override
    public void lineBreak() {
        sink.lineBreak();
    }

    @Override
    public void raw(String html) {
        sink.rawText(html);
    }
}
