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
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.ContentNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.spectrace.core.internal.markdown.SpecDocument.Block;
import io.github.spectrace.core.internal.markdown.SpecDocument.IdToken;
import io.github.spectrace.core.internal.markdown.SpecDocument.Kind;
import io.github.spectrace.core.internal.text.IdPatterns;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one spec into headings and blocks. An ID <em>defines</em> a requirement in one of these positions, with
 * bold around it making no difference:
 *
 * <ul>
 *   <li>a marker, {@code [ID]} or {@code (ID)} (also {@code (ID, ID)} and {@code (ID & ID)}), at the start or,
 *       weakly, at the end of a heading, a list item or a paragraph;</li>
 *   <li>a label at the start: {@code **ID**:}, {@code **ID:**} or {@code **ID** –} anywhere, and in headings and
 *       list items also {@code ID:}, {@code ID –} and {@code ID (MUST)};</li>
 *   <li>the ID column of a requirement table, one requirement per row.</li>
 * </ul>
 *
 * Any other ID outside code is a mention. Code blocks, code spans, HTML blocks and other tables define nothing.
 * A heading that defines owns the blocks up to the next heading of the same or a higher level.
 *
 * <p>Instances are immutable and thread-safe.
 */
// SPEC-CORE-1010 definition positions, SPEC-CORE-1011 code, HTML and tables ignored, SPEC-CORE-1015 labels,
// SPEC-CORE-1016 requirement tables, SPEC-CORE-1017 heading bodies.
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
        // The parser filled this repository; a new ReferenceRepository(doc) would be empty.
        Walk walk = new Walk(lines, Parser.REFERENCES.get(doc));
        walk.children(doc, -1);
        Links links = new Links(lines);
        links.visit(doc);
        return new SpecDocument(path, text, walk.headings, walk.finish(), links.links, links.anchors,
                links.verbatim, walk.codeIds);
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
        final List<IdToken> codeIds = new ArrayList<>();
        /** The headings that define, innermost first, each as {index into blocks, heading level}. */
        final ArrayDeque<int[]> owners = new ArrayDeque<>();
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

        /** The block that owns what comes next outside defining list items: the innermost defining heading. */
        int headingOwner() {
            return owners.isEmpty() ? -1 : owners.peek()[0];
        }

        void node(Node n, int owner) {
            int own = owner >= 0 ? owner : headingOwner();
            if (n instanceof Heading h) {
                while (!owners.isEmpty() && owners.peek()[1] >= h.getLevel()) {
                    owners.pop();
                }
                InlineText t = start();
                t.appendChildren(h);
                String text = t.text();
                headings.add(new SpecDocument.Heading(h.getLevel(), TextScan.collapseWhitespace(text),
                        slugger.next(text.strip()), lines.line(h.getStartOffset())));
                int index = block(Kind.HEADING, h, t, owner >= 0 ? owner : headingOwner());
                if (!blocks.get(index).defined().isEmpty()) {
                    owners.push(new int[] {index, h.getLevel()});
                }
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
                int index = block(Kind.LIST_ITEM, item, t, own);
                boolean defines = !blocks.get(index).defined().isEmpty();
                for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                    if (!(c instanceof Paragraph)) {
                        node(c, defines ? index : owner);
                    }
                }
            } else if (n instanceof Paragraph p) {
                InlineText t = start();
                t.appendChildren(p);
                block(Kind.PARAGRAPH, p, t, own);
            } else if (n instanceof TableBlock table) {
                table(table, own);
            } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                code((ContentNode) n);
            } else if (n instanceof HtmlBlock || n instanceof HtmlCommentBlock || n instanceof Reference) {
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
            int[] label = leading ? null : leadingLabel(t, plain, kind);
            if (!leading && label == null) {
                marker = trailingMarker(plain);
            }
            if (marker != null) {
                classify(t, plain, marker[0] + 1, marker[1] - 1, defined, malformed);
                if (defined.isEmpty() && malformed.isEmpty()) {
                    // Only standards, as in "## Contract (RFC-2119)": prose, not a marker.
                    marker = null;
                    leading = false;
                }
            } else if (label != null) {
                String id = plain.substring(label[0], label[1]);
                (ids.matches(id) ? defined : malformed).add(token(t, id, label[0]));
            }
            String title;
            if (label != null) {
                title = text.substring(label[4]);
            } else if (marker == null) {
                title = text;
            } else if (leading) {
                title = stripSeparator(text.substring(marker[1]));
            } else {
                title = text.substring(0, marker[0]).stripTrailing() + text.substring(marker[1]);
            }
            String prose = plain;
            int[] idRange = marker != null ? marker : label;
            if (idRange != null) {
                if (masked == null) {
                    masked = text.toCharArray();
                }
                Arrays.fill(masked, idRange[0], idRange[1], ' ');
                if (label != null && label[2] >= 0) {
                    // "(must)" after the ID states the level whatever its case.
                    for (int i = label[2]; i < label[3]; i++) {
                        masked[i] = Character.toUpperCase(masked[i]);
                    }
                }
                prose = new String(masked);
            }

            List<IdToken> mentions = new ArrayList<>();
            for (int[] r : ids.findAll(prose)) {
                mentions.add(token(t, prose.substring(r[0], r[1]), r[0]));
            }

            List<String> pathTokens = new ArrayList<>();
            TextScan.pathTokens(text, idRange == null ? -1 : idRange[0], idRange == null ? -1 : idRange[1],
                    pathTokens);

            // A heading is its own section; anything else sits in the last heading seen.
            int section = headings.size() - 1;
            Block b = new Block(kind, lines.line(node.getStartOffset()), lines.column(node.getStartOffset()),
                    TextScan.collapseWhitespace(title), TextScan.collapseWhitespace(prose.replace(MASK, ' ')),
                    Keywords.find(prose),
                    defined, malformed,
                    mentions, t.linkTargets(), pathTokens, section, owner,
                    marker != null && !leading, "");
            blocks.add(b);
            return blocks.size() - 1;
        }

        /**
         * A requirement table defines one requirement per row: its header has an ID column. Other tables, like
         * code, define nothing.
         */
        void table(TableBlock table, int owner) {
            List<List<Node>> head = new ArrayList<>();
            List<List<Node>> rows = new ArrayList<>();
            for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
                if (part instanceof TableHead || part instanceof TableBody) {
                    for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                        if (row instanceof TableRow) {
                            List<Node> cells = new ArrayList<>();
                            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                                if (cell instanceof TableCell) {
                                    cells.add(cell);
                                }
                            }
                            (part instanceof TableHead ? head : rows).add(cells);
                        }
                    }
                }
            }
            if (head.isEmpty()) {
                return;
            }
            List<String> names = new ArrayList<>();
            for (Node cell : head.get(0)) {
                InlineText t = start();
                t.appendChildren(cell);
                names.add(headerName(t.text()));
            }
            int idColumn = column(names, ID_COLUMNS, -1, -1);
            if (idColumn < 0) {
                return;
            }
            int levelColumn = column(names, LEVEL_COLUMNS, idColumn, -1);
            int textColumn = column(names, TEXT_COLUMNS, idColumn, levelColumn);
            if (textColumn < 0) {
                textColumn = widest(rows, names.size(), idColumn, levelColumn);
            }
            for (List<Node> row : rows) {
                row(row, idColumn, textColumn, levelColumn, owner);
            }
        }

        int widest(List<List<Node>> rows, int columns, int idColumn, int levelColumn) {
            long[] width = new long[columns];
            for (List<Node> row : rows) {
                for (int c = 0; c < Math.min(columns, row.size()); c++) {
                    InlineText t = start();
                    t.appendChildren(row.get(c));
                    width[c] += t.text().strip().length();
                }
            }
            int best = -1;
            for (int c = 0; c < columns; c++) {
                if (c != idColumn && c != levelColumn && (best < 0 || width[c] > width[best])) {
                    best = c;
                }
            }
            return best;
        }

        void row(List<Node> cells, int idColumn, int textColumn, int levelColumn, int owner) {
            if (idColumn >= cells.size()) {
                return;
            }
            Node idCell = cells.get(idColumn);
            InlineText t = start();
            t.appendChildren(idCell);
            String raw = t.text();
            int from = 0;
            int to = raw.length();
            while (from < to && Character.isWhitespace(raw.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(raw.charAt(to - 1))) {
                to--;
            }
            if (to - from >= 2 && (raw.charAt(from) == '[' && raw.charAt(to - 1) == ']'
                    || raw.charAt(from) == '(' && raw.charAt(to - 1) == ')')) {
                from++;
                to--;
            }
            if (from >= to || !isIdList(raw, from, to, false)) {
                return;
            }
            List<IdToken> defined = new ArrayList<>();
            List<IdToken> malformed = new ArrayList<>();
            classify(t, raw, from, to, defined, malformed);
            if (defined.isEmpty() && malformed.isEmpty()) {
                return;
            }
            String title = "";
            String prose = "";
            String level = "";
            List<IdToken> mentions = new ArrayList<>();
            List<String> links = new ArrayList<>();
            List<String> pathTokens = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                if (c == idColumn) {
                    continue;
                }
                InlineText ct = start();
                ct.appendChildren(cells.get(c));
                String text = ct.text();
                String plain = text;
                if (ct.hasCode()) {
                    char[] masked = text.toCharArray();
                    ct.maskCode(masked, ' ');
                    plain = new String(masked);
                }
                if (c == textColumn) {
                    title = text;
                    prose = plain;
                } else if (c == levelColumn) {
                    level = plain.toUpperCase(Locale.ROOT);
                }
                for (int[] r : ids.findAll(plain)) {
                    mentions.add(token(ct, plain.substring(r[0], r[1]), r[0]));
                }
                links.addAll(ct.linkTargets());
                TextScan.pathTokens(text, -1, -1, pathTokens);
            }
            List<String> keywords = Keywords.find(level);
            if (keywords.isEmpty()) {
                keywords = Keywords.find(prose);
            } else {
                LinkedHashSet<String> all = new LinkedHashSet<>(keywords);
                all.addAll(Keywords.find(prose));
                keywords = List.copyOf(all);
            }
            Node rowNode = idCell.getParent();
            blocks.add(new Block(Kind.TABLE_ROW, lines.line(rowNode.getStartOffset()),
                    lines.column(rowNode.getStartOffset()), TextScan.collapseWhitespace(title),
                    TextScan.collapseWhitespace(prose), keywords, defined, malformed, mentions, links, pathTokens,
                    headings.size() - 1, owner, false, ""));
        }

        /** Records the IDs in a code block: they define nothing, but a message can point at them. */
        void code(ContentNode n) {
            BasedSequence content = n.getContentChars();
            if (content.isEmpty()) {
                return;
            }
            String s = content.toString();
            int base = content.getStartOffset();
            for (int[] r : ids.findAll(s)) {
                codeIds.add(new IdToken(s.substring(r[0], r[1]), lines.line(base + r[0]),
                        lines.column(base + r[0])));
            }
        }

        /**
         * Gives each heading that defines the blocks it owns: its level, keywords and prose come from the heading
         * and its body, and its text from the body.
         */
        List<Block> finish() {
            Map<Integer, List<Block>> bodies = new HashMap<>();
            for (Block b : blocks) {
                if (b.owner() >= 0 && b.defined().isEmpty() && b.kind() != Kind.HEADING
                        && blocks.get(b.owner()).kind() == Kind.HEADING) {
                    bodies.computeIfAbsent(b.owner(), k -> new ArrayList<>()).add(b);
                }
            }
            for (Map.Entry<Integer, List<Block>> e : bodies.entrySet()) {
                Block h = blocks.get(e.getKey());
                LinkedHashSet<String> keywords = new LinkedHashSet<>(h.keywords());
                StringBuilder prose = new StringBuilder(h.prose());
                StringBuilder text = new StringBuilder();
                for (Block b : e.getValue()) {
                    keywords.addAll(b.keywords());
                    prose.append(' ').append(b.prose());
                    if (!b.title().isEmpty()) {
                        text.append(text.length() == 0 ? "" : " ").append(b.title());
                    }
                }
                blocks.set(e.getKey(), new Block(h.kind(), h.line(), h.column(), h.title(), prose.toString(),
                        List.copyOf(keywords), h.defined(), h.malformed(), h.mentions(), h.links(), h.pathTokens(),
                        h.section(), h.owner(), h.weak(), text.toString()));
            }
            return blocks;
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
                    if (ids.matches(part)) {
                        defined.add(token(t, part, s));
                    } else if (!ids.isStandard(part)) {
                        malformed.add(token(t, part, s));
                    }
                    start = i + 1;
                }
            }
        }

        IdToken token(InlineText t, String id, int index) {
            int offset = t.offset(index);
            return new IdToken(id, lines.line(offset), lines.column(offset));
        }
    }

    private static final Set<String> ID_COLUMNS = Set.of("id", "reqid", "requirementid", "identifier");
    private static final Set<String> LEVEL_COLUMNS = Set.of("level", "priority", "obligation");
    private static final List<String> TEXT_COLUMNS = List.of("requirement", "description", "text", "statement");

    /** A header cell as compared with the column names: lower case, letters and digits only. */
    private static String headerName(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** The first column whose name is one of {@code wanted}, other than two taken ones, or -1. */
    private static int column(List<String> names, java.util.Collection<String> wanted, int taken, int alsoTaken) {
        if (wanted instanceof List<String> ordered) {
            for (String w : ordered) {
                int c = names.indexOf(w);
                if (c >= 0 && c != taken && c != alsoTaken) {
                    return c;
                }
            }
            return -1;
        }
        for (int c = 0; c < names.size(); c++) {
            if (c != taken && c != alsoTaken && wanted.contains(names.get(c))) {
                return c;
            }
        }
        return -1;
    }

    private static final String DASHES = "-\u2013\u2014";

    private static final Set<String> LEVELS = Set.of("MUST", "MUST NOT", "SHALL", "SHALL NOT", "SHOULD",
            "SHOULD NOT", "MAY", "REQUIRED", "RECOMMENDED", "NOT RECOMMENDED", "OPTIONAL");

    /**
     * An ID that labels the block: {@code ID:}, {@code ID (MUST):}, {@code ID (MUST)} or {@code ID – } at its
     * start, bold ({@code **ID**:}, {@code **ID:**}) in a paragraph, bold or not in a list item or heading.
     *
     * @return {ID start, ID end, level start or -1, level end or -1, end of the label}, or null
     */
    private int[] leadingLabel(InlineText t, String s, Kind kind) {
        int n = s.length();
        int i = 0;
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < n && j - i <= 100 && isLabelChar(s.charAt(j))) {
            j++;
        }
        if (j == i || j - i > 100) {
            return null;
        }
        String token = s.substring(i, j);
        if (!ids.matches(token) && !(looksLikeLabel(token) && !ids.isStandard(token))) {
            return null;
        }
        int k = skipBlanks(s, j);
        int levelStart = -1;
        int levelEnd = -1;
        if (k < n && s.charAt(k) == '(') {
            int close = s.indexOf(')', k);
            if (close > k && close - k < 24 && LEVELS.contains(TextScan.collapseWhitespace(
                    s.substring(k + 1, close).strip()).toUpperCase(Locale.ROOT))) {
                levelStart = k + 1;
                levelEnd = close;
                k = skipBlanks(s, close + 1);
            }
        }
        int end;
        if (k < n && s.charAt(k) == ':') {
            end = k + 1;
        } else if (k < n && k > j && DASHES.indexOf(s.charAt(k)) >= 0) {
            end = k + 1;
        } else if (levelStart >= 0) {
            end = levelEnd + 1;
        } else {
            return null;
        }
        if (end < n && !Character.isWhitespace(s.charAt(end))) {
            return null;
        }
        if (kind == Kind.PARAGRAPH && !t.emphasized(i, j)) {
            return null;
        }
        return new int[] {i, j, levelStart, levelEnd, end};
    }

    private static int skipBlanks(String s, int i) {
        int k = i;
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
            k++;
        }
        return k;
    }

    private static boolean isLabelChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                || c == '.';
    }

    /**
     * Whether a token that fails the ID patterns still labels a block as an ID would, so that it is reported
     * as malformed: ID-shaped, with a first segment of at least two capitals or digits, and a number of at least
     * two digits or with dots ({@code SYS-6.1.6}, {@code OC-CORE-12}), unlike {@code GPT-4}.
     */
    private static boolean looksLikeLabel(String token) {
        if (!IdPatterns.isIdLike(token)) {
            return false;
        }
        int k = 0;
        while (k < token.length() && (token.charAt(k) >= 'A' && token.charAt(k) <= 'Z'
                || k > 0 && token.charAt(k) >= '0' && token.charAt(k) <= '9')) {
            k++;
        }
        if (k < 2 || k == token.length() || "-_.".indexOf(token.charAt(k)) < 0) {
            return false;
        }
        int number = token.length();
        while (number > 0 && (Character.isDigit(token.charAt(number - 1)) || token.charAt(number - 1) == '.')) {
            number--;
        }
        String tail = token.substring(number);
        return tail.length() >= 2;
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
            } else if (!IdPatterns.isIdLike(part) && !ids.matches(part) && !ids.isStandard(part)) {
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
