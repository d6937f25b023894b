package io.github.spectrace.core.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    }

    @Test
    void linksAreRelativeToTheFile() {
        assertEquals("../../.specs/a%20b%28c%29%23x.md", ComplianceMarkdown.link("docs/spec", ".specs/a b(c)#x.md"));
        assertEquals(".specs/a.md", ComplianceMarkdown.link("", ".specs/a.md"));
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
}
