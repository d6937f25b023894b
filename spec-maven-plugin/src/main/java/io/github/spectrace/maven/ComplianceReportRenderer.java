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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Presents a {@link ReportData} as the "Spec Compliance" page: a summary with coverage bars, one section per
 * module with a table of requirements, and the findings. Every piece of user text goes through
 * {@link ReportPage#text(String)}, which escapes it; raw HTML is used only for the bars and badges, whose content
 * is built here from fixed strings and numbers.
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
            + "</style>";

    private final ReportPage page;
    private final ReportData data;
    private int section;

    ComplianceReportRenderer(ReportPage page, ReportData data) {
        this.page = page;
        this.data = data;
    }

    /** Renders the whole page and closes it. */
    void render() {
        page.start(TITLE);
        body();
        page.end();
    }

    private void body() {
        page.raw(STYLE);
        startSection(TITLE);
        summary();
        for (String module : data.modules()) {
            module(module);
        }
        exemptions();
        findings();
        endSection();
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

    private void summary() {
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
            errors += f.severity() == io.github.spectrace.core.model.Severity.ERROR ? 1 : 0;
        }
        paragraph("Findings: " + data.findings().size() + " (" + errors + " errors); " + data.lintFindings()
                + " from spec:lint, " + data.linkFindings() + " from spec:check-links.");
        endSection();
    }

    private void module(String module) {
        startSection(module);
        page.table();
        headerRow("ID", "Level", "Title", "Section", "Code", "Tests", "Status");
        for (RequirementProof p : data.proofs()) {
            if (!p.module().equals(module)) {
                continue;
            }
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
            String section = r.section().isEmpty() ? r.source() : r.section();
            if (data.scmUrl() == null || data.scmUrl().isBlank()) {
                // The site has no copy of the spec, so a relative link would be dead: show where it is instead.
                page.text(section + " (" + r.anchor() + ")");
            } else {
                page.link(specLink(r.anchor()));
                page.text(section);
                page.link_();
            }
            page.cell_();
            listCell(locations(p.code()));
            listCell(tests(p));
            page.cell();
            badge(p.status());
            page.cell_();
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
        endSection();
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

    private String specLink(String anchor) {
        String base = data.scmUrl().endsWith("/") ? data.scmUrl().substring(0, data.scmUrl().length() - 1)
                : data.scmUrl();
        return base + "/blob/HEAD/" + anchor;
    }

    private static List<String> locations(List<Reference> refs) {
        List<String> out = new ArrayList<>();
        for (Reference r : refs) {
            out.add(r.path() + ":" + r.line());
        }
        return out;
    }

    private static List<String> tests(RequirementProof p) {
        List<String> out = new ArrayList<>();
        for (TestCaseResult t : p.results()) {
            out.add(t.test() + " (" + t.outcome().id() + ")");
        }
        if (out.isEmpty()) {
            out.addAll(locations(p.tests()));
        }
        return out;
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

    private void listCell(List<String> items) {
        page.cell();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                page.lineBreak();
            }
            page.text(items.get(i));
        }
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
