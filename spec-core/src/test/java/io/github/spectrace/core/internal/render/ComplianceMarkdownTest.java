package io.github.spectrace.core.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Requirement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplianceMarkdownTest {

    @Test
    void escapesMarkdownInTitles() {
        assertEquals("a \\| b \\*c\\* \\_d\\_ \\[e\\](f) \\<script\\> \\`g\\` \\\\ \\&amp; \\#1 \\!x",
                ComplianceMarkdown.escape("a | b *c* _d_ [e](f) <script> `g` \\ &amp; #1 !x"));
        String plain = "Each pool MUST expose a bounded FIFO queue.";
        assertSame(plain, ComplianceMarkdown.escape(plain));
        assertEquals("\\|", ComplianceMarkdown.escape("|"));
        assertEquals("a\\~", ComplianceMarkdown.escape("a~"));
        assertEquals("", ComplianceMarkdown.escape(""));
    }

    @Test
    void linksAreRelativeToTheFile() {
        assertEquals("../../.specs/a%20b%28c%29%23x.md", ComplianceMarkdown.link("docs/spec", ".specs/a b(c)#x.md"));
        assertEquals(".specs/a.md", ComplianceMarkdown.link("", ".specs/a.md"));
        assertEquals("%25%20%28%29%23%3F%3C%3E", ComplianceMarkdown.link("", "% ()#?<>"));
        assertEquals("../x%3Fy", ComplianceMarkdown.link("docs", "x?y"));
    }

    @Test
    void complianceInASubdirectoryLinksUpwards() {
        Requirement r = new Requirement("A-1001", "T", Level.MUST, List.of("MUST"), "S", ".specs/a.md#s", ".specs/a.md",
                3, 3, List.of(), List.of());
        String md = ComplianceMarkdown.render(List.of(new ModuleRequirements("m", List.of(".specs/a.md"), List.of(r))),
                "docs/COMPLIANCE.md", Map.of("A-1001", new int[] {3, 0}));
        assertTrue(md.contains("\n| [A-1001](../.specs/a.md#s) | must | T | S | 3 | 0 | untested |\n"), md);
        assertTrue(md.contains("\n| must | 1 | 1 (100.0%) | 0 (0.0%) |\n"), md);
        assertTrue(md.contains("\nSources: [.specs/a.md](../.specs/a.md)\n"), md);
    }

    @Test
    void moduleAnchorsAvoidTheFixedHeadings() {
        String md = ComplianceMarkdown.render(List.of(new ModuleRequirements("totals", List.of("t.md"), List.of())),
                "COMPLIANCE.md", Map.of());
        assertTrue(md.contains("| [totals](#totals-1) | 0 | 0 | 0 | 0 | 0 | - | - |\n"), md);
        assertTrue(md.contains("\n## totals\n\nSources: [t.md](t.md)\n\nNo requirements defined.\n"), md);
    }

    // SPEC-CORE-1025
    @Test
    void withoutCountsTheFileHoldsOnlyWhatTheSpecsSay() {
        Requirement a = new Requirement("A-1001", "Pools MUST be bounded.", Level.MUST, List.of("MUST"), "Pools",
                ".specs/a.md#pools", ".specs/a.md", 3, 3, List.of(), List.of());
        Requirement b = new Requirement("A-1002", "Pools MAY | grow.", Level.MAY, List.of("MAY"), "Pools",
                ".specs/a.md#pools", ".specs/a.md", 4, 3, List.of(), List.of());
        String md = ComplianceMarkdown.render(List.of(new ModuleRequirements("core", List.of(".specs/a.md"),
                List.of(a, b)), new ModuleRequirements("empty", List.of("e.md"), List.of())), "COMPLIANCE.md", null);
        assertEquals(ComplianceMarkdown.HEADER + "\n\n# Compliance\n\n"
                + "Requirements extracted from the specs, by module and by RFC 2119 level. Which code and tests cite"
                + " them is not recorded here: the gate's job summary, the compliance report and spec:diff show it.\n\n"
                + "## Totals\n\n"
                + "| Module | Requirements | MUST | SHOULD | MAY | Info |\n"
                + "|---|---:|---:|---:|---:|---:|\n"
                + "| [core](#core) | 2 | 1 | 0 | 1 | 0 |\n"
                + "| [empty](#empty) | 0 | 0 | 0 | 0 | 0 |\n"
                + "| **Total** | 2 | 1 | 0 | 1 | 0 |\n"
                + "\n## core\n\n"
                + "Sources: [.specs/a.md](.specs/a.md)\n\n"
                + "| ID | Level | Title | Section |\n"
                + "|---|---|---|---|\n"
                + "| [A-1001](.specs/a.md#pools) | must | Pools MUST be bounded. | Pools |\n"
                + "| [A-1002](.specs/a.md#pools) | may | Pools MAY \\| grow. | Pools |\n"
                + "\n## empty\n\n"
                + "Sources: [e.md](e.md)\n\n"
                + "No requirements defined.\n", md);
    }
}
