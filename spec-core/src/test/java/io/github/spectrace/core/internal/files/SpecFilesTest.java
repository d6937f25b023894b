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
}
