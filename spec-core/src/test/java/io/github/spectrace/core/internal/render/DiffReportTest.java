package io.github.spectrace.core.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.spectrace.core.internal.diff.RequirementDiffs;
import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Requirement;
import io.github.spectrace.core.model.RequirementDiff;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each section of spec-diff.md and spec-diff.json, exactly. The base has a tested and implemented MUST and an
 * uncited SHOULD; each case changes one thing in the tree.
 */
// SPEC-CORE-1080 SPEC-CORE-1081
class DiffReportTest {

    private static Requirement req(String id, String title, Level level) {
        return new Requirement(id, title, level, List.of(level.name()), "Pools", ".specs/a.md#pools", ".specs/a.md",
                3, 3, List.of(), List.of());
    }

    private static List<ModuleRequirements> core(Requirement... requirements) {
        return List.of(new ModuleRequirements("core", List.of(".specs/a.md"), List.of(requirements)));
    }

    private static final Requirement BOUNDED = req("A-1001", "Pools MUST be bounded.", Level.MUST);
    private static final Requirement GROW = req("A-1002", "Pools SHOULD grow.", Level.SHOULD);
    private static final List<ModuleRequirements> BASE = core(BOUNDED, GROW);
    private static final Map<String, int[]> BASE_COUNTS = Map.of("A-1001", new int[] {1, 2});

    /** The lists of the JSON, from "added" up to "coverage". */
    private static final String NO_LISTS = "  \"added\" : [ ],\n"
                + "  \"removed\" : [ ],\n"
                + "  \"changed\" : [ ],\n"
                + "  \"level_changed\" : [ ],\n"
                + "  \"lost_last_test\" : [ ],\n"
                + "  \"lost_last_code\" : [ ],\n";

    private static RequirementDiff diff(List<ModuleRequirements> tree, Map<String, int[]> counts) {
        return RequirementDiffs.compare(BASE, BASE_COUNTS, tree, counts);
    }

    private static String lists(RequirementDiff d) {
        String json = DiffReport.json(d);
        return json.substring(json.indexOf("  \"added\""), json.indexOf("  \"coverage\""));
    }

    @Test
    void anEmptyDiffSaysSoAndStillShowsTheCoverage() {
        RequirementDiff d = diff(BASE, BASE_COUNTS);
        assertEquals("## Requirements diff: No requirement changed\n"
                + "\n"
                + "### Coverage\n"
                + "\n"
                + "| Level | Requirements | Implemented | Tested |\n"
                + "|---|---:|---:|---:|\n"
                + "| must | 1 | 1 (100.0%) | 1 (100.0%) |\n"
                + "| should | 1 | 0 (0.0%) | 0 (0.0%) |\n", DiffReport.markdown(d));
        assertEquals("{\n"
                + "  \"schema_version\" : 1,\n"
                + "  \"headline\" : \"No requirement changed\",\n"
                + "  \"added\" : [ ],\n"
                + "  \"removed\" : [ ],\n"
                + "  \"changed\" : [ ],\n"
                + "  \"level_changed\" : [ ],\n"
                + "  \"lost_last_test\" : [ ],\n"
                + "  \"lost_last_code\" : [ ],\n"
                + "  \"coverage\" : [\n"
                + "    {\n"
                + "      \"level\" : \"must\",\n"
                + "      \"before\" : {\n"
                + "        \"requirements\" : 1,\n"
                + "        \"implemented\" : 1,\n"
                + "        \"tested\" : 1\n"
                + "      },\n"
                + "      \"after\" : {\n"
                + "        \"requirements\" : 1,\n"
                + "        \"implemented\" : 1,\n"
                + "        \"tested\" : 1\n"
                + "      }\n"
                + "    },\n"
                + "    {\n"
                + "      \"level\" : \"should\",\n"
                + "      \"before\" : {\n"
                + "        \"requirements\" : 1,\n"
                + "        \"implemented\" : 0,\n"
                + "        \"tested\" : 0\n"
                + "      },\n"
                + "      \"after\" : {\n"
                + "        \"requirements\" : 1,\n"
                + "        \"implemented\" : 0,\n"
                + "        \"tested\" : 0\n"
                + "      }\n"
                + "    },\n"
                + "    {\n"
                + "      \"level\" : \"may\",\n"
                + "      \"before\" : {\n"
                + "        \"requirements\" : 0,\n"
                + "        \"implemented\" : 0,\n"
                + "        \"tested\" : 0\n"
                + "      },\n"
                + "      \"after\" : {\n"
                + "        \"requirements\" : 0,\n"
                + "        \"implemented\" : 0,\n"
                + "        \"tested\" : 0\n"
                + "      }\n"
                + "    },\n"
                + "    {\n"
                + "      \"level\" : \"info\",\n"
                + "      \"before\" : {\n"
                + "        \"requirements\" : 0,\n"
                + "        \"implemented\" : 0,\n"
                + "        \"tested\" : 0\n"
                + "      },\n"
                + "      \"after\" : {\n"
                + "        \"requirements\" : 0,\n"
                + "        \"implemented\" : 0,\n"
                + "        \"tested\" : 0\n"
                + "      }\n"
                + "    }\n"
                + "  ]\n"
                + "}\n", DiffReport.json(d));
    }

