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
        return new ReportData(List.of("core"), List.of(
                proof(req("OC-CORE-1001", "Pools MUST be bounded.", Level.MUST), ProofStatus.PROVEN, TestOutcome.PASSED),
                proof(req("OC-CORE-1002", "<script>alert(1)</script> MUST be text", Level.MUST), ProofStatus.FAILING,
                        TestOutcome.FAILED),
                proof(req("OC-CORE-1003", "{a, https://evil.example} MAY be text", Level.MAY), ProofStatus.UNTESTED,
                        null)),
                List.of(new Finding(".specs/10-core.md", 4, 3, Rule.SPEC_BUNDLED, Severity.WARNING, "<b>bundled</b>")),
                1, 0, scmUrl, 2, Map.of("api-types", "Generated from <OpenAPI>."));
    }

    private static String render(String scmUrl) {
        ReportData data = data(scmUrl);
        StringWriter out = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(out);
        new ComplianceReportRenderer(new SinkPage(sink), data).render();
        return out.toString();
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
    void requirementRowsHaveAnchorsLinksResultsAndBadges() {
        String html = render("https://github.com/acme/repo");
        List<String> rows = rows(html);
        assertTrue(rows.contains("<td><a id=\"oc-core-1001\">OC-CORE-1001</a></td><td>must</td><td>Pools MUST be"
                + " bounded.</td><td><a class=\"externalLink\" href=\"https://github.com/acme/repo/blob/HEAD/.specs/"
                + "10-core.md#1-queue--admission\">1) Queue &amp; Admission</a></td><td>core/src/Queue.java:12</td>"
                + "<td>core.QueueTest#rejects (passed)</td><td><span class=\"spec-badge spec-proven\">PROVEN</span>"
                + "</td>"), String.join("\n", rows));
    }

    @Test
    void userTextIsEscaped() {
        String html = render(null);
        assertFalse(html.contains("<script>"), html);
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
    void withoutScmUrlTheSpecPathIsShownNotLinked() {
        String html = render(null);
        assertTrue(html.contains("<td>1) Queue &amp; Admission (.specs/10-core.md#1-queue--admission)</td>"), html);
        assertFalse(html.contains("href=\".specs/"), html);
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

    private static String standalone(String scmUrl) {
        HtmlPage page = new HtmlPage();
        new ComplianceReportRenderer(page, data(scmUrl)).render();
        return page.html();
    }

    @Test
    void standalonePageIsACompleteDocument() {
        HtmlPage page = new HtmlPage();
        new ComplianceReportRenderer(page, new ReportData(List.of(), List.of(), List.of(), 0, 0, null, 0, Map.of()))
                .render();
        String html = page.html();
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n"), html);
        assertTrue(html.contains("\n<title>Spec Compliance</title>\n"), html);
        assertTrue(html.contains("</head>\n<body>\n"), html);
        assertTrue(html.endsWith("</section>\n</body>\n</html>\n"), html);
        assertFalse(html.contains("\r"), html);
        assertEquals(1, html.split("<h1>", -1).length - 1, html);
        assertEquals(2, html.split("<h2>", -1).length - 1, "Summary and Findings: " + html);
    }

    @Test
    void standalonePageHasTheSameRowsAsTheSitePage() {
        for (String scm : new String[] {null, "https://github.com/acme/repo"}) {
            List<String> site = rows(render(scm));
            List<String> standalone = rows(standalone(scm));
            assertEquals(site.size(), standalone.size(), standalone.toString());
            for (int i = 0; i < site.size(); i++) {
                // The site's sink marks external links; otherwise the cells are the same markup.
                assertEquals(site.get(i).replace(" class=\"externalLink\"", ""), standalone.get(i));
            }
        }
        String html = standalone(null);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; MUST be text"), html);
        assertTrue(html.contains("&lt;b&gt;bundled&lt;/b&gt;"), html);
    }
}
