package io.github.spectrace.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Writes pretty-printed JSON with LF line ends on every OS and a trailing newline. */
final class JsonText {

    private static final JsonFactory JSON = new JsonFactory();
    private static final DefaultIndenter LF_INDENT = new DefaultIndenter("  ", "\n");

    /** What to write. */
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonText() {
    }

    static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(LF_INDENT).withArrayIndenter(LF_INDENT));
            body.write(g);
        } catch (IOException e) {
            // A StringWriter does not fail; this is a bug, not user input.
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }
}
