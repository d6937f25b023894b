package io.github.spectrace.core.internal.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The block structure of a Markdown document as a list of lines, one per block, from a flexmark tree or from
 * cmark-gfm's HTML ({@code --sourcepos}, raw HTML omitted), so that the two can be compared.
 *
 * <p>A line is {@code <line>: <indent><entry>}: the 1-based source line the block starts on, two spaces per
 * enclosing container, and one of {@code hN <text>}, {@code p <text>}, {@code li <text>} (the text of the item's
 * own paragraphs, as {@link SpecParser} joins them), {@code task [ ] <text>} or {@code task [x] <text>} for a task
 * list item, {@code ul}, {@code ol}, {@code quote}, {@code pre}, {@code html}, {@code hr}, {@code table
 * <rows>x<columns>} (the header row counted; {@code <rows>x<c1,c2,...>} when the rows differ in cells) and
 * {@code footnotes}. Text is plain text, as {@link InlineText} reads it, with whitespace collapsed. cmark-gfm gives
 * HTML blocks and footnote sections no position, so their line is {@code ?} on both sides.
 */
final class GfmOutline {

    private GfmOutline() {
    }

    /**
     * The outline of a flexmark document.
     *
     * @param doc the document
     * @param text the text it was parsed from
     * @return one line per block
     */
    static List<String> of(Document doc, String text) {
        List<String> out = new ArrayList<>();
        new Flex(new LineIndex(text), new InlineText(new ReferenceRepository(doc)), out).children(doc, 0);
        return out;
    }

    private record Flex(LineIndex lines, InlineText inline, List<String> out) {

