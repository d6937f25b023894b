package io.github.spectrace.core.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.spectrace.core.model.SpecException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SpecFilesTest {

    private static String decode(String s) {
        return SpecFiles.decode(s.getBytes(StandardCharsets.UTF_8), "a.md");
    }

    // SPEC-CORE-1002
    @Test
    void lineEndsAreNormalised() {
        assertEquals("a\nb\nc\n\nd", decode("a\r\nb\rc\n\r\nd"));
    }

    @Test
    void byteOrderMarkIsDropped() {
        assertEquals("# T\n", decode("\uFEFF# T\r\n"));
    }

    @Test
    void multiByteCharactersCountAsOneColumn() {
        byte[] bytes = {(byte) 0xC3, (byte) 0xA9, 'x', (byte) 0xFF};
        SpecException e = assertThrows(SpecException.class, () -> SpecFiles.decode(bytes, "b.md"));
        assertEquals("b.md:1:3: the file is not valid UTF-8 (byte 0xFF). Save it as UTF-8, for example with"
                + " iconv -f ISO-8859-1 -t UTF-8.", e.getMessage());
    }

    @Test
    void truncatedSequenceAtEndOfFile() {
        byte[] bytes = {'a', '\n', '\n', 'b', (byte) 0xE2, (byte) 0x82};
        SpecException e = assertThrows(SpecException.class, () -> SpecFiles.decode(bytes, "c.md"));
        assertEquals("c.md:3:2: the file is not valid UTF-8 (byte 0xE2). Save it as UTF-8, for example with"
                + " iconv -f ISO-8859-1 -t UTF-8.", e.getMessage());
    }

    @Test
    void missingFileNamesThePath() {
        SpecException e = assertThrows(SpecException.class,
                () -> SpecFiles.readUtf8(Path.of("does-not-exist.md"), ".specs/gone.md"));
        assertEquals(".specs/gone.md: cannot read the file (NoSuchFileException: does-not-exist.md). Check that it"
                + " exists and that the build user may read it.", e.getMessage());
    }

    private static String wideMessage(byte[] bytes) {
        return assertThrows(SpecException.class, () -> SpecFiles.decode(bytes, "w.md")).getMessage();
    }

    private static byte[] withBom(byte[] bom, String text, java.nio.charset.Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] out = java.util.Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    /** Every wide encoding gets the iconv advice for its family, and is never read as NUL-filled or empty text. */
    @Test
    void wideEncodingsAreToldByTheirByteOrderMarkOrTheirNuls() {
        java.nio.charset.Charset utf32le = java.nio.charset.Charset.forName("UTF-32LE");
        java.nio.charset.Charset utf32be = java.nio.charset.Charset.forName("UTF-32BE");
        String utf32 = "w.md:1:1: the file is UTF-32 (it starts with a byte-order mark), not UTF-8. Save it as UTF-8,"
                + " for example with iconv -f UTF-32 -t UTF-8.";
        assertEquals(utf32, wideMessage(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "- [A-100] x", utf32le)));
        assertEquals(utf32, wideMessage(withBom(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, "- [A-100] x", utf32be)));
        assertEquals("w.md:1:1: the file is UTF-16 (it starts with a byte-order mark), not UTF-8. Save it as UTF-8,"
                + " for example with iconv -f UTF-16 -t UTF-8.", wideMessage(withBom(new byte[] {(byte) 0xFE,
                        (byte) 0xFF}, "- [A-100] x", StandardCharsets.UTF_16BE)));
        assertEquals("w.md:1:1: the file is UTF-16 or UTF-32 without a byte-order mark (a quarter or more of its bytes"
                + " are NUL), not UTF-8. Save it as UTF-8, for example with iconv -f UTF-16 -t UTF-8.",
                wideMessage("- [A-100] x".getBytes(utf32le)));
        // A stray NUL or two in UTF-8 text is not a wide encoding; it decodes.
        assertEquals("a\0b c d e f g\n", decode("a\0b c d e f g\n"));
    }
}
