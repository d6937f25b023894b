package io.github.spectrace.core.internal.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Compact binary encoding of cached results: strings as UTF-8 with a length, null as length -1. */
public final class Codec {

    private Codec() {
    }

    /** Writes one value to a stream. */
    @FunctionalInterface
    public interface Writer<T> {
        /**
         * Writes a value.
         *
         * @param out the stream
         * @param value the value
         * @throws IOException never for an in-memory stream
         */
        void write(DataOutputStream out, T value) throws IOException;
    }

    /** Reads one value from a stream. */
    @FunctionalInterface
    public interface Reader<T> {
        /**
         * Reads a value.
         *
         * @param in the stream
         * @return the value
         * @throws IOException if the bytes end early
         */
        T read(DataInputStream in) throws IOException;
    }

    /**
     * Encodes a value to bytes.
     *
     * @param value the value
     * @param writer how to write it
     * @param <T> its type
     * @return the bytes
     */
    public static <T> byte[] encode(T value, Writer<T> writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Decodes bytes that {@link #encode} wrote.
     *
     * @param bytes the bytes
     * @param reader how to read them
     * @param <T> the value's type
     * @return the value, or null when the bytes are damaged (the caller then does the work again)
     */
    public static <T> T decode(byte[] bytes, Reader<T> reader) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            T value = reader.read(in);
            return in.available() == 0 ? value : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Writes a string, or null.
     *
     * @param out the stream
     * @param s the string
     * @throws IOException from the stream
     */
    public static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /**
     * Reads a string that {@link #writeString} wrote.
     *
     * @param in the stream
     * @return the string, or null
     * @throws IOException if the bytes end early or the length is wrong
     */
    public static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0) {
            throw new IOException("bad string length " + n);
        }
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new IOException("truncated string");
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /**
     * Writes a list.
     *
     * @param out the stream
     * @param list the values
     * @param writer how to write one
     * @param <T> their type
     * @throws IOException from the stream
     */
    public static <T> void writeList(DataOutputStream out, List<T> list, Writer<T> writer) throws IOException {
        out.writeInt(list.size());
        for (T t : list) {
            writer.write(out, t);
        }
    }

    /**
     * Reads a list that {@link #writeList} wrote.
     *
     * @param in the stream
     * @param reader how to read one value
     * @param <T> their type
     * @return the values
     * @throws IOException if the bytes end early or the count is wrong
     */
    public static <T> List<T> readList(DataInputStream in, Reader<T> reader) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > (1 << 26)) {
            throw new IOException("bad list length " + n);
        }
        List<T> list = new ArrayList<>(Math.min(n, 1 << 12));
        for (int i = 0; i < n; i++) {
            list.add(reader.read(in));
        }
        return list;
    }
}
