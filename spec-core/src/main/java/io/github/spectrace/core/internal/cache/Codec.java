package io.github.spectrace.core.internal.cache;

import java.io.ByteArrayOutputStream;
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

    /** Reads one value. */
    @FunctionalInterface
    public interface Reader<T> {
        /**
         * Reads a value.
         *
         * @param in the bytes
         * @return the value
         * @throws IOException if the bytes end early or are damaged
         */
        T read(In in) throws IOException;
    }

    /**
     * Big-endian values from a byte array, as {@link DataOutputStream} writes them; unlike a
     * {@code DataInputStream} over a {@code ByteArrayInputStream}, no call is synchronised.
     */
    public static final class In {
        private final byte[] b;
        private int pos;

        /**
         * Reads from the start of an array.
         *
         * @param bytes the bytes
         */
        public In(byte[] bytes) {
            this.b = bytes;
        }

        private void need(int n) throws IOException {
            if (n < 0 || b.length - pos < n) {
                throw new IOException("truncated");
            }
        }

        /** @return the next byte, as a signed value @throws IOException at the end */
        public byte readByte() throws IOException {
            need(1);
            return b[pos++];
        }

        /** @return the next boolean @throws IOException at the end */
        public boolean readBoolean() throws IOException {
            return readByte() != 0;
        }

        /** @return the next int @throws IOException at the end */
        public int readInt() throws IOException {
            need(4);
            int v = (b[pos] & 0xFF) << 24 | (b[pos + 1] & 0xFF) << 16 | (b[pos + 2] & 0xFF) << 8 | b[pos + 3] & 0xFF;
            pos += 4;
            return v;
        }

        /** @return the next long @throws IOException at the end */
        public long readLong() throws IOException {
            return (long) readInt() << 32 | readInt() & 0xFFFFFFFFL;
        }

        /**
         * The next bytes.
         *
         * @param n how many
         * @return a copy
         * @throws IOException if fewer are left
         */
        public byte[] readBytes(int n) throws IOException {
            need(n);
            byte[] out = java.util.Arrays.copyOfRange(b, pos, pos + n);
            pos += n;
            return out;
        }

        /**
         * A string that {@link #writeString} wrote.
         *
         * @return the string, or null
         * @throws IOException if the bytes end early
         */
        public String readString() throws IOException {
            int n = readInt();
            if (n == -1) {
                return null;
            }
            need(n);
            String s = new String(b, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        /** @return whether every byte was read */
        public boolean atEnd() {
            return pos == b.length;
        }
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
        try {
            In in = new In(bytes);
            T value = reader.read(in);
            return in.atEnd() ? value : null;
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
    public static <T> List<T> readList(In in, Reader<T> reader) throws IOException {
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
