package io.github.spectrace.maven;

import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.LevelCoverage;
import io.github.spectrace.core.model.ProofStatus;
import io.github.spectrace.core.model.Reference;
import io.github.spectrace.core.model.Requirement;
import io.github.spectrace.core.model.RequirementProof;
import io.github.spectrace.core.model.Severity;
import io.github.spectrace.core.model.TestCaseResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Presents a {@link ReportData} as the "Spec Compliance" report: a main page with the coverage per level, a chart
 * and a table of the modules, and the findings; and one page per module with its requirements and a filter. One
 * page of 100,000 rows would take a browser minutes to open; a module's page holds what one team reads.
 *
 * <p>Every piece of user text goes through {@link ReportPage#text(String)} or {@link HtmlPage#escape(String)}; raw
 * HTML is used only for the style, the chart, the badges, the filter and its script, built here from fixed
 * strings, numbers and escaped text. Without JavaScript, every row shows and the filter stays hidden.
 */
final class ComplianceReportRenderer {

    static final String TITLE = "Spec Compliance";

    private static final String STYLE = "<style>"
            + ".spec-bar{background:#e9ecef;width:120px;height:12px;display:inline-block;vertical-align:middle}"
            + ".spec-bar>span{display:block;height:12px;background:#2e7d32}"
            + ".spec-badge{display:inline-block;padding:1px 6px;border-radius:3px;color:#fff;font-size:90%}"
            + ".spec-proven{background:#2e7d32}.spec-failing{background:#c62828}.spec-covered{background:#1565c0}"
            + ".spec-untested{background:#ef6c00}.spec-unimplemented{background:#6a1b9a}"
            + ".spec-uncovered{background:#616161}"
            + "td:has(>.spec-bar){white-space:nowrap}"
            + ".spec-chart svg{max-width:100%;height:auto}.spec-chart a:hover text{text-decoration:underline}"
            + ".spec-reqs table{table-layout:fixed;width:100%}"
            + ".spec-reqs td,.spec-reqs th,.spec-findings td{overflow-wrap:anywhere;word-break:normal}"
            + ".spec-reqs th:nth-child(1){width:13%}.spec-reqs th:nth-child(2){width:6%}"
            + ".spec-reqs th:nth-child(3){width:27%}.spec-reqs th:nth-child(4){width:12%}"
            + ".spec-reqs th:nth-child(5){width:15%}.spec-reqs th:nth-child(6){width:18%}"
            + ".spec-reqs th:nth-child(7){width:9em}"
            + ".spec-reqs tr[hidden],.spec-filter[hidden]{display:none}"
            + ".spec-filter{margin:0 0 1em}.spec-filter label{display:inline-block;margin:0 1em 0 0}"
            + ".spec-filter select,.spec-filter input{display:inline-block;width:auto;margin:0 0 0 .3em}"
            + "</style>";

    /**
     * The filter, after the tables it filters: reads its state from the page's query ({@code ?status=failing&level=must&q=queue}), so a filtered
     * view can be linked to, and writes it back there on every change.
     */
    private static final String SCRIPT = "<script>(function(){"
            + "var f=document.getElementById('spec-filter');if(!f||!window.URLSearchParams)return;"
            + "var rows=[].slice.call(document.querySelectorAll('.spec-reqs tr')).filter(function(r){"
            + "return r.querySelector('td')});"
            + "var text=rows.map(function(r){return r.textContent.toLowerCase()});"
            + "var e=f.elements,out=document.getElementById('spec-count'),p=new URLSearchParams(location.search);"
            + "e.status.value=p.get('status')||'';e.level.value=p.get('level')||'';e.q.value=p.get('q')||'';"
            + "function apply(save){var s=e.status.value,l=e.level.value,q=e.q.value.trim().toLowerCase(),n=0;"
            + "rows.forEach(function(r,i){var b=r.querySelector('.spec-badge');"
            + "var ok=(!s||(b&&b.classList.contains('spec-'+s)))&&(!l||r.cells[1].textContent.trim()===l)"
            + "&&(!q||text[i].indexOf(q)>=0);r.hidden=!ok;if(ok)n++});"
            + "out.textContent=n+' of '+rows.length+' requirements shown';"
            + "if(save){var u=new URLSearchParams();if(s)u.set('status',s);if(l)u.set('level',l);"
            + "if(q)u.set('q',e.q.value.trim());var qs=u.toString();"
            + "try{history.replaceState(null,'',(qs?'?'+qs:location.pathname)+location.hash)}catch(x){}}}"
            + "f.addEventListener('input',function(){apply(true)});"
            + "f.addEventListener('change',function(){apply(true)});"
            + "f.addEventListener('submit',function(x){x.preventDefault()});"
            + "f.hidden=false;apply(false)})();</script>";

    private static final Map<ProofStatus, String> COLOURS = colours();

    private final ReportData data;
    private final Map<String, String> pageNames = new LinkedHashMap<>();
    private final Map<String, List<RequirementProof>> byModule = new LinkedHashMap<>();
    private ReportPage page;
    private int section;

    ComplianceReportRenderer(ReportData data) {
        this.data = data;
        Set<String> taken = new HashSet<>();
        for (String module : data.modules()) {
            byModule.put(module, new ArrayList<>());
            String base = ComplianceReportMojo.OUTPUT_PATH + "-" + slug(module);
            String name = base + ".html";
            for (int i = 2; !taken.add(name); i++) {
                name = base + "-" + i + ".html";
            }
            pageNames.put(module, name);
        }
        for (RequirementProof p : data.proofs()) {
            byModule.computeIfAbsent(p.module(), m -> new ArrayList<>()).add(p);
        }
    }

    /**
     * Renders the report and closes its pages.
     *
     * @param main the main page
     * @param pages opens the module pages; null puts every module's table on the main page
     */
    void render(ReportPage main, ReportPage.Factory pages) {
        page = main;
        page.start(TITLE);
        page.raw(STYLE);
        startSection(TITLE);
        summary(pages != null);
        if (pages == null) {
            filter(data.proofs());
            for (String module : data.modules()) {
                page.anchor(moduleAnchor(module));
                page.anchor_();
                startSection(module);
                requirements(byModule.get(module));
                endSection();
            }
            page.raw(SCRIPT);
        }
        exemptions();
        findings();
        endSection();
        page.end();
        if (pages != null) {
            for (String module : data.modules()) {
                modulePage(pages.open(pageNames.get(module)), module);
            }
        }
    }

    /**
     * The file name of each module's page, in module order.
     *
     * @return module to file name
     */
    Map<String, String> pageNames() {
        return pageNames;
    }

    private void modulePage(ReportPage modulePage, String module) {
        page = modulePage;
        page.start(TITLE + ": " + module);
        page.raw(STYLE);
        startSection(TITLE + ": " + module);
        page.link(ComplianceReportMojo.OUTPUT_PATH + ".html");
        page.text("Back to the summary of all modules");
        page.link_();
        List<RequirementProof> proofs = byModule.get(module);
        paragraph(proofs.size() + " requirements. " + statusLine(proofs));
        filter(proofs);
        requirements(proofs);
        page.raw(SCRIPT);
        endSection();
        page.end();
    }

    private void summary(boolean linked) {
        startSection("Summary");
        paragraph("Requirements extracted from the specs, with the code and tests that cite them. A requirement is"
                + " proven when at least one citing test ran and passed in this build, and none failed. "
                + data.testReports() + " test report files were read: those on disk when the report ran. In a"
                + " reactor, one 'mvn verify site' renders this page before the modules run their tests, so run"
                + " 'mvn verify', then 'mvn site', or 'mvn verify spec:report' for the standalone page.");
        Map<Level, int[]> byLevel = new EnumMap<>(Level.class);
        for (Level l : Level.values()) {
            byLevel.put(l, new int[4]);
        }
        for (RequirementProof p : data.proofs()) {
            int[] c = byLevel.get(p.requirement().level());
            c[0]++;
            c[1] += p.code().isEmpty() ? 0 : 1;
            c[2] += p.tests().isEmpty() ? 0 : 1;
            c[3] += p.status() == ProofStatus.PROVEN ? 1 : 0;
        }
        page.table();
        headerRow("Level", "Requirements", "Referenced by code", "Referenced by a test", "Proven by a passing test");
        for (Map.Entry<Level, int[]> e : byLevel.entrySet()) {
            int[] c = e.getValue();
            if (c[0] == 0) {
                continue;
            }
            page.row();
            cell(e.getKey().id());
            cell(Integer.toString(c[0]));
            barCell(c[1], c[0]);
            barCell(c[2], c[0]);
            barCell(c[3], c[0]);
            page.row_();
        }
        page.table_();
        int errors = 0;
        for (Finding f : data.findings()) {
            errors += f.severity() == Severity.ERROR ? 1 : 0;
        }
        paragraph("Findings: " + data.findings().size() + " (" + errors + " errors); " + data.lintFindings()
                + " from spec:lint, " + data.linkFindings() + " from spec:check-links.");
        endSection();
        if (!data.modules().isEmpty()) {
            startSection("Modules");
            page.raw(chart(linked));
            modules(linked);
            endSection();
        }
    }

    private void modules(boolean linked) {
        page.table();
        List<String> header = new ArrayList<>(List.of("Module", "Requirements"));
        for (ProofStatus s : ProofStatus.values()) {
            header.add(s.id());
        }
        headerRow(header.toArray(new String[0]));
        for (String module : data.modules()) {
            List<RequirementProof> proofs = byModule.get(module);
            page.row();
            page.cell();
            page.link(linked ? pageNames.get(module) : "#" + moduleAnchor(module));
            page.text(module);
            page.link_();
            page.cell_();
            cell(Integer.toString(proofs.size()));
            int[] counts = counts(proofs);
            for (ProofStatus s : ProofStatus.values()) {
                cell(Integer.toString(counts[s.ordinal()]));
            }
            page.row_();
        }
        page.table_();
    }

    /** A horizontal bar per module, its statuses stacked, each bar a link to the module's requirements. */
    private String chart(boolean linked) {
        int row = 22;
        int top = 30;
        int height = top + row * data.modules().size();
        StringBuilder svg = new StringBuilder(512 + 600 * data.modules().size());
        svg.append("<figure class=\"spec-chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"")
                .append(height).append("\" viewBox=\"0 0 800 ").append(height)
                .append("\" role=\"img\" aria-label=\"Requirements per module, by status\""
                        + " font-family=\"sans-serif\" font-size=\"12\">");
        int x = 0;
        for (ProofStatus s : ProofStatus.values()) {
            svg.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS.get(s)).append("\"/><text x=\"").append(x + 14).append("\" y=\"13\">")
                    .append(s.id()).append("</text>");
            x += 24 + 7 * s.id().length();
        }
        int y = top;
        for (String module : data.modules()) {
            List<RequirementProof> proofs = byModule.get(module);
            int[] counts = counts(proofs);
            String name = HtmlPage.escape(module);
            int cut = module.length() > 26 && Character.isHighSurrogate(module.charAt(24)) ? 24 : 25;
            String label = module.length() > 26 ? HtmlPage.escape(module.substring(0, cut)) + "\u2026" : name;
            String href = linked ? pageNames.get(module) : "#" + moduleAnchor(module);
            svg.append("<a href=\"").append(HtmlPage.escape(href))
                    .append("\"><title>").append(name).append(": ").append(statusLine(proofs)).append("</title>")
                    .append("<text x=\"0\" y=\"").append(y + 13).append("\" fill=\"#0645ad\">").append(label)
                    .append("</text>");
            int done = 0;
            int from = 200;
            for (ProofStatus s : ProofStatus.values()) {
                int n = counts[s.ordinal()];
                if (n == 0) {
                    continue;
                }
                done += n;
                int to = 200 + (int) ((440L * done + proofs.size() / 2) / proofs.size());
                svg.append("<rect x=\"").append(from).append("\" y=\"").append(y + 2).append("\" width=\"")
                        .append(to - from).append("\" height=\"14\" fill=\"").append(COLOURS.get(s)).append("\"/>");
                from = to;
            }
            if (proofs.isEmpty()) {
                svg.append("<rect x=\"200\" y=\"").append(y + 2)
                        .append("\" width=\"440\" height=\"14\" fill=\"#e9ecef\"/>");
            }
            svg.append("<text x=\"650\" y=\"").append(y + 13).append("\">")
                    .append(counts[ProofStatus.PROVEN.ordinal()]).append(" of ").append(proofs.size())
                    .append(" proven</text></a>");
            y += row;
        }
        return svg.append("</svg></figure>").toString();
    }

    private void filter(List<RequirementProof> proofs) {
        int[] counts = counts(proofs);
        StringBuilder form = new StringBuilder("<form id=\"spec-filter\" class=\"spec-filter\" hidden>"
                + "<label>Status <select name=\"status\"><option value=\"\">any</option>");
        for (ProofStatus s : ProofStatus.values()) {
            form.append("<option value=\"").append(s.id()).append("\">").append(s.id()).append(" (")
                    .append(counts[s.ordinal()]).append(")</option>");
        }
        form.append("</select></label><label>Level <select name=\"level\"><option value=\"\">any</option>");
        for (Level l : Level.values()) {
            form.append("<option value=\"").append(l.id()).append("\">").append(l.id()).append("</option>");
        }
        form.append("</select></label><label>Text <input type=\"search\" name=\"q\""
                + " placeholder=\"ID, title, file or test\"></label><output id=\"spec-count\"></output></form>");
        page.raw(form.toString());
    }

    private void requirements(List<RequirementProof> proofs) {
        page.raw("<div class=\"spec-reqs\">");
        page.table();
        headerRow("ID", "Level", "Title", "Section", "Code", "Tests", "Status");
        for (RequirementProof p : proofs) {
            Requirement r = p.requirement();
            page.row();
            page.cell();
            page.anchor(anchorOf(r.id()));
            page.text(r.id());
            page.anchor_();
            page.cell_();
            cell(r.level().id());
            cell(r.title());
            page.cell();
            String title = r.section().isEmpty() ? r.source() : r.section();
            String href = href(r.anchor(), 0);
            if (href == null) {
                page.text(title + " (" + r.anchor() + ")");
            } else {
                page.link(href);
                page.text(title);
                page.link_();
            }
            page.cell_();
            page.cell();
            references(p.code(), false);
            page.cell_();
            page.cell();
            for (int i = 0; i < p.results().size(); i++) {
                if (i > 0) {
                    page.lineBreak();
                }
                TestCaseResult t = p.results().get(i);
                page.text(t.test() + " (" + t.outcome().id() + ")");
            }
            references(p.tests(), !p.results().isEmpty());
            page.cell_();
            page.cell();
            badge(p.status());
            page.cell_();
            page.row_();
        }
        page.table_();
        page.raw("</div>");
    }

    /** Each reference as {@code path:line}, linked to that line when the report knows where the sources are. */
    private void references(List<Reference> refs, boolean afterOthers) {
        for (int i = 0; i < refs.size(); i++) {
            Reference ref = refs.get(i);
            if (i > 0 || afterOthers) {
                page.lineBreak();
            }
            String href = href(ref.path(), ref.line());
            if (href != null) {
                page.link(href);
            }
            page.text(ref.path() + ":" + ref.line());
            if (href != null) {
                page.link_();
            }
        }
    }

    /**
     * The link to a file of the repository: {@code <scm>/blob/HEAD/<path>#L<line>} with a web SCM URL, else the path
     * relative to the report's directory, or null when the report is not under the project.
     */
    private String href(String path, int line) {
        if (data.scmUrl() != null && !data.scmUrl().isBlank()) {
            String base = data.scmUrl().endsWith("/") ? data.scmUrl().substring(0, data.scmUrl().length() - 1)
                    : data.scmUrl();
            return base + "/blob/HEAD/" + path + (line > 0 ? "#L" + line : "");
        }
        return data.rootPrefix() == null ? null : data.rootPrefix() + path;
    }

    private void exemptions() {
        if (data.specExempt().isEmpty()) {
            return;
        }
        startSection("Modules without a spec");
        page.table();
        headerRow("Module", "Reason");
        for (Map.Entry<String, String> e : data.specExempt().entrySet()) {
            page.row();
            cell(e.getKey());
            cell(e.getValue());
            page.row_();
        }
        page.table_();
        endSection();
    }

    private void findings() {
        startSection("Findings");
        if (data.findings().isEmpty()) {
            paragraph("No findings.");
            endSection();
            return;
        }
        page.raw("<div class=\"spec-findings\">");
        page.table();
        headerRow("Location", "Rule", "Severity", "Message");
        for (Finding f : data.findings()) {
            page.row();
            cell(f.location());
            cell(f.ruleId());
            cell(f.severity().id());
            cell(f.message());
            page.row_();
        }
        page.table_();
        page.raw("</div>");
        endSection();
    }

    private static int[] counts(List<RequirementProof> proofs) {
        int[] counts = new int[ProofStatus.values().length];
        for (RequirementProof p : proofs) {
            counts[p.status().ordinal()]++;
        }
        return counts;
    }

    private static String statusLine(List<RequirementProof> proofs) {
        int[] counts = counts(proofs);
        StringBuilder sb = new StringBuilder();
        for (ProofStatus s : ProofStatus.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(counts[s.ordinal()]).append(' ').append(s.id());
        }
        return sb.append('.').toString();
    }

    private static Map<ProofStatus, String> colours() {
        Map<ProofStatus, String> m = new EnumMap<>(ProofStatus.class);
        m.put(ProofStatus.PROVEN, "#2e7d32");
        m.put(ProofStatus.FAILING, "#c62828");
        m.put(ProofStatus.COVERED, "#1565c0");
        m.put(ProofStatus.UNTESTED, "#ef6c00");
        m.put(ProofStatus.UNIMPLEMENTED, "#6a1b9a");
        m.put(ProofStatus.UNCOVERED, "#616161");
        return m;
    }

    private void startSection(String title) {
        section++;
        page.section(section, title);
    }

    private void endSection() {
        page.section_(section);
        section--;
    }

    private void paragraph(String text) {
        page.paragraph(text);
    }

    /**
     * The anchor of a requirement row, guessable from the ID: lower case, keeping letters, digits, {@code -} and
     * {@code _}, as GitHub's anchor rules keep them.
     */
    static String anchorOf(String id) {
        StringBuilder sb = new StringBuilder(id.length());
        id.toLowerCase(Locale.ROOT).codePoints().filter(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_')
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** A module's name as part of a file name: ASCII letters, digits, {@code -} and {@code _}; others become -. */
    private String moduleAnchor(String module) {
        String name = pageNames.get(module);
        return "module-" + name.substring(ComplianceReportMojo.OUTPUT_PATH.length() + 1, name.length() - 5);
    }

    static String slug(String module) {
        StringBuilder sb = new StringBuilder(module.length());
        for (char c : module.toLowerCase(Locale.ROOT).toCharArray()) {
            boolean keep = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
            sb.append(keep ? c : '-');
        }
        return sb.isEmpty() ? "module" : sb.toString();
    }

    private void headerRow(String... names) {
        page.row();
        for (String n : names) {
            page.headerCell(n);
        }
        page.row_();
    }

    private void cell(String text) {
        page.cell();
        page.text(text);
        page.cell_();
    }

    private void barCell(int count, int total) {
        page.cell();
        long width = Math.round(100.0 * count / total);
        page.raw("<span class=\"spec-bar\" role=\"img\" aria-label=\"" + LevelCoverage.percent(count, total)
                + "\"><span style=\"width:" + width + "%\"></span></span> ");
        page.text(count + " of " + total + " (" + LevelCoverage.percent(count, total) + ")");
        page.cell_();
    }

    private void badge(ProofStatus status) {
        String id = status.id();
        // The label is the status name, so the badge never relies on colour alone.
        page.raw("<span class=\"spec-badge spec-" + id + "\">" + id.toUpperCase(Locale.ROOT) + "</span>");
    }
}
