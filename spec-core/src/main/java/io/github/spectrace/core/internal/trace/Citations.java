package io.github.spectrace.core.internal.trace;

import io.github.spectrace.core.internal.cache.Codec;
import java.util.List;

/**
 * The ID-shaped tokens of one source file, defined or not, as the scan cache keeps them: the run's defined IDs decide
 * later which are citations and which dangle.
 *
 * @param binary whether the file is binary and was not read as text
 * @param test whether the file was scanned as a test file, which decides whether its Rust outline was read
 * @param cited the tokens in file order
 */
record Citations(boolean binary, boolean test, List<Cited> cited) {

    static final Citations BINARY = new Citations(true, false, List.of());

    Citations {
        cited = List.copyOf(cited);
    }

    /**
     * One token.
     *
     * @param id the ID
     * @param line its 1-based line
     * @param column its 1-based column
     * @param test whether it stands in a Rust test of a non-test file
     */
    record Cited(String id, int line, int column, boolean test) {
    }

    Citations as(boolean asTest) {
        return new Citations(binary, asTest, cited);
    }

    byte[] encode() {
        return Codec.encode(this, (out, c) -> {
            out.writeBoolean(c.binary);
            out.writeBoolean(c.test);
            Codec.writeList(out, c.cited, (o, t) -> {
                Codec.writeString(o, t.id());
                o.writeInt(t.line());
                o.writeInt(t.column());
                o.writeBoolean(t.test());
            });
        });
    }

    /**
     * Decodes a cached result of a scan of the file as a test or non-test file.
     *
     * @param bytes the cached bytes, or null
     * @param asTest how the file is scanned now
     * @return the tokens, or null on a miss, damaged bytes or a scan of the other kind
     */
    static Citations decode(byte[] bytes, boolean asTest) {
        if (bytes == null) {
            return null;
        }
        Citations c = Codec.decode(bytes, in -> new Citations(in.readBoolean(), in.readBoolean(),
                Codec.readList(in, i -> new Cited(Codec.readString(i), i.readInt(), i.readInt(), i.readBoolean()))));
        return c == null || c.test != asTest ? null : c;
    }
}
