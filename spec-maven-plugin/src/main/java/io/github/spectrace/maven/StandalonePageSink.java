package io.github.spectrace.maven;

import java.io.Writer;
import org.apache.maven.doxia.sink.SinkEventAttributes;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;

/**
 * The sink of {@code mvn spec:report}: Doxia's XHTML5 body sink, with the page around it (doctype, charset,
 * title) that the site's skin would otherwise provide.
 */
final class StandalonePageSink extends Xhtml5BaseSink {

    private boolean inHead;

    StandalonePageSink(Writer out) {
        super(out);
    }

    @Override
    public void head(SinkEventAttributes attributes) {
        inHead = true;
        write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    }

    @Override
    public void head_() {
        write("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                + "td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}</style>\n"
                + "</head>\n");
        inHead = false;
    }

    @Override
    public void title(SinkEventAttributes attributes) {
        write("<title>");
    }

    @Override
    public void title_() {
        write("</title>\n");
    }

    @Override
    public void body(SinkEventAttributes attributes) {
        write("<body>\n");
    }

    @Override
    public void body_() {
        write("\n</body>\n</html>\n");
    }

    @Override
    public void text(String text, SinkEventAttributes attributes) {
        if (inHead) {
            write(escapeHTML(text));
        } else {
            super.text(text, attributes);
        }
    }
}