    @Test
    void added() {
        RequirementDiff d = diff(core(BOUNDED, GROW, req("A-1003", "Pools MAY | shrink.", Level.MAY)),
                Map.of("A-1001", new int[] {1, 2}, "A-1003", new int[] {1, 0}));
        assertEquals("## Requirements diff: 0 requirements changed, 1 added, 0 removed\n"
                + "\n"
                + "### Added (1)\n"
                + "\n"
                + "| ID | Module | Level | Requirement | Code | Tests |\n"
                + "|---|---|---|---|---:|---:|\n"
                + "| A-1003 | core | may | Pools MAY \\| shrink. | 1 | 0 |\n"
                + "\n"
                + "### Coverage\n"
                + "\n"
                + "| Level | Requirements | Implemented | Tested |\n"
                + "|---|---:|---:|---:|\n"
                + "| must | 1 | 1 (100.0%) | 1 (100.0%) |\n"
                + "| should | 1 | 0 (0.0%) | 0 (0.0%) |\n"
                + "| may | 0 \u2192 1 | - \u2192 1 (100.0%) | - \u2192 0 (0.0%) |\n", DiffReport.markdown(d));
        assertEquals("  \"added\" : [\n"
                + "    {\n"
                + "      \"id\" : \"A-1003\",\n"
                + "      \"module\" : \"core\",\n"
                + "      \"level\" : \"may\",\n"
                + "      \"title\" : \"Pools MAY | shrink.\",\n"
                + "      \"text\" : \"\",\n"
                + "      \"code\" : 1,\n"
                + "      \"tests\" : 0\n"
                + "    }\n"
                + "  ],\n"
                + "  \"removed\" : [ ],\n"
                + "  \"changed\" : [ ],\n"
                + "  \"level_changed\" : [ ],\n"
                + "  \"lost_last_test\" : [ ],\n"
                + "  \"lost_last_code\" : [ ],\n", lists(d));
    }

    @Test
    void removed() {
        RequirementDiff d = diff(core(BOUNDED), BASE_COUNTS);
        assertEquals("## Requirements diff: 0 requirements changed, 0 added, 1 removed\n"
                + "\n"
                + "### Removed (1)\n"
                + "\n"
                + "| ID | Module | Level | Requirement | Code before | Tests before |\n"
                + "|---|---|---|---|---:|---:|\n"
                + "| A-1002 | core | should | Pools SHOULD grow. | 0 | 0 |\n"
                + "\n"
                + "### Coverage\n"
                + "\n"
                + "| Level | Requirements | Implemented | Tested |\n"
                + "|---|---:|---:|---:|\n"
                + "| must | 1 | 1 (100.0%) | 1 (100.0%) |\n"
                + "| should | 1 \u2192 0 | 0 (0.0%) \u2192 - | 0 (0.0%) \u2192 - |\n", DiffReport.markdown(d));
        assertEquals("  \"added\" : [ ],\n"
                + "  \"removed\" : [\n"
                + "    {\n"
                + "      \"id\" : \"A-1002\",\n"
                + "      \"module\" : \"core\",\n"
                + "      \"level\" : \"should\",\n"
                + "      \"title\" : \"Pools SHOULD grow.\",\n"
                + "      \"text\" : \"\",\n"
                + "      \"code\" : 0,\n"
                + "      \"tests\" : 0\n"
                + "    }\n"
                + "  ],\n"
                + "  \"changed\" : [ ],\n"
                + "  \"level_changed\" : [ ],\n"
                + "  \"lost_last_test\" : [ ],\n"
                + "  \"lost_last_code\" : [ ],\n", lists(d));
    }

