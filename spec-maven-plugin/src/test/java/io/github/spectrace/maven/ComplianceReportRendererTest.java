package io.github.spectrace.maven;

import io.github.spectrace.core.model.Rule;

import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.ProofStatus;
import io.github.spectrace.core.model.Reference;
import io.github.spectrace.core.model.Requirement;
import io.github.spectrace.core.model.RequirementProof;
import io.github.spectrace.core.model.Severity;
import io.github.spectrace.core.model.TestCaseResult;
import io.github.spectrace.core.model.TestMethod;
import io.github.spectrace.core.model.TestOutcome;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


class ComplianceReportRendererTest {

    private static Requirement req(String id, String title, Level level) {
        return new Requirement(id, title, level, List.of(), "1) Queue & Admission", ".specs/10-core.md#1-queue--admission",
                ".specs/10-core.md", 3, 3, List.of(), List.of());
    }

    private static RequirementProof proof(Requirement r, ProofStatus status, TestOutcome outcome) {
        List<TestCaseResult> results = outcome == null ? List.of()
                : List.of(new TestCaseResult(new TestMethod("core.QueueTest", "rejects"), outcome));
        return new RequirementProof("core", r, List.of(new Reference(r.id(), "core/src/Queue.java", 12, 5, false)),
                outcome == null ? List.of() : List.of(new Reference(r.id(), "core/src/QueueTest.java", 7, 9, true)),
                results, status);
    }

    private static ReportData data(String scmUrl) {
        return data(scmUrl, "../../");
    }

    private static ReportData data(String scmUrl, String rootPrefix) {
        return new ReportData(List.of("core"), List.of(
                proof(req("OC-CORE-1001", "Pools MUST be bounded.", Level.MUST), ProofStatus.PROVEN, TestOutcome.PASSED),
                proof(req("OC-CORE-1002", "<script>alert(1)</script> MUST be text", Level.MUST), ProofStatus.FAILING,
                        TestOutcome.FAILED),
                proof(req("OC-CORE-1003", "{a, https://evil.example} MAY be text", Level.MAY), ProofStatus.UNTESTED,
                        null)),
                List.of(new Finding(".specs/10-core.md", 4, 3, Rule.SPEC_BUNDLED, Severity.WARNING, "<b>bundled</b>")),
                1, 0, scmUrl, 2, Map.of("api-types", "Generated from <OpenAPI>."), rootPrefix);
    }

    /** The site's pages, rendered by Doxia's XHTML5 sink: the main page first, then one per module. */
    private static java.util.Map<String, String> site(ReportData data) {
        java.util.Map<String, StringWriter> out = new java.util.LinkedHashMap<>();
        out.put("spec-compliance.html", new StringWriter());
        new ComplianceReportRenderer(data).render(new SinkPage(new Xhtml5BaseSink(out.get("spec-compliance.html"))),
                name -> {
                    StringWriter w = new StringWriter();
                    out.put(name, w);
                    return new SinkPage(new Xhtml5BaseSink(w));
                });
        java.util.Map<String, String> html = new java.util.LinkedHashMap<>();
        out.forEach((name, w) -> html.put(name, w.toString()));
        return html;
    }

    private static String render(String scmUrl) {
        return String.join("\n", site(data(scmUrl)).values());
    }

    private static String modulePage(String scmUrl, String rootPrefix) {
        Map<String, String> pages = site(data(scmUrl, rootPrefix));
        assertEquals(List.of("spec-compliance.html", "spec-compliance-core.html"), List.copyOf(pages.keySet()));
        return pages.get("spec-compliance-core.html");
    }

