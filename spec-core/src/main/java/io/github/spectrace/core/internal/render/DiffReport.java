package io.github.spectrace.core.internal.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.spectrace.core.model.LevelCoverage;
import io.github.spectrace.core.model.Requirement;
import io.github.spectrace.core.model.RequirementDiff;
import java.io.IOException;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Renders {@code target/spec/spec-diff.md}, Markdown for a pull-request comment or a CI job summary, and its twin
 * {@code target/spec/spec-diff.json}. The Markdown has the headline, then a section per non-empty list, then the
 * coverage per level before and after. Every piece of spec text is escaped and kept on one line, so that it
 * renders as text: no table breaks, no link, image or raw HTML comes from a spec. Both are deterministic, with
 * LF line ends and no paths of the checkouts.
 */
// SPEC-CORE-1081
public final class DiffReport {

    /** The JSON layout version; it goes up only on incompatible changes. */
    public static final int SCHEMA_VERSION = 1;

    private static final String ARROW = " \u2192 ";
    private static final ToIntFunction<RequirementDiff.Entry> CODE = RequirementDiff.Entry::code;
    private static final ToIntFunction<RequirementDiff.Entry> TESTS = RequirementDiff.Entry::tests;

    private DiffReport() {
    }

    /**
     * Renders the Markdown.
     *
     * @param diff the diff
     * @return the Markdown, LF line ends, ending in a newline
     */
    public static String markdown(RequirementDiff diff) {
        StringBuilder md = new StringBuilder();
        md.append("## Requirements diff: ").append(diff.headline()).append('\n');
        if (!diff.added().isEmpty()) {
            entries(md, "Added", diff.added(), List.of("Code", "Tests"), List.of(CODE, TESTS));
        }
        if (!diff.removed().isEmpty()) {
            entries(md, "Removed", diff.removed(), List.of("Code before", "Tests before"), List.of(CODE, TESTS));
        }
        if (!diff.changed().isEmpty()) {
            md.append("\n### Changed (").append(diff.changed().size()).append(")\n\n");
            md.append("| ID | Module | Level | Before | After |\n|---|---|---|---|---|\n");
            for (RequirementDiff.Change c : diff.changed()) {
                md.append("| ").append(cell(c.after().id())).append(" | ").append(cell(c.module())).append(" | ")
                        .append(c.levelChanged() ? c.before().level().id() + ARROW + c.after().level().id()
                                : c.after().level().id())
                        .append(" | ").append(cell(statement(c.before()))).append(" | ")
                        .append(cell(statement(c.after()))).append(" |\n");
            }
        }
        List<RequirementDiff.Change> levels = diff.levelChanged();
        if (!levels.isEmpty()) {
            md.append("\n### Level changed (").append(levels.size()).append(")\n\n");
            md.append("| ID | Module | Before | After |\n|---|---|---|---|\n");
            for (RequirementDiff.Change c : levels) {
                md.append("| ").append(cell(c.after().id())).append(" | ").append(cell(c.module())).append(" | ")
                        .append(c.before().level().id()).append(" | ").append(c.after().level().id()).append(" |\n");
            }
        }
        if (!diff.lostLastTest().isEmpty()) {
            entries(md, "Lost its last test", diff.lostLastTest(), List.of("Tests before"), List.of(TESTS));
        }
        if (!diff.lostLastCode().isEmpty()) {
            entries(md, "Lost its last code citation", diff.lostLastCode(), List.of("Code before"), List.of(CODE));
        }
        coverage(md, diff.before(), diff.after());
        return md.toString();
    }