    @Test
    void changedTextShowsOldAndNewOnOneLineEscaped() {
        RequirementDiff d = diff(core(BOUNDED, req("A-1002", "Pools SHOULD grow\nby <b>two</b>.", Level.SHOULD)),
                BASE_COUNTS);
        assertEquals("## Requirements diff: 1 requirement changed, 0 added, 0 removed\n"
                + "\n"
                + "### Changed (1)\n"
                + "\n"
                + "| ID | Module | Level | Before | After |\n"
                + "|---|---|---|---|---|\n"
                + "| A-1002 | core | should | Pools SHOULD grow. | Pools SHOULD grow by \\<b\\>two\\</b\\>. |\n"
                + "\n"
                + "### Coverage\n"
                + "\n"
                + "| Level | Requirements | Implemented | Tested |\n"
                + "|---|---:|---:|---:|\n"
                + "| must | 1 | 1 (100.0%) | 1 (100.0%) |\n"
                + "| should | 1 | 0 (0.0%) | 0 (0.0%) |\n", DiffReport.markdown(d));
        assertEquals("  \"added\" : [ ],\n"
                + "  \"removed\" : [ ],\n"
                + "  \"changed\" : [\n"
                + "    {\n"
                + "      \"id\" : \"A-1002\",\n"
                + "      \"module\" : \"core\",\n"
                + "      \"before\" : {\n"
                + "        \"level\" : \"should\",\n"
                + "        \"title\" : \"Pools SHOULD grow.\",\n"
                + "        \"text\" : \"\"\n"
                + "      },\n"
                + "      \"after\" : {\n"
                + "        \"level\" : \"should\",\n"
                + "        \"title\" : \"Pools SHOULD grow\\nby <b>two</b>.\",\n"
                + "        \"text\" : \"\"\n"
                + "      }\n"
                + "    }\n"
                + "  ],\n"
                + "  \"level_changed\" : [ ],\n"
                + "  \"lost_last_test\" : [ ],\n"
                + "  \"lost_last_code\" : [ ],\n", lists(d));
    }

    @Test
    void aLevelChangeIsAChangeAndHasItsOwnSection() {
        RequirementDiff d = diff(core(BOUNDED, req("A-1002", "Pools MUST grow.", Level.MUST)), BASE_COUNTS);
        assertEquals("## Requirements diff: 1 requirement changed, 0 added, 0 removed\n"
                + "\n"
                + "### Changed (1)\n"
                + "\n"
                + "| ID | Module | Level | Before | After |\n"
                + "|---|---|---|---|---|\n"
                + "| A-1002 | core | should \u2192 must | Pools SHOULD grow. | Pools MUST grow. |\n"
                + "\n"
                + "### Level changed (1)\n"
                + "\n"
                + "| ID | Module | Before | After |\n"
                + "|---|---|---|---|\n"
                + "| A-1002 | core | should | must |\n"
                + "\n"
                + "### Coverage\n"
                + "\n"
                + "| Level | Requirements | Implemented | Tested |\n"
                + "|---|---:|---:|---:|\n"
                + "| must | 1 \u2192 2 | 1 (100.0%) \u2192 1 (50.0%) | 1 (100.0%) \u2192 1 (50.0%) |\n"
                + "| should | 1 \u2192 0 | 0 (0.0%) \u2192 - | 0 (0.0%) \u2192 - |\n", DiffReport.markdown(d));
        assertEquals("  \"added\" : [ ],\n"
                + "  \"removed\" : [ ],\n"
                + "  \"changed\" : [\n"
                + "    {\n"
                + "      \"id\" : \"A-1002\",\n"
                + "      \"module\" : \"core\",\n"
                + "      \"before\" : {\n"
                + "        \"level\" : \"should\",\n"
                + "        \"title\" : \"Pools SHOULD grow.\",\n"
                + "        \"text\" : \"\"\n"
                + "      },\n"
                + "      \"after\" : {\n"
                + "        \"level\" : \"must\",\n"
                + "        \"title\" : \"Pools MUST grow.\",\n"
                + "        \"text\" : \"\"\n"
                + "      }\n"
                + "    }\n"
                + "  ],\n"
                + "  \"level_changed\" : [\n"
                + "    {\n"
                + "      \"id\" : \"A-1002\",\n"
                + "      \"module\" : \"core\",\n"
                + "      \"before\" : \"should\",\n"
                + "      \"after\" : \"must\"\n"
                + "    }\n"
                + "  ],\n"
                + "  \"lost_last_test\" : [ ],\n"
                + "  \"lost_last_code\" : [ ],\n", lists(d));
    }

