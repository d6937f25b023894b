package io.github.spectrace.core.internal.markdown;

import io.github.spectrace.core.model.SpecException;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.spectrace.core.internal.markdown.SpecDocument.Block;
import io.github.spectrace.core.internal.markdown.SpecDocument.IdToken;
import io.github.spectrace.core.internal.markdown.SpecDocument.Kind;
import io.github.spectrace.core.internal.text.IdPatterns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one spec into headings and blocks. An ID <em>defines</em> a requirement when it stands in
 * {@code [ID]} or {@code (ID)} form (also {@code (ID, ID)} and {@code (ID & ID)}) at the start, or failing
 * that at the end, of a heading, a list item or a paragraph; bold around it does not matter. Any other ID
 * outside code is a mention. Code blocks, code spans, HTML blocks and tables define nothing.
 *
 * <p>Instances are immutable and thread-safe.
 */
// SPEC-CORE-1010 definition positions, SPEC-CORE-1011 code, HTML and tables ignored.
public final class SpecParser {

    private static final char MASK = '\u0001';

    private final Parser parser;
    private final IdPatterns ids;

    /**
     * Creates a parser.
     *
     * @param ids the ID patterns that decide what an ID is
     */
    public SpecParser(IdPatterns ids) {
        this.parser = GfmMarkdown.parser();
        this.ids = ids;
    }

    /**
     * Parses a spec.
     *
     * @param path repository-relative path, recorded in the result
     * @param text the spec's content with {@code \n} line ends
     * @return the headings and blocks
     */
    public SpecDocument parse(String path, String text) {
        try {
            return parseChecked(path, text);
        } catch (IdPatterns.TooSlow e) {
            throw new SpecException(path + ": " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // flexmark and the walk over its tree recurse once per nesting level; a hostile file must not take the
            // whole build down with it.
            throw new SpecException(path + ": the Markdown nests too deeply to parse (lists, block quotes or"
                    + " emphasis inside each other, thousands of levels deep), so the file is not read. Flatten the"
                    + " nesting.", e);
        }
    }

    private SpecDocument parseChecked(String path, String text) {
        Document doc = GfmMarkdown.parse(parser, text);
        LineIndex lines = new LineIndex(text);
        Walk walk = new Walk(lines, new ReferenceRepository(doc));
        walk.children(doc, -1);
        Links links = new Links(lines);
        links.visit(doc);
        return new SpecDocument(path, text, walk.headings, walk.blocks, links.links, links.anchors, links.verbatim);
    }

    /** Collects every link and HTML anchor outside code, and the lines that line-length rules exempt. */
    private static final class Links {
        private static final Pattern HTML_LINK =
                Pattern.compile("<(?:a|img)\\s[^>]*?\\b(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')",
                        Pattern.CASE_INSENSITIVE);
        private static final Pattern HTML_ANCHOR =
                Pattern.compile("<[a-z][a-z0-9]*\\s[^>]*?\\b(?:id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')",
                        Pattern.CASE_INSENSITIVE);

        final LineIndex lines;
        final List<SpecDocument.Link> links = new ArrayList<>();
        final List<String> anchors = new ArrayList<>();
        final List<SpecDocument.LineRange> verbatim = new ArrayList<>();

        Links(LineIndex lines) {
            this.lines = lines;
        }

        void visit(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                    range(n);
                } else if (n instanceof Code) {
                    continue;
                } else if (n instanceof TableBlock) {
                    range(n);
                    visit(n);
                } else if (n instanceof HtmlCommentBlock) {
                    // Commented-out links are not links.
                    range(n);
                } else if (n instanceof HtmlBlock) {
                    range(n);
                    html(n);
                } else if (n instanceof HtmlInline) {
                    html(n);
                } else if (n instanceof Image image) {
                    add(InlineText.unescape(image.getUrl()), n, SpecDocument.LinkKind.IMAGE);
                    visit(n);
                } else if (n instanceof Link link) {
                    add(InlineText.unescape(link.getUrl()), n, SpecDocument.LinkKind.INLINE);
                    visit(n);
                } else if (n instanceof AutoLink || n instanceof MailLink) {
                    String chars = n.getChars().toString();
                    String url = chars.startsWith("<") && chars.endsWith(">")
                            ? chars.substring(1, chars.length() - 1) : chars;
                    add(n instanceof MailLink ? "mailto:" + url : url, n, SpecDocument.LinkKind.AUTOLINK);
                } else if (n instanceof Reference ref) {
                    add(InlineText.unescape(ref.getUrl()), n, SpecDocument.LinkKind.REFERENCE_DEFINITION);
                } else {
                    visit(n);
                }
            }
        }