    /**
     * Renders the JSON: {@code schema_version}, {@code headline}, the lists {@code added}, {@code removed},
     * {@code changed}, {@code level_changed}, {@code lost_last_test}, {@code lost_last_code}, and {@code coverage}
     * with every level. Keys are in a fixed order, lists sorted by ID.
     *
     * @param diff the diff
     * @return the JSON, two-space indented, LF line ends, ending in a newline
     */
    public static String json(RequirementDiff diff) {
        return JsonText.write(g -> {
            g.writeStartObject();
            g.writeNumberField("schema_version", SCHEMA_VERSION);
            g.writeStringField("headline", diff.headline());
            entries(g, "added", diff.added());
            entries(g, "removed", diff.removed());
            g.writeArrayFieldStart("changed");
            for (RequirementDiff.Change c : diff.changed()) {
                g.writeStartObject();
                g.writeStringField("id", c.after().id());
                g.writeStringField("module", c.module());
                side(g, "before", c.before());
                side(g, "after", c.after());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("level_changed");
            for (RequirementDiff.Change c : diff.levelChanged()) {
                g.writeStartObject();
                g.writeStringField("id", c.after().id());
                g.writeStringField("module", c.module());
                g.writeStringField("before", c.before().level().id());
                g.writeStringField("after", c.after().level().id());
                g.writeEndObject();
            }
            g.writeEndArray();
            entries(g, "lost_last_test", diff.lostLastTest());
            entries(g, "lost_last_code", diff.lostLastCode());
            g.writeArrayFieldStart("coverage");
            for (int i = 0; i < diff.after().size(); i++) {
                g.writeStartObject();
                g.writeStringField("level", diff.after().get(i).level().id());
                coverage(g, "before", diff.before().get(i));
                coverage(g, "after", diff.after().get(i));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** A table of requirements, with one number column per header. */
    private static void entries(StringBuilder md, String title, List<RequirementDiff.Entry> entries,
            List<String> headers, List<ToIntFunction<RequirementDiff.Entry>> values) {
        md.append("\n### ").append(title).append(" (").append(entries.size()).append(")\n\n");
        md.append("| ID | Module | Level | Requirement |");
        headers.forEach(h -> md.append(' ').append(h).append(" |"));
        md.append("\n|---|---|---|---|");
        headers.forEach(h -> md.append("---:|"));
        md.append('\n');
        for (RequirementDiff.Entry e : entries) {
            Requirement r = e.requirement();
            md.append("| ").append(cell(r.id())).append(" | ").append(cell(e.module())).append(" | ")
                    .append(r.level().id()).append(" | ").append(cell(statement(r))).append(" |");
            values.forEach(v -> md.append(' ').append(v.applyAsInt(e)).append(" |"));
            md.append('\n');
        }
    }

    private static void coverage(StringBuilder md, List<LevelCoverage> before, List<LevelCoverage> after) {
        md.append("\n### Coverage\n\n| Level | Requirements | Implemented | Tested |\n|---|---:|---:|---:|\n");
        boolean any = false;
        for (int i = 0; i < after.size(); i++) {
            LevelCoverage b = before.get(i);
            LevelCoverage a = after.get(i);
            if (b.total() == 0 && a.total() == 0) {
                continue;
            }
            any = true;
            md.append("| ").append(a.level().id()).append(" | ").append(change(b.total() + "", a.total() + ""))
                    .append(" | ").append(change(share(b.implemented(), b.total()), share(a.implemented(), a.total())))
                    .append(" | ").append(change(share(b.tested(), b.total()), share(a.tested(), a.total())))
                    .append(" |\n");
        }
        if (!any) {
            md.append("| none | 0 | - | - |\n");
        }
    }

    private static String share(int count, int of) {
        return of == 0 ? "-" : count + " (" + LevelCoverage.percent(count, of) + ")";
    }

    /** One value when it did not change, {@code before → after} when it did. */
    private static String change(String before, String after) {
        return before.equals(after) ? after : before + ARROW + after;
    }

    /** The title, and the text of a requirement that a heading defines. */
    private static String statement(Requirement r) {
        return r.text().isEmpty() ? r.title() : r.title() + ": " + r.text();
    }

    /** Spec text for a table cell: escaped, on one line. */
    static String cell(String text) {
        return ComplianceMarkdown.escape(text.replaceAll("\\s*[\\r\\n]+\\s*", " "));
    }

    private static void entries(JsonGenerator g, String name, List<RequirementDiff.Entry> entries)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (RequirementDiff.Entry e : entries) {
            Requirement r = e.requirement();
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("module", e.module());
            g.writeStringField("level", r.level().id());
            g.writeStringField("title", r.title());
            g.writeStringField("text", r.text());
            g.writeNumberField("code", e.code());
            g.writeNumberField("tests", e.tests());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void side(JsonGenerator g, String name, Requirement r) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("level", r.level().id());
        g.writeStringField("title", r.title());
        g.writeStringField("text", r.text());
        g.writeEndObject();
    }

    private static void coverage(JsonGenerator g, String name, LevelCoverage c) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("requirements", c.total());
        g.writeNumberField("implemented", c.implemented());
        g.writeNumberField("tested", c.tested());
        g.writeEndObject();
    }
}
