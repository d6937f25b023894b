package io.github.spectrace.core.internal.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes JSON as UTF-8 ending in one LF: pretty-printed with LF line ends on every OS for files people read (SARIF,
 * diff.json), or compact for large exports that only tools read (trace.json).
 */
final class JsonText {

    // Characters outside the BMP as UTF-8, as a Writer-based generator writes them, not as escaped surrogates.
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    private static final DefaultIndenter LF_INDENT = new DefaultIndenter("  ", "\n");

    /** What to write. */
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /** How the JSON is laid out. */
    enum Layout {
        /** Two-space indents, one value per line, {@code "key" : value}. */
        PRETTY,
        /** No whitespace at all outside strings: about a third smaller, and faster to write and parse. */
        COMPACT
    }

    private JsonText() {
    }

    /**
     * Streams the JSON as UTF-8.
     *
     * @param out where to write; not closed
     * @param layout pretty or compact
     * @param body what to write
     * @throws IOException if writing fails
     */
    static void write(OutputStream out, Layout layout, Body body) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (layout == Layout.PRETTY) {
                g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(LF_INDENT)
                        .withArrayIndenter(LF_INDENT));
            }
            body.write(g);
            g.writeRaw('\n');
        }
    }

    /** The pretty-printed JSON as a string. */
    static String write(Body body) {
        return write(Layout.PRETTY, body);
    }

    /** The JSON as a string. */
    static String write(Layout layout, Body body) {
        // UTF-8 into Jackson's segmented buffer, which grows without copying, then one decode: trace.json of
        // 100,000 requirements is about 100 MB, and a StringWriter (which doubles its buffer, then copies it into
        // the String, then concatenated the newline) held three to four times that at once.
        ByteArrayBuilder out = new ByteArrayBuilder();
        try {
            write(out, layout, body);
        } catch (IOException e) {
            // An in-memory buffer does not fail; this is a bug, not user input.
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        out.release();
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