    private static List<String> rows(String html) {
        List<String> rows = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            rows.add(m.group(1).replaceAll("\\s+", " ").replaceAll(">\\s+<", "><").strip());
        }
        return rows;
    }

    @Test
    void requirementRowsLinkTheSpecCodeAndTestLinesThroughTheScmUrl() {
        List<String> rows = rows(modulePage("https://github.com/acme/repo", "../../"));
        String blob = "<a class=\"externalLink\" href=\"https://github.com/acme/repo/blob/HEAD/";
        assertEquals("<td><a id=\"oc-core-1001\">OC-CORE-1001</a></td><td>must</td><td>Pools MUST be bounded.</td>"
                + "<td>" + blob + ".specs/10-core.md#1-queue--admission\">1) Queue &amp; Admission</a></td>"
                + "<td>" + blob + "core/src/Queue.java#L12\">core/src/Queue.java:12</a></td>"
                + "<td>core.QueueTest#rejects (passed)<br />" + blob + "core/src/QueueTest.java#L7\">"
                + "core/src/QueueTest.java:7</a></td><td><span class=\"spec-badge spec-proven\">PROVEN</span></td>",
                rows.get(1));
        assertEquals(4, rows.size(), "the header and three requirements: " + rows);
    }

    @Test
    void withoutScmUrlLinksAreRelativeToTheProject() {
        List<String> rows = rows(modulePage(null, "../../"));
        assertEquals("<td><a id=\"oc-core-1003\">OC-CORE-1003</a></td><td>may</td><td>{a, https://evil.example}"
                + " MAY be text</td><td><a href=\"../../.specs/10-core.md#1-queue--admission\">1) Queue &amp;"
                + " Admission</a></td><td><a href=\"../../core/src/Queue.java\">core/src/Queue.java:12</a></td>"
                + "<td></td><td><span class=\"spec-badge spec-untested\">UNTESTED</span></td>", rows.get(3));
    }

    @Test
    void outsideTheProjectFilesAreShownNotLinked() {
        String html = modulePage(null, null);
        assertTrue(html.contains("<td>1) Queue &amp; Admission (.specs/10-core.md#1-queue--admission)</td>"), html);
        assertTrue(html.contains("<td>core/src/Queue.java:12</td>"), html);
        assertFalse(html.contains("href=\".specs/"), html);
        assertFalse(html.contains("href=\"core/"), html);
    }

    @Test
    void userTextIsEscaped() {
        String html = render(null);
        assertFalse(html.contains("<script>alert"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; MUST be text"), html);
        assertTrue(html.contains("{a, https://evil.example} MAY be text"), html);
        assertFalse(html.contains("href=\"https://evil.example"), html);
        assertTrue(html.contains("&lt;b&gt;bundled&lt;/b&gt;"), html);
        assertTrue(html.contains("<span class=\"spec-badge spec-failing\">FAILING</span>"), html);
        assertTrue(html.contains("<span class=\"spec-badge spec-untested\">UNTESTED</span>"), html);
    }

    @Test
    void exemptModulesAreListedWithTheirReason() {
        assertTrue(rows(render(null)).contains("<td>api-types</td><td>Generated from &lt;OpenAPI&gt;.</td>"));
    }

    @Test
    void summaryHasOneBarRowPerLevel() {
        List<String> summary = rows(render(null)).stream().filter(r -> r.startsWith("<td>must</td>")
                || r.startsWith("<td>may</td>")).toList();
        assertEquals(List.of(
                "<td>must</td><td>2</td><td><span class=\"spec-bar\" role=\"img\" aria-label=\"100.0%\"><span"
                        + " style=\"width:100%\"></span></span> 2 of 2 (100.0%)</td><td><span class=\"spec-bar\""
                        + " role=\"img\" aria-label=\"100.0%\"><span style=\"width:100%\"></span></span> 2 of 2"
                        + " (100.0%)</td><td><span class=\"spec-bar\" role=\"img\" aria-label=\"50.0%\"><span"
                        + " style=\"width:50%\"></span></span> 1 of 2 (50.0%)</td>",
                "<td>may</td><td>1</td><td><span class=\"spec-bar\" role=\"img\" aria-label=\"100.0%\"><span"
                        + " style=\"width:100%\"></span></span> 1 of 1 (100.0%)</td><td><span class=\"spec-bar\""
                        + " role=\"img\" aria-label=\"0.0%\"><span style=\"width:0%\"></span></span> 0 of 1"
                        + " (0.0%)</td><td><span class=\"spec-bar\" role=\"img\" aria-label=\"0.0%\"><span"
                        + " style=\"width:0%\"></span></span> 0 of 1 (0.0%)</td>"), summary);
    }

    @Test
    void theMainPageChartsAndListsEachModuleWithALinkToItsPage() {
        String main = site(data(null)).get("spec-compliance.html");
        assertTrue(main.contains("<a href=\"spec-compliance-core.html\"><title>core: 1 proven, 1 failing, 0 covered,"
                + " 1 untested, 0 unimplemented, 0 uncovered.</title><text x=\"0\" y=\"43\" fill=\"#0645ad\">core</text>"
                + "<rect x=\"200\" y=\"32\" width=\"147\" height=\"14\" fill=\"#2e7d32\"/>"
                + "<rect x=\"347\" y=\"32\" width=\"146\" height=\"14\" fill=\"#c62828\"/>"
                + "<rect x=\"493\" y=\"32\" width=\"147\" height=\"14\" fill=\"#ef6c00\"/>"
                + "<text x=\"650\" y=\"43\">1 of 3 proven</text></a></svg></figure>"), main);
        assertTrue(rows(main).contains("<td><a href=\"spec-compliance-core.html\">core</a></td><td>3</td><td>1</td>"
                + "<td>1</td><td>0</td><td>1</td><td>0</td><td>0</td>"), main);
        assertFalse(main.contains("OC-CORE-1001"), "the requirements are on the module's page: " + main);
        assertFalse(main.contains("<script"), main);
    }

    @Test
    void modulePagesHaveSafeDistinctFileNamesAndEscapedChartLabels() {
        ReportData data = new ReportData(List.of("A b", "a-b", "<x>", "a-very-long-module-name-that-goes-on"),
                List.of(), List.of(), 0, 0, null, 0, Map.of(), null);
        ComplianceReportRenderer renderer = new ComplianceReportRenderer(data);
        Map<String, String> pages = site(data);
        assertEquals(Map.of("A b", "spec-compliance-a-b.html", "a-b", "spec-compliance-a-b-2.html",
                "<x>", "spec-compliance--x-.html", "a-very-long-module-name-that-goes-on",
                "spec-compliance-a-very-long-module-name-that-goes-on.html"), renderer.pageNames());
        assertEquals(List.of("spec-compliance.html", "spec-compliance-a-b.html", "spec-compliance-a-b-2.html",
                "spec-compliance--x-.html", "spec-compliance-a-very-long-module-name-that-goes-on.html"),
                List.copyOf(pages.keySet()));
        String main = pages.get("spec-compliance.html");
        assertTrue(main.contains("<title>&lt;x&gt;: 0 proven,"), main);
        assertTrue(main.contains("fill=\"#0645ad\">&lt;x&gt;</text>"), main);
        assertTrue(main.contains("<text x=\"0\" y=\"109\" fill=\"#0645ad\">a-very-long-module-name-t\u2026</text>"), main);
        assertFalse(main.contains("<x>"), main);
        assertTrue(pages.get("spec-compliance--x-.html").contains("<h1>Spec Compliance: &lt;x&gt;</h1>"));
    }

    @Test
    void theFilterIsHiddenUntilItsScriptRunsAfterTheTable() {
        String html = modulePage(null, "../../");
        int form = html.indexOf("<form id=\"spec-filter\" class=\"spec-filter\" hidden><label>Status <select"
                + " name=\"status\"><option value=\"\">any</option><option value=\"proven\">proven (1)</option>"
                + "<option value=\"failing\">failing (1)</option><option value=\"covered\">covered (0)</option>"
                + "<option value=\"untested\">untested (1)</option>");
        int table = html.indexOf("<div class=\"spec-reqs\">");
        int script = html.indexOf("<script>");
        assertTrue(form > 0 && table > form && script > html.indexOf("</table></div>") && script > table, html);
        assertEquals(1, html.split("<script>", -1).length - 1, html);
        assertTrue(html.contains("f.hidden=false;apply(false)})();</script>"), html);
    }

    @Test
    void withoutPagesEveryModuleIsOnTheMainPage() {
        StringWriter out = new StringWriter();
        new ComplianceReportRenderer(data(null)).render(new SinkPage(new Xhtml5BaseSink(out)), null);
        String html = out.toString();
        assertTrue(html.contains("<a href=\"#module-core\">core</a>"), html);
        assertTrue(html.contains("<a id=\"module-core\"></a><section>\n<h2>core</h2>"), html);
        assertTrue(html.contains("<a id=\"oc-core-1001\">OC-CORE-1001</a>"), html);
        assertTrue(html.indexOf("<script>") > html.indexOf("oc-core-1003"), html);
    }

    private static Map<String, String> standalone(String scmUrl) {
        return HtmlPage.render(new ComplianceReportRenderer(data(scmUrl)), "spec-compliance.html");
    }

    @Test
    void standalonePageIsACompleteDocument() {
        Map<String, String> pages = HtmlPage.render(new ComplianceReportRenderer(
                new ReportData(List.of(), List.of(), List.of(), 0, 0, null, 0, Map.of(), null)), "spec-compliance.html");
        assertEquals(List.of("spec-compliance.html"), List.copyOf(pages.keySet()));
        String html = pages.get("spec-compliance.html");
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n"), html);
        assertTrue(html.contains("\n<title>Spec Compliance</title>\n"), html);
        assertTrue(html.contains("</head>\n<body>\n"), html);
        assertTrue(html.endsWith("</section>\n</body>\n</html>\n"), html);
        assertFalse(html.contains("\r"), html);
        assertEquals(1, html.split("<h1>", -1).length - 1, html);
        assertEquals(2, html.split("<h2>", -1).length - 1, "Summary and Findings: " + html);
    }

    @Test
    void standalonePagesHaveTheSameRowsAsTheSitePages() {
        for (String scm : new String[] {null, "https://github.com/acme/repo"}) {
            Map<String, String> site = site(data(scm));
            Map<String, String> standalone = standalone(scm);
            assertEquals(List.copyOf(site.keySet()), List.copyOf(standalone.keySet()));
            for (String name : site.keySet()) {
                List<String> siteRows = rows(site.get(name));
                List<String> pageRows = rows(standalone.get(name));
                assertEquals(siteRows.size(), pageRows.size(), pageRows.toString());
                for (int i = 0; i < siteRows.size(); i++) {
                    // The site's sink marks external links and closes <br />; otherwise the cells are the same.
                    assertEquals(siteRows.get(i).replace(" class=\"externalLink\"", "").replace("<br />", "<br>"),
                            pageRows.get(i));
                }
                assertTrue(standalone.get(name).startsWith("<!DOCTYPE html>\n"), name);
            }
        }
        String html = String.join("\n", standalone(null).values());
        assertFalse(html.contains("<script>alert"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; MUST be text"), html);
        assertTrue(html.contains("&lt;b&gt;bundled&lt;/b&gt;"), html);
        assertTrue(standalone(null).get("spec-compliance-core.html").contains("\n<title>Spec Compliance: core</title>"));
    }
}
