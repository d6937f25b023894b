package io.github.spectrace.core.internal.render;

import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.LevelCoverage;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders {@code target/spec/summary.md}, the gate's result in a few lines of Markdown for a CI job summary
 * ({@code cat target/spec/summary.md >> $GITHUB_STEP_SUMMARY}): the verdict, coverage per level, findings per
 * rule, the first errors with links to their lines, and the requirements diff of {@code spec:diff} when it ran.
 * Deterministic, LF line ends.
 */
public final class JobSummary {

    /** The most errors listed one by one; the counts per rule cover the rest. */
    static final int FIRST_ERRORS = 20;

    private JobSummary() {
    }

    /**
     * Renders the summary.
     *
     * @param findings the gate's findings, sorted
     * @param coverage code and test coverage per level
     * @param webUrl the repository's web URL without a trailing slash, whose {@code /blob/HEAD/<path>#L<line>}
     *     each error links to, or null for no links
     * @param diff the Markdown of {@code spec-diff.md} to append, or null
     * @return the Markdown
     */
    public static String render(List<Finding> findings, List<LevelCoverage> coverage, String webUrl, String diff) {
        int errors = 0;
        int warnings = 0;
        Map<Rule, int[]> byRule = new TreeMap<>((a, b) -> a.id().compareTo(b.id()));
        for (Finding f : findings) {
            boolean error = f.severity() == Severity.ERROR;
            errors += error ? 1 : 0;
            warnings += error ? 0 : 1;
            byRule.computeIfAbsent(f.rule(), k -> new int[2])[error ? 0 : 1]++;
        }
        StringBuilder md = new StringBuilder();
        md.append("## Spec gate: ").append(errors == 0 ? "passed" : "failed").append(", ").append(plural(errors,
                "error")).append(", ").append(plural(warnings, "warning")).append("\n\n");
        md.append("| Level | Requirements | Tested | Implemented |\n|---|---:|---:|---:|\n");
        boolean any = false;
        for (LevelCoverage lc : coverage) {
            if (lc.total() > 0) {
                any = true;
                md.append("| ").append(lc.level().id()).append(" | ").append(lc.total()).append(" | ")
                        .append(lc.tested()).append(" (").append(LevelCoverage.percent(lc.tested(), lc.total()))
                        .append(") | ").append(lc.implemented()).append(" (")
                        .append(LevelCoverage.percent(lc.implemented(), lc.total())).append(") |\n");
            }
        }
        if (!any) {
            md.append("| none | 0 | - | - |\n");
        }
        if (!byRule.isEmpty()) {
            md.append("\n| Rule | Errors | Warnings |\n|---|---:|---:|\n");
            byRule.forEach((rule, n) -> md.append("| ").append(rule.id()).append(" | ").append(n[0]).append(" | ")
                    .append(n[1]).append(" |\n"));
        }
        if (errors > 0) {
            md.append("\n### ").append(errors > FIRST_ERRORS ? "First " + FIRST_ERRORS + " errors" : "Errors")
                    .append("\n\n");
            int listed = 0;
            for (Finding f : findings) {
                if (f.severity() == Severity.ERROR && listed++ < FIRST_ERRORS) {
                    String message = f.message();
                    int cut = message.indexOf('\n');
                    // A drift finding's diff stays in the log; the summary keeps its first line.
                    message = cut < 0 ? message : message.substring(0, cut) + " (the diff is in the build log)";
                    String at = "`" + Finding.escape(f.location()).replace("`", "'") + "`";
                    if (webUrl != null) {
                        at = "[" + at + "](" + webUrl + "/blob/HEAD/" + Sarif.uri(f.path())
                                + (f.line() > 0 ? "#L" + f.line() : "") + ")";
                    }
                    md.append("- ").append(at).append(' ').append(f.ruleId()).append(": ")
                            .append(ComplianceMarkdown.escape(Finding.escape(message))).append('\n');
                }
            }
        }
        if (diff != null && !diff.isBlank()) {
            md.append('\n').append(diff.strip().replace("\r\n", "\n")).append('\n');
        }
        return md.toString();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
