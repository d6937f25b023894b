package io.github.spectrace.core.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spectrace.core.internal.Stages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A parsed spec read back from the cache equals the parse, on every Markdown file of the GFM corpus. */
// Tests SPEC-CORE-1100.
class SpecDocumentCodecTest {

    @Test
    void everyCorpusDocumentReadsBackEqual() throws IOException {
        SpecParser parser = Stages.parser();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/gfm"))) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() > 50, files.toString());
        int blocks = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            SpecDocument parsed = parser.parse(f.toString(), text);
            SpecDocument back = SpecDocumentCodec.decode(SpecDocumentCodec.encode(parsed), f.toString(), text);
            assertEquals(parsed, back, f.toString());
            blocks += parsed.blocks().size();
        }
        assertTrue(blocks > 500, "blocks: " + blocks);
    }

    @Test
    void damagedBytesAreAMiss() {
        SpecDocument d = Stages.parser().parse("a.md", "# T\n\n- [A-1] It MUST work. See [x](b.md#y).\n");
        byte[] bytes = SpecDocumentCodec.encode(d);
        assertEquals(d, SpecDocumentCodec.decode(bytes, "a.md", d.text()));
        assertNull(SpecDocumentCodec.decode(java.util.Arrays.copyOf(bytes, bytes.length - 1), "a.md", d.text()));
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertNull(SpecDocumentCodec.decode(longer, "a.md", d.text()));
    }
}
