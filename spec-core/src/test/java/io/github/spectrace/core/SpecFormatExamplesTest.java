package io.github.spectrace.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spectrace.core.internal.Stages;
import io.github.spectrace.core.internal.extract.ProjectLayout;
import io.github.spectrace.core.internal.render.RequirementsYaml;
import io.github.spectrace.core.internal.text.IdPatterns;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Requirement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every Markdown example of spec-format.md through the extractor and checks the documented result: the
 * tables of definitions, non-definitions, titles, keywords and slugs, and each {@code markdown} block that a
 * {@code yaml} block of requirements follows.
 */
class SpecFormatExamplesTest {

    private static final Path DOC = Path.of("../src/site/markdown/spec-format.md");
    private static final IdPatterns IDS = IdPatterns.defaults();

    @TempDir
    Path root;

    private List<Requirement> extract(String markdown) throws IOException {
        Stages.write(root, ".specs/10-styles.md", markdown + "\n");
        List<Requirement> out = new ArrayList<>();
        for (ModuleRequirements m : Stages.extractor(ProjectLayout.single(root, "demo"),
                Stages.defaultExtractOptions()).run().modules()) {
            out.addAll(m.requirements());
        }
        return out;
    }

    private String yaml(String markdown) throws IOException {
        Stages.write(root, ".specs/10-styles.md", markdown);
        return RequirementsYaml.render(Stages.extractor(ProjectLayout.single(root, "demo"),
                Stages.defaultExtractOptions()).run().modules().get(0));
    }

    private static List<String> lines() throws IOException {
        return Files.readAllLines(DOC, StandardCharsets.UTF_8);
    }

    /** The body rows of the table whose header row is {@code header}, split into cells. */
    private static List<List<String>> table(String header) throws IOException {
        List<String> lines = lines();
        int at = lines.indexOf(header);
        assertTrue(at >= 0, "spec-format.md has a table " + header);
        List<List<String>> rows = new ArrayList<>();
        for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            rows.add(cells(lines.get(i)));
        }
        assertTrue(rows.size() >= 2, header);
        return rows;
    }

    /** A table row's cells, split at pipes outside code spans. */
    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int open = 0;
        for (int i = 1; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '`') {
                int run = 1;
                while (i + run < row.length() && row.charAt(i + run) == '`') {
                    run++;
                }
                open = open == 0 ? run : open == run ? 0 : open;
                cell.append("`".repeat(run));
                i += run - 1;
            } else if (c == '|' && open == 0) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }

    /** The contents of the code spans of a cell, as CommonMark reads them. */
    static List<String> spans(String cell) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while ((i = cell.indexOf('`', i)) >= 0) {
            int run = 1;
            while (i + run < cell.length() && cell.charAt(i + run) == '`') {
                run++;
            }
            String fence = "`".repeat(run);
            int close = cell.indexOf(fence, i + run);
            while (close >= 0 && close + run < cell.length() && cell.charAt(close + run) == '`') {
                close = cell.indexOf(fence, close + run + 1);
            }
            if (close < 0) {
                break;
            }
            String s = cell.substring(i + run, close);
            if (s.length() > 2 && s.startsWith(" ") && s.endsWith(" ")) {
                s = s.substring(1, s.length() - 1);
            }
            out.add(s);
            i = close + run;
        }
        return out;
    }

    @Test
    void definitions() throws IOException {
        for (List<String> row : table("| Markdown | Defines | Title |")) {
            String markdown = spans(row.get(0)).get(0);
            List<Requirement> found = extract(markdown);
            assertEquals(spans(row.get(1)), found.stream().map(Requirement::id).toList(), markdown);
            String title = spans(row.get(2)).get(0);
            for (Requirement r : found) {
                assertEquals(title, r.title(), markdown);
            }
        }
    }

    @Test
    void nonDefinitions() throws IOException {
        for (List<String> row : table("| Markdown | Why |")) {
            List<String> named = spans(row.get(1)).stream().filter(IDS::matches).toList();
            for (String markdown : spans(row.get(0))) {
                List<String> defined = extract(markdown.replace("…", "MUST hold.")).stream().map(Requirement::id)
                        .toList();
                if (named.isEmpty()) {
                    assertEquals(List.of(), defined, markdown);
                } else {
                    for (String id : named) {
                        assertTrue(!defined.contains(id), markdown + " defines " + id);
                    }
                }
            }
        }
    }

    @Test
    void titles() throws IOException {
        for (List<String> row : table("| Markdown | Title |")) {
            String markdown = spans(row.get(0)).get(0);
            assertEquals(List.of(spans(row.get(1)).get(0)), extract(markdown).stream().map(Requirement::title)
                    .toList(), markdown);
        }
    }

    @Test
    void keywords() throws IOException {
        for (List<String> row : table("| Text | `keywords` | `level` |")) {
            String text = spans(row.get(0)).get(0);
            Requirement r = extract("- [DEMO-9001] " + text).get(0);
            assertEquals(spans(row.get(1)).get(0), r.keywords().toString(), text);
            assertEquals(spans(row.get(2)).get(0), r.level().id(), text);
        }
    }

    @Test
    void slugs() throws IOException {
        for (List<String> row : table("| Heading | Slug |")) {
            List<String> heading = spans(row.get(0));
            if (!row.get(0).equals("`" + heading.get(0) + "`")) {
                // "then `Intro-1`": depends on the rows before it, as SlugTest checks.
                continue;
            }
            Requirement r = extract("# " + heading.get(0) + "\n\n- [DEMO-9001] It MUST hold.").get(0);
            assertEquals(".specs/10-styles.md#" + spans(row.get(1)).get(0), r.anchor(), heading.get(0));
        }
    }

    /** Each {@code markdown} block followed by a {@code yaml} block of requirements gives those entries. */
    @Test
    void markdownWithYaml() throws IOException {
        List<String> lines = lines();
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```markdown")) {
                continue;
            }
            int end = lines.subList(i + 1, lines.size()).indexOf("```") + i + 1;
            String markdown = String.join("\n", lines.subList(i + 1, end)) + "\n";
            int next = end + 1;
            while (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            if (next >= lines.size() || !lines.get(next).equals("```yaml")
                    || !lines.get(next + 1).matches("  [A-Z].*:")) {
                continue;
            }
            int yamlEnd = lines.subList(next + 1, lines.size()).indexOf("```") + next + 1;
            String output = yaml(markdown);
            StringBuilder entry = new StringBuilder();
            for (String l : lines.subList(next + 1, yamlEnd)) {
                if (l.matches("  [A-Z].*:") && entry.length() > 0) {
                    assertTrue(output.contains(entry), markdown + " gives\n" + output + "\nnot\n" + entry);
                    entry.setLength(0);
                }
                entry.append(l).append('\n');
            }
            assertTrue(output.contains(entry), markdown + " gives\n" + output + "\nnot\n" + entry);
            checked++;
        }
        assertEquals(2, checked, "the heading requirement and the requirement table examples");
    }
}
