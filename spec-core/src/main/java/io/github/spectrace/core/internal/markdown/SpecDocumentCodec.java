package io.github.spectrace.core.internal.markdown;

import io.github.spectrace.core.internal.cache.Codec;
import io.github.spectrace.core.internal.markdown.SpecDocument.Block;
import io.github.spectrace.core.internal.markdown.SpecDocument.Heading;
import io.github.spectrace.core.internal.markdown.SpecDocument.IdToken;
import io.github.spectrace.core.internal.markdown.SpecDocument.Kind;
import io.github.spectrace.core.internal.markdown.SpecDocument.LineRange;
import io.github.spectrace.core.internal.markdown.SpecDocument.Link;
import io.github.spectrace.core.internal.markdown.SpecDocument.LinkKind;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A parsed spec as bytes for the cache, without its path and text, which the reader supplies: the text is read from
 * the file anyway, to check its hash.
 */
public final class SpecDocumentCodec {

    private static final Kind[] KINDS = Kind.values();
    private static final LinkKind[] LINK_KINDS = LinkKind.values();

    private SpecDocumentCodec() {
    }

    /**
     * Encodes a parsed spec.
     *
     * @param d the spec
     * @return the bytes
     */
    public static byte[] encode(SpecDocument d) {
        return Codec.encode(d, (out, doc) -> {
            Codec.writeList(out, doc.headings(), (o, h) -> {
                o.writeInt(h.level());
                Codec.writeString(o, h.text());
                Codec.writeString(o, h.slug());
                o.writeInt(h.line());
            });
            Codec.writeList(out, doc.blocks(), SpecDocumentCodec::writeBlock);
            Codec.writeList(out, doc.links(), (o, l) -> {
                Codec.writeString(o, l.target());
                o.writeInt(l.line());
                o.writeInt(l.column());
                o.writeByte(l.kind().ordinal());
            });
            Codec.writeList(out, doc.htmlAnchors(), Codec::writeString);
            Codec.writeList(out, doc.verbatim(), (o, r) -> {
                o.writeInt(r.first());
                o.writeInt(r.last());
            });
            Codec.writeList(out, doc.codeIds(), SpecDocumentCodec::writeToken);
        });
    }

    /**
     * Decodes a parsed spec.
     *
     * @param bytes what {@link #encode} wrote
     * @param path the spec's path
     * @param text the spec's text, the same that was parsed
     * @return the spec, or null when the bytes are damaged
     */
    public static SpecDocument decode(byte[] bytes, String path, String text) {
        return Codec.decode(bytes, in -> new SpecDocument(path, text,
                Codec.readList(in, i -> new Heading(i.readInt(), i.readString(), i.readString(),
                        i.readInt())),
                Codec.readList(in, SpecDocumentCodec::readBlock),
                Codec.readList(in, i -> new Link(i.readString(), i.readInt(), i.readInt(),
                        LINK_KINDS[i.readByte()])),
                Codec.readList(in, Codec.In::readString),
                Codec.readList(in, i -> new LineRange(i.readInt(), i.readInt())),
                Codec.readList(in, SpecDocumentCodec::readToken)));
    }

    private static void writeBlock(DataOutputStream o, Block b) throws IOException {
        o.writeByte(b.kind().ordinal());
        o.writeInt(b.line());
        o.writeInt(b.column());
        Codec.writeString(o, b.title());
        Codec.writeString(o, b.prose());
        Codec.writeList(o, b.keywords(), Codec::writeString);
        Codec.writeList(o, b.defined(), SpecDocumentCodec::writeToken);
        Codec.writeList(o, b.malformed(), SpecDocumentCodec::writeToken);
        Codec.writeList(o, b.mentions(), SpecDocumentCodec::writeToken);
        Codec.writeList(o, b.links(), Codec::writeString);
        Codec.writeList(o, b.pathTokens(), Codec::writeString);
        o.writeInt(b.section());
        o.writeInt(b.owner());
        o.writeBoolean(b.weak());
        Codec.writeString(o, b.text());
    }

    private static Block readBlock(Codec.In i) throws IOException {
        return new Block(KINDS[i.readByte()], i.readInt(), i.readInt(), i.readString(), i.readString(),
                Codec.readList(i, Codec.In::readString), Codec.readList(i, SpecDocumentCodec::readToken),
                Codec.readList(i, SpecDocumentCodec::readToken), Codec.readList(i, SpecDocumentCodec::readToken),
                Codec.readList(i, Codec.In::readString), Codec.readList(i, Codec.In::readString), i.readInt(), i.readInt(),
                i.readBoolean(), i.readString());
    }

    private static void writeToken(DataOutputStream o, IdToken t) throws IOException {
        Codec.writeString(o, t.id());
        o.writeInt(t.line());
        o.writeInt(t.column());
    }

    private static IdToken readToken(Codec.In i) throws IOException {
        return new IdToken(i.readString(), i.readInt(), i.readInt());
    }
}
