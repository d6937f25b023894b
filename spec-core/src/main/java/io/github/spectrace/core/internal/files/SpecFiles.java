package io.github.spectrace.core.internal.files;

import io.github.spectrace.core.model.SpecException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads text files strictly as UTF-8 and normalises line ends to LF. */
// SPEC-CORE-1001 strict UTF-8, SPEC-CORE-1002 line ends and BOM.
public final class SpecFiles {

    private SpecFiles() {
    }

    /**
     * Reads a file as UTF-8, drops a byte-order mark and turns CRLF and CR into LF.
     *
     * @param file the file to read
     * @param displayPath the repository-relative path used in messages
     * @return the normalised text
     * @throws SpecException if the file cannot be read or is not valid UTF-8; the message names the line
     */
    public static String readUtf8(Path file, String displayPath) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SpecException(displayPath + ": cannot read the file (" + describe(e)
                    + "). Check that it exists and that the build user may read it.", e);
        }
        return decode(bytes, displayPath);
    }

    /**
     * Decodes UTF-8 bytes strictly, as {@link #readUtf8} does.
     *
     * @param bytes the content
     * @param displayPath the path used in messages
     * @return the normalised text
     * @throws SpecException if the bytes are not valid UTF-8
     */
    public static String decode(byte[] bytes, String displayPath) {
        String wide = wideEncoding(bytes);
        if (wide != null) {
            throw new SpecException(displayPath + ":1:1: the file is " + wide + ", not UTF-8. Save it as UTF-8, for"
                    + " example with iconv -f " + (wide.startsWith("UTF-32") ? "UTF-32" : "UTF-16") + " -t UTF-8.");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out;
        try {
            out = decoder.decode(in);
        } catch (CharacterCodingException e) {
            throw invalidUtf8(bytes, displayPath, e);
        }
        return normalize(out);
    }

    /**
     * A UTF-16 or UTF-32 file, told by its byte-order mark or, without one, by NUL bytes in every other or every
     * fourth place, which valid UTF-8 text never has.
     */
    private static String wideEncoding(byte[] b) {
        if (b.length >= 4 && (b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0)) {
            return "UTF-32 (it starts with a byte-order mark)";
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return "UTF-16 (it starts with a byte-order mark)";
        }
        int n = Math.min(b.length, 4096);
        int nuls = 0;
        for (int i = 0; i < n; i++) {
            nuls += b[i] == 0 ? 1 : 0;
        }
        return n >= 4 && nuls * 4 >= n ? "UTF-16 or UTF-32 without a byte-order mark (a quarter or more of its"
                + " bytes are NUL)" : null;
    }

    private static SpecException invalidUtf8(byte[] bytes, String displayPath, CharacterCodingException cause) {
        // Decode again incrementally to learn where the first bad byte is.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int bad = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < bad; i++) {
            // Count characters, not bytes: skip UTF-8 continuation bytes.
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        String hex = String.format(java.util.Locale.ROOT, "0x%02X", bytes[Math.min(bad, bytes.length - 1)] & 0xFF);
        return new SpecException(displayPath + ":" + line + ":" + column + ": the file is not valid UTF-8 (byte "
                + hex + "). Save it as UTF-8, for example with iconv -f ISO-8859-1 -t UTF-8.", cause);
    }

    private static String normalize(CharSequence text) {
        int start = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * An I/O error's type and message, for user messages.
     *
     * @param e the error
     * @return for example {@code AccessDeniedException: a.md}
     */
    public static String describe(IOException e) {
        String type = e.getClass().getSimpleName();
        return e.getMessage() == null ? type : type + ": " + e.getMessage();
    }
}