        private void range(Node n) {
            int end = Math.max(n.getStartOffset(), n.getEndOffset() - 1);
            verbatim.add(new SpecDocument.LineRange(lines.line(n.getStartOffset()), lines.line(end)));
        }

        private void add(String target, Node n, SpecDocument.LinkKind kind) {
            links.add(new SpecDocument.Link(target, lines.line(n.getStartOffset()), lines.column(n.getStartOffset()),
                    kind));
        }

        private void html(Node n) {
            String chars = n.getChars().toString();
            Matcher m = HTML_LINK.matcher(chars);
            while (m.find()) {
                int offset = n.getStartOffset() + m.start();
                String target = m.group(1) != null ? m.group(1) : m.group(2);
                links.add(new SpecDocument.Link(target, lines.line(offset), lines.column(offset),
                        SpecDocument.LinkKind.HTML));
            }
            Matcher a = HTML_ANCHOR.matcher(chars);
            while (a.find()) {
                anchors.add(a.group(1) != null ? a.group(1) : a.group(2));
            }
        }
    }

    private final class Walk {
        final LineIndex lines;
        final GitHubSlugger slugger = new GitHubSlugger();
        final List<SpecDocument.Heading> headings = new ArrayList<>();
        final List<Block> blocks = new ArrayList<>();
        /** The text of the block at hand; a block is done with it before the next one starts. */
        final InlineText inline;

        Walk(LineIndex lines, ReferenceRepository references) {
            this.lines = lines;
            this.inline = new InlineText(references);
        }

        InlineText start() {
            inline.clear();
            return inline;
        }

        void children(Node parent, int owner) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                node(n, owner);
            }
        }

        void node(Node n, int owner) {
            if (n instanceof Heading h) {
                InlineText t = start();
                t.appendChildren(h);
                String text = t.text();
                headings.add(new SpecDocument.Heading(h.getLevel(), TextScan.collapseWhitespace(text),
                        slugger.next(text.strip()), lines.line(h.getStartOffset())));
                block(Kind.HEADING, h, t, -1);
            } else if (n instanceof ListItem item) {
                InlineText t = start();
                boolean first = true;
                for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof Paragraph) {
                        if (!first) {
                            t.appendSpace(c.getStartOffset());
                        }
                        t.appendChildren(c);
                        first = false;
                    }
                }
                int index = block(Kind.LIST_ITEM, item, t, owner);
                boolean defines = !blocks.get(index).defined().isEmpty();
                for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                    if (!(c instanceof Paragraph)) {
                        node(c, defines ? index : owner);
                    }
                }
            } else if (n instanceof Paragraph p) {
                InlineText t = start();
                t.appendChildren(p);
                block(Kind.PARAGRAPH, p, t, owner);
            } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof HtmlBlock
                    || n instanceof HtmlCommentBlock || n instanceof TableBlock || n instanceof Reference) {
                return;
            } else if (n instanceof ListBlock || n.hasChildren()) {
                children(n, owner);
            }
        }

        int block(Kind kind, Node node, InlineText t, int owner) {
            String text = t.text();
            char[] masked = null;
            String plain = text;
            if (t.hasCode()) {
                masked = text.toCharArray();
                t.maskCode(masked, MASK);
                plain = new String(masked);
            }

            List<IdToken> defined = new ArrayList<>();
            List<IdToken> malformed = new ArrayList<>();
            int[] marker = leadingMarker(plain);
            boolean leading = marker != null;
            if (!leading) {
                marker = trailingMarker(plain);
            }
            String title;
            if (marker == null) {
                title = text;
            } else {
                classify(t, plain, marker[0] + 1, marker[1] - 1, defined, malformed);
                if (leading) {
                    title = stripSeparator(text.substring(marker[1]));
                } else {
                    title = text.substring(0, marker[0]).stripTrailing() + text.substring(marker[1]);
                }
            }
            String prose = plain;
            if (marker != null) {
                if (masked == null) {
                    masked = text.toCharArray();
                }
                Arrays.fill(masked, marker[0], marker[1], ' ');
                prose = new String(masked);
            }

            List<IdToken> mentions = new ArrayList<>();
            for (int[] r : ids.findAll(prose)) {
                mentions.add(token(t, prose.substring(r[0], r[1]), r[0]));
            }

            List<String> pathTokens = new ArrayList<>();
            TextScan.pathTokens(text, marker == null ? -1 : marker[0], marker == null ? -1 : marker[1], pathTokens);

            // A heading is its own section; anything else sits in the last heading seen.
            int section = headings.size() - 1;
            Block b = new Block(kind, lines.line(node.getStartOffset()), lines.column(node.getStartOffset()),
                    TextScan.collapseWhitespace(title), TextScan.collapseWhitespace(prose.replace(MASK, ' ')),
                    Keywords.find(prose),
                    defined, malformed,
                    mentions, t.linkTargets(), pathTokens, section, owner,
                    kind == Kind.PARAGRAPH && marker != null && !leading);
            blocks.add(b);
            return blocks.size() - 1;
        }

        void classify(InlineText t, String plain, int from, int to, List<IdToken> defined,
                List<IdToken> malformed) {
            int start = from;
            for (int i = from; i <= to; i++) {
                if (i == to || plain.charAt(i) == ',' || plain.charAt(i) == '&') {
                    int s = start;
                    int e = i;
                    while (s < e && Character.isWhitespace(plain.charAt(s))) {
                        s++;
                    }
                    while (e > s && Character.isWhitespace(plain.charAt(e - 1))) {
                        e--;
                    }
                    String part = plain.substring(s, e);
                    (ids.matches(part) ? defined : malformed).add(token(t, part, s));
                    start = i + 1;
                }
            }
        }

        IdToken token(InlineText t, String id, int index) {
            int offset = t.offset(index);
            return new IdToken(id, lines.line(offset), lines.column(offset));
        }
    }

    /** {@code [start, end)} of a marker at the start of the text, or null. */
    private int[] leadingMarker(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i >= s.length() || (s.charAt(i) != '[' && s.charAt(i) != '(')) {
            return null;
        }
        int close = s.indexOf(s.charAt(i) == '[' ? ']' : ')', i + 1);
        if (close < 0 || !isIdList(s, i + 1, close, false)) {
            return null;
        }
        return new int[] {i, close + 1};
    }

    /** {@code [start, end)} of a marker at the end of the text, before trailing punctuation, or null. */
    private int[] trailingMarker(String s) {
        int k = s.length();
        while (k > 0 && (Character.isWhitespace(s.charAt(k - 1)) || ".:;".indexOf(s.charAt(k - 1)) >= 0)) {
            k--;
        }
        if (k == 0 || (s.charAt(k - 1) != ']' && s.charAt(k - 1) != ')')) {
            return null;
        }
        int open = s.lastIndexOf(s.charAt(k - 1) == ']' ? '[' : '(', k - 2);
        if (open < 0 || !isIdList(s, open + 1, k - 1, true)) {
            // Prose ends with "(UTF-8)" or "(RFC-3629)" all the time: at the end, only a real ID makes a marker.
            return null;
        }
        return new int[] {open, k};
    }

    /**
     * Whether {@code s[from, to)}, split at {@code ,} and {@code &} and each part stripped, is a list of ID-like
     * tokens or IDs, none of them empty; with {@code needId}, at least one part must also be an ID. The parts are
     * those of {@code split("[,&]", -1)}; a blank text is one empty part.
     *
     * @param s the text
     * @param from start of the marker's content
     * @param to end of the marker's content
     * @param needId whether one part must match the ID patterns
     * @return true if the content makes a marker
     */
    boolean isIdList(String s, int from, int to, boolean needId) {
        boolean hasId = false;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i < to && s.charAt(i) != ',' && s.charAt(i) != '&') {
                continue;
            }
            int a = start;
            int e = i;
            while (a < e && Character.isWhitespace(s.charAt(a))) {
                a++;
            }
            while (e > a && Character.isWhitespace(s.charAt(e - 1))) {
                e--;
            }
            if (a == e) {
                return false;
            }
            String part = s.substring(a, e);
            if (needId && !hasId && ids.matches(part)) {
                hasId = true;
            } else if (!IdPatterns.isIdLike(part) && !ids.matches(part)) {
                return false;
            }
            start = i + 1;
        }
        return hasId || !needId;
    }

    private static String stripSeparator(String rest) {
        String r = rest.stripLeading();
        if (!r.isEmpty() && ":-\u2013\u2014".indexOf(r.charAt(0)) >= 0
                && (r.length() == 1 || Character.isWhitespace(r.charAt(1)))) {
            return r.substring(1);
        }
        return r;
    }
}