    @Test
    void lostItsLastTest() {
        RequirementDiff d = diff(BASE, Map.of("A-1001", new int[] {1, 0}));
        assertEquals("## Requirements diff: 0 requirements changed, 0 added, 0 removed; 1 MUST lost its last test\n"
                + "\n"
                + "### Lost its last test (1)\n"
                + "\n"
                + "| ID | Module | Level | Requirement | Tests before |\n"
                + "|---|---|---|---|---:|\n"
                + "| A-1001 | core | must | Pools MUST be bounded. | 2 |\n"
                + "\n"
                + "### Coverage\n"
                + "\n"
                + "| Level | Requirements | Implemented | Tested |\n"
                + "|---|---:|---:|---:|\n"
                + "| must | 1 | 1 (100.0%) | 1 (100.0%) \u2192 0 (0.0%) |\n"
                + "| should | 1 | 0 (0.0%) | 0 (0.0%) |\n", DiffReport.markdown(d));
        assertEquals("  \"added\" : [ ],\n"
                + "  \"removed\" : [ ],\n"
                + "  \"changed\" : [ ],\n"
                + "  \"level_changed\" : [ ],\n"
                + "  \"lost_last_test\" : [\n"
                + "    {\n"
                + "      \"id\" : \"A-1001\",\n"
                + "      \"module\" : \"core\",\n"
                + "      \"level\" : \"must\",\n"
                + "      \"title\" : \"Pools MUST be bounded.\",\n"
                + "      \"text\" : \"\",\n"
                + "      \"code\" : 1,\n"
                + "      \"tests\" : 2\n"
                + "    }\n"
                + "  ],\n"
                + "  \"lost_last_code\" : [ ],\n", lists(d));
    }

    @Test
    void lostItsLastCodeCitation() {
        RequirementDiff d = diff(BASE, Map.of("A-1001", new int[] {0, 2}));
        assertEquals("## Requirements diff: 0 requirements changed, 0 added, 0 removed; 1 MUST lost its last code citation\n"
                + "\n"
                + "### Lost its last code citation (1)\n"
                + "\n"
                + "| ID | Module | Level | Requirement | Code before |\n"
                + "|---|---|---|---|---:|\n"
                + "| A-1001 | core | must | Pools MUST be bounded. | 1 |\n"
                + "\n"
                + "### Coverage\n"
                + "\n"
                + "| Level | Requirements | Implemented | Tested |\n"
                + "|---|---:|---:|---:|\n"
                + "| must | 1 | 1 (100.0%) \u2192 0 (0.0%) | 1 (100.0%) |\n"
                + "| should | 1 | 0 (0.0%) | 0 (0.0%) |\n", DiffReport.markdown(d));
        assertEquals("  \"added\" : [ ],\n"
                + "  \"removed\" : [ ],\n"
                + "  \"changed\" : [ ],\n"
                + "  \"level_changed\" : [ ],\n"
                + "  \"lost_last_test\" : [ ],\n"
                + "  \"lost_last_code\" : [\n"
                + "    {\n"
                + "      \"id\" : \"A-1001\",\n"
                + "      \"module\" : \"core\",\n"
                + "      \"level\" : \"must\",\n"
                + "      \"title\" : \"Pools MUST be bounded.\",\n"
                + "      \"text\" : \"\",\n"
                + "      \"code\" : 1,\n"
                + "      \"tests\" : 2\n"
                + "    }\n"
                + "  ],\n", lists(d));
    }

