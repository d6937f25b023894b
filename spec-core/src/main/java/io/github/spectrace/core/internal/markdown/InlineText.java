package io.github.spectrace.core.internal.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The plain text of a run of inline nodes, with, for each character, whether it came from a code span and
 * which source offset it came from. Emphasis markers and HTML tags are dropped, link text is kept, and line
 * breaks become spaces.
 *
 * <p>One instance serves a whole document: {@link #clear} empties it for the next block.
 */
final class InlineText {

    private final StringBuilder text = new StringBuilder();
    private final BitSet code = new BitSet();
    /** Characters inside {@code **…**} or {@code *…*}. */
    private final BitSet emphasis = new BitSet();
    private int[] offsets = new int[64];
    private final List<String> linkTargets = new ArrayList<>();
    private final ReferenceRepository references;
    /** {@link #text} as a string, or null when it changed since. */
    private String string;

    InlineText(ReferenceRepository references) {
        this.references = references;
    }

    /** Empties the text for the next block. */
    void clear() {
        text.setLength(0);
        code.clear();
        emphasis.clear();
        linkTargets.clear();
        string = null;
    }

    /** Appends the inline children of a block (a paragraph or a heading). */
    void appendChildren(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            append(n);
        }
    }

    void appendSpace(int offset) {
        put(' ', offset, false);
    }

    private void append(Node n) {
        if (n instanceof Text) {
            appendChars(n.getChars(), false);
        } else if (n instanceof Code c) {
            appendChars(codeSpanContent(c.getText()), true);
        } else if (n instanceof AutoLink || n instanceof MailLink) {
            // The link's text, without the angle brackets.
            appendChars(((DelimitedLinkNode) n).getText(), false);
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            put(' ', n.getStartOffset(), false);
        } else if (n instanceof HtmlEntity) {
            String s = n.getChars().unescape();
            for (int i = 0; i < s.length(); i++) {
                put(s.charAt(i), n.getStartOffset(), false);
            }
        } else if (n instanceof HtmlInline || n instanceof HtmlInlineComment) {
            // Tags carry no text; keep words on both sides apart.
            return;
        } else if (n instanceof Link link) {
            linkTargets.add(unescape(link.getUrl()));
            appendChildren(n);
        } else if (n instanceof Image image) {
            linkTargets.add(unescape(image.getUrl()));
            appendChildren(n);
        } else if (n instanceof StrongEmphasis || n instanceof Emphasis) {
            int from = text.length();
            appendChildren(n);
            emphasis.set(from, text.length());
        } else if (n instanceof LinkRef ref) {
            appendRef(ref, ref.isDefined());
        } else if (n instanceof ImageRef ref) {
            appendRef(ref, ref.isDefined());
        } else if (n.hasChildren()) {
            appendChildren(n);
        } else {
            appendChars(n.getChars(), false);
        }
    }

    /**
     * A code span's content as CommonMark defines it: one space (or line end) is removed from each end when both
     * ends have one and the content is not all spaces, so that {@code `` `x` ``} reads {@code `x`}.
     *
     * @param text the characters between the backtick strings
     * @return the content
     */
    static BasedSequence codeSpanContent(BasedSequence text) {
        int n = text.length();
        if (n < 2 || !isSpace(text.charAt(0)) || !isSpace(text.charAt(n - 1))) {
            return text;
        }
        for (int i = 1; i < n - 1; i++) {
            if (!isSpace(text.charAt(i))) {
                return text.subSequence(1, n - 1);
            }
        }
        return text;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n';
    }

    private void appendRef(com.vladsch.flexmark.ast.RefNode ref, boolean defined) {
        if (defined) {
            var target = ref.getReferenceNode(references);
            if (target != null) {
                linkTargets.add(unescape(target.getUrl()));
            }
            appendChildren(ref);
            return;
        }
        // Not a link at all: "[OC-CORE-1001]" is plain bracketed text to the reader.
        put('[', ref.getStartOffset(), false);
        if (ref.hasChildren()) {
            appendChildren(ref);
        } else {
            appendChars(ref.getText(), false);
        }
        put(']', Math.max(ref.getStartOffset(), ref.getEndOffset() - 1), false);
    }

    private void appendChars(BasedSequence chars, boolean isCode) {
        boolean escapes = !isCode && chars.indexOf('\\') >= 0;
        int start = chars.getStartOffset();
        if (!escapes) {
            for (int i = 0; i < chars.length(); i++) {
                put(chars.charAt(i), start + i, isCode);
            }
            return;
        }
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == '\\' && i + 1 < chars.length() && isAsciiPunctuation(chars.charAt(i + 1))) {
                i++;
                c = chars.charAt(i);
            }
            put(c, start + i, false);
        }
    }

    /**
     * {@link BasedSequence#unescape()}, which runs the regex {@code [\\&]} to decide whether there is anything to
     * unescape, and returns the characters as they are when there is not; this decides with {@code indexOf}.
     *
     * @param s a link target or other sequence
     * @return the unescaped text
     */
    static String unescape(BasedSequence s) {
        return s.indexOf('\\') < 0 && s.indexOf('&') < 0 ? s.toString() : s.unescape();
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    private void put(char c, int offset, boolean isCode) {
        int i = text.length();
        if (i == offsets.length) {
            offsets = Arrays.copyOf(offsets, i * 2);
        }
        offsets[i] = offset;
        if (isCode) {
            code.set(i);
        }
        text.append(c);
        string = null;
    }

    String text() {
        if (string == null) {
            string = text.toString();
        }
        return string;
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    /**
     * Whether every character of a range stands inside emphasis.
     *
     * @param from the first index
     * @param to the index after the last
     * @return true if the range is not empty and all of it is emphasized
     */
    boolean emphasized(int from, int to) {
        return from < to && emphasis.nextClearBit(from) >= to;
    }

    /** Whether any character came from a code span. */
    boolean hasCode() {
        return !code.isEmpty();
    }

    /**
     * Overwrites the characters that came from code spans.
     *
     * @param chars the text's characters
     * @param mask the character to write
     */
    void maskCode(char[] chars, char mask) {
        for (int i = code.nextSetBit(0); i >= 0; i = code.nextSetBit(i + 1)) {
            chars[i] = mask;
        }
    }

    /** The source offset of the character at {@code i}; the end of the text maps past the last character. */
    int offset(int i) {
        if (i < text.length()) {
            return offsets[i];
        }
        return text.length() == 0 ? 0 : offsets[text.length() - 1] + 1;
    }

    List<String> linkTargets() {
        return linkTargets;
    }
}