        void children(Node parent, int depth) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                node(n, depth);
            }
        }

        void node(Node n, int depth) {
            if (n instanceof Heading h) {
                add(n, depth, "h" + h.getLevel() + " " + text(n));
            } else if (n instanceof Paragraph) {
                add(n, depth, "p " + text(n));
            } else if (n instanceof ThematicBreak) {
                add(n, depth, "hr");
            } else if (n instanceof BlockQuote) {
                add(n, depth, "quote");
                children(n, depth + 1);
            } else if (n instanceof BulletList || n instanceof OrderedList) {
                add(n, depth, n instanceof BulletList ? "ul" : "ol");
                children(n, depth + 1);
            } else if (n instanceof ListItem) {
                StringBuilder s = new StringBuilder();
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof Paragraph) {
                        s.append(' ').append(text(c));
                    }
                }
                String kind = n instanceof TaskListItem t ? (t.isItemDoneMarker() ? "task [x]" : "task [ ]") : "li";
                add(n, depth, kind + " " + TextScan.collapseWhitespace(s.toString()).strip());
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                    if (!(c instanceof Paragraph)) {
                        node(c, depth + 1);
                    }
                }
            } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                add(n, depth, "pre");
            } else if (n instanceof HtmlBlock || n instanceof HtmlCommentBlock) {
                out.add("?: " + "  ".repeat(depth) + "html");
            } else if (n instanceof TableBlock) {
                List<Integer> cells = new ArrayList<>();
                rows(n, cells);
                add(n, depth, "table " + shape(cells));
            } else if (n instanceof Reference) {
                return;
            } else {
                add(n, depth, "? " + n.getClass().getSimpleName());
            }
        }

        void rows(Node parent, List<Integer> cells) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof TableRow) {
                    int count = 0;
                    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                        if (c instanceof TableCell) {
                            count++;
                        }
                    }
                    cells.add(count);
                } else if (!(n instanceof TableSeparator)) {
                    rows(n, cells);
                }
            }
        }

        String text(Node n) {
            inline.clear();
            inline.appendChildren(n);
            return TextScan.collapseWhitespace(inline.text()).strip();
        }

        void add(Node n, int depth, String entry) {
            out.add(lines.line(n.getStartOffset()) + ": " + "  ".repeat(depth) + entry.strip());
        }
    }

    private static String shape(List<Integer> cells) {
        boolean same = cells.stream().distinct().count() <= 1;
        String columns = same ? String.valueOf(cells.isEmpty() ? 0 : cells.get(0))
                : String.join(",", cells.stream().map(String::valueOf).toList());
        return cells.size() + "x" + columns;
    }

    /**
     * The outline of cmark-gfm's HTML.
     *
     * @param html the output of {@code cmark-gfm --sourcepos}, without {@code --unsafe}
     * @return one line per block
     */
    static List<String> ofHtml(String html) {
        List<String> out = new ArrayList<>();
        new Html(out).children(Element.parse(html), 0);
        return out;
    }

    private record Html(List<String> out) {
        private static final Set<String> BLOCKS =
                Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "hr", "blockquote", "ul", "ol", "li", "pre", "table",
                        "section");

        void children(Element parent, int depth) {
            List<Object> kids = parent.children;
            for (int i = 0; i < kids.size(); i++) {
                Object k = kids.get(i);
                if (k instanceof Element e) {
                    node(e, depth);
                } else if (k instanceof Comment && isBlockComment(kids, i)) {
                    out.add("?: " + "  ".repeat(depth) + "html");
                }
            }
        }

        /** A comment on a line of its own, as cmark-gfm writes an HTML block, rather than inline HTML. */
        static boolean isBlockComment(List<Object> kids, int i) {
            boolean before = i == 0 || kids.get(i - 1) instanceof String s && s.endsWith("\n")
                    || kids.get(i - 1) instanceof Element e && BLOCKS.contains(e.name);
            boolean after = i == kids.size() - 1 || kids.get(i + 1) instanceof String s && s.startsWith("\n")
                    || kids.get(i + 1) instanceof Element e && BLOCKS.contains(e.name);
            return before && after;
        }

        void node(Element e, int depth) {
            switch (e.name) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> add(e, depth, e.name + " " + e.text());
                case "p" -> add(e, depth, "p " + e.text());
                case "hr" -> add(e, depth, "hr");
                case "pre" -> add(e, depth, "pre");
                case "blockquote" -> {
                    add(e, depth, "quote");
                    children(e, depth + 1);
                }
                case "ul", "ol" -> {
                    add(e, depth, e.name);
                    children(e, depth + 1);
                }
                case "section" -> {
                    add(e, depth, "footnotes");
                    children(e, depth + 1);
                }
                case "li" -> item(e, depth);
                case "table" -> {
                    List<Integer> cells = new ArrayList<>();
                    e.rows(cells);
                    add(e, depth, "table " + shape(cells));
                }
                default -> add(e, depth, "? " + e.name);
            }
        }

        void item(Element li, int depth) {
            StringBuilder s = new StringBuilder();
            String kind = "li";
            Element inline = new Element("inline", Map.of());
            List<Object> holder = li.children;
            if (!holder.isEmpty() && holder.get(0) instanceof Element p && p.name.equals("p")) {
                holder = p.children;
            }
            if (!holder.isEmpty() && holder.get(0) instanceof Element box && box.name.equals("input")) {
                kind = box.attrs.containsKey("checked") ? "task [x]" : "task [ ]";
                holder.remove(0);
            }
            for (Object k : li.children) {
                if (k instanceof Element e && e.name.equals("p")) {
                    s.append(' ').append(e.text());
                } else if (!(k instanceof Element e && BLOCKS.contains(e.name))) {
                    inline.children.add(k);
                }
            }
            add(li, depth, kind + " " + TextScan.collapseWhitespace(inline.text() + s).strip());
            List<Object> kids = li.children;
            for (int i = 0; i < kids.size(); i++) {
                Object k = kids.get(i);
                if (k instanceof Element e && BLOCKS.contains(e.name) && !e.name.equals("p")) {
                    node(e, depth + 1);
                } else if (k instanceof Comment && isBlockComment(kids, i)) {
                    out.add("?: " + "  ".repeat(depth + 1) + "html");
                }
            }
        }

        void add(Element e, int depth, String entry) {
            String pos = e.attrs.get("data-sourcepos");
            String line = pos == null ? "?" : pos.substring(0, pos.indexOf(':'));
            out.add(line + ": " + "  ".repeat(depth) + entry.strip());
        }
    }

    /** An HTML comment. */
    private record Comment(String text) {
    }

    /** An element of well-formed HTML as cmark-gfm writes it: children are elements, comments and text. */
    private static final class Element {
        private static final Set<String> VOID = Set.of("hr", "br", "img", "input");

        final String name;
        final Map<String, String> attrs;
        final List<Object> children = new ArrayList<>();

        Element(String name, Map<String, String> attrs) {
            this.name = name;
            this.attrs = attrs;
        }

        static Element parse(String html) {
            Element root = new Element("root", Map.of());
            List<Element> stack = new ArrayList<>(List.of(root));
            int i = 0;
            while (i < html.length()) {
                Element top = stack.get(stack.size() - 1);
                int lt = html.indexOf('<', i);
                if (lt != i) {
                    int end = lt < 0 ? html.length() : lt;
                    top.children.add(decode(html.substring(i, end)));
                    i = end;
                } else if (html.startsWith("<!--", i)) {
                    int end = html.indexOf("-->", i);
                    top.children.add(new Comment(html.substring(i + 4, end)));
                    i = end + 3;
                } else if (html.startsWith("</", i)) {
                    int end = html.indexOf('>', i);
                    String name = html.substring(i + 2, end).strip();
                    if (!top.name.equals(name)) {
                        throw new IllegalArgumentException("</" + name + "> closes <" + top.name + "> at " + i);
                    }
                    stack.remove(stack.size() - 1);
                    i = end + 1;
                } else {
                    i = tag(html, i + 1, stack);
                }
            }
            if (stack.size() != 1) {
                throw new IllegalArgumentException("<" + stack.get(stack.size() - 1).name + "> not closed");
            }
            return root;
        }

        private static int tag(String html, int from, List<Element> stack) {
            int i = from;
            while (Character.isLetterOrDigit(html.charAt(i))) {
                i++;
            }
            String name = html.substring(from, i);
            Map<String, String> attrs = new LinkedHashMap<>();
            while (true) {
                while (Character.isWhitespace(html.charAt(i))) {
                    i++;
                }
                if (html.charAt(i) == '>' || html.startsWith("/>", i)) {
                    break;
                }
                int start = i;
                while ("=>/ \n".indexOf(html.charAt(i)) < 0) {
                    i++;
                }
                String attr = html.substring(start, i);
                String value = "";
                if (html.charAt(i) == '=') {
                    char quote = html.charAt(i + 1);
                    int end = html.indexOf(quote, i + 2);
                    value = decode(html.substring(i + 2, end));
                    i = end + 1;
                }
                attrs.put(attr, value);
            }
            Element e = new Element(name, attrs);
            stack.get(stack.size() - 1).children.add(e);
            if (html.charAt(i) == '>' && !VOID.contains(name)) {
                stack.add(e);
                return i + 1;
            }
            return html.indexOf('>', i) + 1;
        }

        private static String decode(String s) {
            return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&amp;", "&");
        }

        /** The plain text, image descriptions included, with whitespace collapsed. */
        String text() {
            StringBuilder s = new StringBuilder();
            appendText(s);
            return TextScan.collapseWhitespace(s.toString()).strip();
        }

        private void appendText(StringBuilder s) {
            if (name.equals("img")) {
                s.append(attrs.getOrDefault("alt", ""));
            }
            for (Object k : children) {
                if (k instanceof String t) {
                    s.append(t);
                } else if (k instanceof Element e) {
                    e.appendText(s);
                }
            }
        }

        void rows(List<Integer> cells) {
            for (Object k : children) {
                if (k instanceof Element e && e.name.equals("tr")) {
                    cells.add((int) e.children.stream()
                            .filter(c -> c instanceof Element td && (td.name.equals("td") || td.name.equals("th")))
                            .count());
                } else if (k instanceof Element e) {
                    e.rows(cells);
                }
            }
        }
    }
}