    @Test
    void coverageBeforeAndAfterPerLevel() {
        RequirementDiff d = diff(BASE, Map.of("A-1001", new int[] {1, 2}, "A-1002", new int[] {1, 1}));
        assertEquals("## Requirements diff: No requirement changed\n"
                + "\n"
                + "### Coverage\n"
                + "\n"
                + "| Level | Requirements | Implemented | Tested |\n"
                + "|---|---:|---:|---:|\n"
                + "| must | 1 | 1 (100.0%) | 1 (100.0%) |\n"
                + "| should | 1 | 0 (0.0%) \u2192 1 (100.0%) | 0 (0.0%) \u2192 1 (100.0%) |\n", DiffReport.markdown(d));
        String json = DiffReport.json(d);
        assertEquals("  \"coverage\" : [\n"
                + "    {\n"
                + "      \"level\" : \"must\",\n"
                + "      \"before\" : {\n"
                + "        \"requirements\" : 1,\n"
                + "        \"implemented\" : 1,\n"
                + "        \"tested\" : 1\n"
                + "      },\n"
                + "      \"after\" : {\n"
                + "        \"requirements\" : 1,\n"
                + "        \"implemented\" : 1,\n"
                + "        \"tested\" : 1\n"
                + "      }\n"
                + "    },\n"
                + "    {\n"
                + "      \"level\" : \"should\",\n"
                + "      \"before\" : {\n"
                + "        \"requirements\" : 1,\n"
                + "        \"implemented\" : 0,\n"
                + "        \"tested\" : 0\n"
                + "      },\n"
                + "      \"after\" : {\n"
                + "        \"requirements\" : 1,\n"
                + "        \"implemented\" : 1,\n"
                + "        \"tested\" : 1\n"
                + "      }\n"
                + "    },\n"
                + "    {\n"
                + "      \"level\" : \"may\",\n"
                + "      \"before\" : {\n"
                + "        \"requirements\" : 0,\n"
                + "        \"implemented\" : 0,\n"
                + "        \"tested\" : 0\n"
                + "      },\n"
                + "      \"after\" : {\n"
                + "        \"requirements\" : 0,\n"
                + "        \"implemented\" : 0,\n"
                + "        \"tested\" : 0\n"
                + "      }\n"
                + "    },\n"
                + "    {\n"
                + "      \"level\" : \"info\",\n"
                + "      \"before\" : {\n"
                + "        \"requirements\" : 0,\n"
                + "        \"implemented\" : 0,\n"
                + "        \"tested\" : 0\n"
                + "      },\n"
                + "      \"after\" : {\n"
                + "        \"requirements\" : 0,\n"
                + "        \"implemented\" : 0,\n"
                + "        \"tested\" : 0\n"
                + "      }\n"
                + "    }\n"
                + "  ]\n"
                + "}\n", json.substring(json.indexOf("  \"coverage\"")));
        assertEquals(NO_LISTS, lists(d));
    }

    @Test
    void headlineCountsLossesPerLevel() {
        Requirement other = req("A-1003", "Pools MUST drain.", Level.MUST);
        RequirementDiff d = RequirementDiffs.compare(core(BOUNDED, GROW, other), Map.of("A-1001", new int[] {1, 2},
                "A-1002", new int[] {1, 1}, "A-1003", new int[] {1, 1}), core(BOUNDED, GROW, other), Map.of());
        assertEquals("0 requirements changed, 0 added, 0 removed; 2 MUST lost their last test, 1 SHOULD lost its"
                + " last test, 2 MUST lost their last code citation, 1 SHOULD lost its last code citation",
                d.headline());
    }

    @Test
    void cellsStayOnOneLineAndRenderAsText() {
        assertEquals("a \\| b c \\<img src=x\\> \\[l\\](u) \\!\\[i\\](u)",
                DiffReport.cell("a | b\r\n  c <img src=x> [l](u) ![i](u)"));
    }
}
