package io.github.spectrace.maven;

/**
 * The standalone page of {@code mvn spec:report}: a complete HTML5 document with LF line ends, the same
 * structure and classes as the site's page, and a small style sheet instead of the site's skin.
 */
final class HtmlPage implements ReportPage {

    private static final String STYLE = "<style>body{font-family:sans-serif;margin:2em}"
            + "table{border-collapse:collapse;margin-bottom:1em}"
            + "td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}</style>\n";

    private final StringBuilder out = new StringBuilder();
    private int rows;

    @Override
    public void start(String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        text(title);
        out.append("</title>\n").append(STYLE).append("</head>\n<body>\n");
    }

    @Override
    public void end() {
        out.append("</body>\n</html>\n");
    }

    @Override
    public void section(int level, String title) {
        int h = Math.min(level, 6);
        out.append("<section>\n<h").append(h).append('>');
        text(title);
        out.append("</h").append(h).append(">\n");
    }

    @Override
    public void section_(int level) {
        out.append("</section>\n");
    }

    @Override
    public void paragraph(String text) {
        out.append("<p>");
        text(text);
        out.append("</p>\n");
    }

    @Override
    public void table() {
        out.append("<table>\n");
        rows = 0;
    }

    @Override
    public void table_() {
        out.append("</table>\n");
    }

    @Override
    public void row() {
        // The alternating row classes of the site's skin.
        out.append(rows++ % 2 == 0 ? "<tr class=\"a\">" : "<tr class=\"b\">");
    }

    @Override
    public void row_() {
        out.append("</tr>\n");
    }

    @Override
    public void headerCell(String text) {
        out.append("<th>");
        text(text);
        out.append("</th>");
    }

    @Override
    public void cell() {
        out.append("<td>");
    }

    @Override
    public void cell_() {
        out.append("</td>");
    }

    @Override
    public void text(String text) {
        escape(text, out);
    }

    /**
     * Escapes text for HTML content and quoted attribute values.
     *
     * @param text the text
     * @return the escaped text
     */
    static String escape(String text) {
        return escape(text, new StringBuilder(text.length() + 16)).toString();
    }

    private static StringBuilder escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out;
    }

    @Override
    public void anchor(String id) {
        out.append("<a id=\"");
        text(id);
        out.append("\">");
    }

    @Override
    public void anchor_() {
        out.append("</a>");
    }

    @Override
    public void link(String href) {
        out.append("<a href=\"");
        text(href);
        out.append("\">");
    }

    @Override
    public void link_() {
        out.append("</a>");
    }

    @Override
    public void lineBreak() {
        out.append("<br>");
    }

    @Override
    public void raw(String html) {
        out.append(html);
    }

    /**
     * Renders a report as standalone pages.
     *
     * @param renderer the report
     * @param mainName the main page's file name
     * @return each page's file name and HTML, the main page first
     */
    static java.util.Map<String, String> render(ComplianceReportRenderer renderer, String mainName) {
        java.util.Map<String, HtmlPage> pages = new java.util.LinkedHashMap<>();
        pages.put(mainName, new HtmlPage());
        renderer.render(pages.get(mainName), name -> {
            HtmlPage page = new HtmlPage();
            pages.put(name, page);
            return page;
        });
        java.util.Map<String, String> html = new java.util.LinkedHashMap<>();
        pages.forEach((name, page) -> html.put(name, page.html()));
        return html;
    }

    /**
     * The page so far.
     *
     * @return the HTML
     */
    String html() {
        return out.toString();
    }
}
