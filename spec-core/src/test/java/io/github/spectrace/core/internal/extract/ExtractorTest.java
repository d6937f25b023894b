package io.github.spectrace.core.internal.extract;

import io.github.spectrace.core.model.FileChange;

import io.github.spectrace.core.model.Rule;

import io.github.spectrace.core.internal.rules.Diagnostic;

import io.github.spectrace.core.internal.Stages;

import io.github.spectrace.core.internal.render.GeneratedFiles;
import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Requirement;
import io.github.spectrace.core.model.SpecException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;


class ExtractorTest {

    @TempDir
    Path root;

    private static final String OVERVIEW = """
            # Overview

            See [core](10-core.md#1-queue--admission) and `core/src/Queue.java`.

            ## Requirements

            - [ORCH-3001] The orchestrator MUST reject a task when the queue is full (refined by OC-CORE-1002).
            - [ORCH-3002] Rejections SHOULD carry a reason; see ISO-8601 and UTF-16 for formats.
            """;

    private static final String CORE = """
            # Core

            ## 1) Queue & Admission

            Code lives in [the queue](../core/src/Queue.java).

            - [OC-CORE-1000] Each pool MUST expose a bounded FIFO queue.
            - [OC-CORE-999] The queue MAY be *empty*.
            - [OC-CORE-1002] Admission MUST reject when full (ORCH-3001).
              - Rejections are logged to `logs/` which does not exist.
            """;

    private static final String API = """
            # API

            ## Tasks | "quoted" & <b>

            - [API-1001] `POST /v1/tasks` MUST return `429` when full; title has | pipes * and _.
            """;

    private static final String API_SPEC = """
            # API module

            ## Streaming

            - [API-1010] Results MUST stream in order.
            - [API-1001] A duplicate MUST be reported.
            """;

    private static final String CONFIG = """
            # Config

            - [CFG-6001] Unknown keys MUST be rejected.
            """;

    private void write(String path, String content) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private void reactor(String lineEnd) throws IOException {
        write(".specs/00_overview.md", OVERVIEW.replace("\n", lineEnd));
        write(".specs/10-core.md", CORE.replace("\n", lineEnd));
        write(".specs/20-api.md", API.replace("\n", lineEnd));
        write(".specs/60-config-schema.md", CONFIG.replace("\n", lineEnd));
        write(".specs/proposals/99-draft.md", "- [DRAFT-1001] MUST be left out.\n");
        write("api/SPEC/SPEC.md", API_SPEC.replace("\n", lineEnd));
        write("core/src/Queue.java", "class Queue {}\n");
        write("core/target/SPEC/SPEC.md", "- [BUILD-1001] output MUST be ignored.\n");
    }

    private ProjectLayout layout() {
        return new ProjectLayout(root, List.of(
                new ProjectLayout.Module("demo", root),
                new ProjectLayout.Module("demo-core", root.resolve("core")),
                new ProjectLayout.Module("demo-api", root.resolve("api")),
                new ProjectLayout.Module("demo-config", root.resolve("config"))));
    }

    private static ExtractOptions options(List<ExtractOptions.Mapping> mappings) {
        ExtractOptions d = Stages.defaultExtractOptions();
        return Stages.extractOptions(List.of(".specs/*.md", "SPEC/SPEC.md"), List.of(), mappings,
                d.requirementsDirectory(), d.complianceFile());
    }

    /** Citation counts as a trace would find them: two code and one test citation of OC-CORE-1000, one test of API-1010. */
    private static final Map<String, int[]> COUNTS = Map.of("OC-CORE-1000", new int[] {2, 1}, "API-1010",
            new int[] {0, 1}, "ORCH-3001", new int[] {1, 0});

    private static final List<ExtractOptions.Mapping> CONFIG_MAPPING =
            List.of(new ExtractOptions.Mapping("60-config-schema.md", "demo-config"));

    private Extraction extract() {
        return Stages.extractor(layout(), options(CONFIG_MAPPING)).run();
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = ExtractorTest.class.getResourceAsStream("/golden/" + name)) {
            return in == null ? new byte[0] : in.readAllBytes();
        }
    }

    // SPEC-CORE-1020
    @Test
    void outputMatchesGoldenFiles() throws IOException {
        reactor("\n");
        SortedMap<String, byte[]> files = GeneratedFiles.render(extract(), COUNTS, options(CONFIG_MAPPING));
        assertEquals(List.of("COMPLIANCE.md", "requirements/demo-api.yaml", "requirements/demo-config.yaml",
                "requirements/demo-core.yaml", "requirements/overview.yaml"), new ArrayList<>(files.keySet()));
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            String name = e.getKey().replace("requirements/", "");
            if (!java.util.Arrays.equals(golden(name), e.getValue())) {
                // Leave the actual output next to the build for review: diff it against src/test/resources/golden.
                Path actual = Path.of("target", "golden-actual", name);
                Files.createDirectories(actual.getParent());
                Files.write(actual, e.getValue());
            }
        }
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            String name = e.getKey().replace("requirements/", "");
            assertEquals(new String(golden(name), StandardCharsets.UTF_8),
                    new String(e.getValue(), StandardCharsets.UTF_8), name);
        }
    }

    // SPEC-CORE-1002
    @Test
    void crlfInputGivesTheSameBytesAsLf() throws IOException {
        reactor("\n");
        SortedMap<String, byte[]> lf = GeneratedFiles.render(extract(), COUNTS, options(CONFIG_MAPPING));
        reactor("\r\n");
        SortedMap<String, byte[]> crlf = GeneratedFiles.render(extract(), COUNTS, options(CONFIG_MAPPING));
        assertEquals(lf.keySet(), crlf.keySet());
        for (String k : lf.keySet()) {
            assertArrayEquals(lf.get(k), crlf.get(k), k);
        }
    }

    @Test
    void modulesAreMappedAndMerged() throws IOException {
        reactor("\n");
        Extraction x = extract();
        List<String> summary = new ArrayList<>();
        for (ModuleRequirements m : x.modules()) {
            summary.add(m.module() + " " + m.sources());
        }
        assertEquals(List.of(
                "demo-api [.specs/20-api.md, api/SPEC/SPEC.md]",
                "demo-config [.specs/60-config-schema.md]",
                "demo-core [.specs/10-core.md]",
                "overview [.specs/00_overview.md]"), summary);
    }

    // SPEC-CORE-1003: the first definition in sorted file order wins.
    @Test
    void duplicatesKeepTheFirstAndWarn() throws IOException {
        reactor("\n");
        Extraction x = extract();
        assertEquals(List.of(new Diagnostic(Rule.SPEC_ID_DUPLICATE, "api/SPEC/SPEC.md", 6, 4,
                "API-1001 is also defined at .specs/20-api.md:5:4; extract keeps the first definition."
                        + " Give one of them a new ID.", "API-1001")), x.diagnostics());
        Requirement api1001 = x.modules().get(0).requirements().get(0);
        assertEquals("API-1001", api1001.id());
        assertEquals(".specs/20-api.md", api1001.source());
    }

    @Test
    void requirementFields() throws IOException {
        reactor("\n");
        ModuleRequirements core = extract().modules().get(2);
        assertEquals(List.of("OC-CORE-999", "OC-CORE-1000", "OC-CORE-1002"),
                core.requirements().stream().map(Requirement::id).toList());
        Requirement r = core.requirements().get(2);
        assertEquals(new Requirement("OC-CORE-1002", "Admission MUST reject when full (ORCH-3001).", Level.MUST,
                List.of("MUST"), "1) Queue & Admission", ".specs/10-core.md#1-queue--admission", ".specs/10-core.md",
                9, 4, List.of("core/src/Queue.java"), List.of("ORCH-3001")), r);
    }

    @Test
    void xrefsNeedADefinedPrefix() throws IOException {
        reactor("\n");
        Requirement orch3002 = extract().modules().get(3).requirements().get(1);
        assertEquals("ORCH-3002", orch3002.id());
        // ISO-8601 matches the ID pattern but no spec defines an "ISO-" requirement.
        assertEquals(List.of(), orch3002.xrefs());
        // The links in the "Overview" section's prose belong to that section, not to "Requirements".
        assertEquals(List.of(), orch3002.refs());
        Requirement orch3001 = extract().modules().get(3).requirements().get(0);
        assertEquals(List.of("OC-CORE-1002"), orch3001.xrefs());
    }

    @Test
    void excludesAndIncludesAreGlobs() throws IOException {
        reactor("\n");
        ExtractOptions d = options(CONFIG_MAPPING);
        ExtractOptions all = Stages.extractOptions(List.of(".specs/**/*.md", "SPEC/SPEC.md"), List.of(),
                CONFIG_MAPPING, d.requirementsDirectory(), d.complianceFile());
        assertEquals(6, Stages.extractor(layout(), all).run().documents().size());
        ExtractOptions some = Stages.extractOptions(List.of(".specs/**/*.md", "SPEC/SPEC.md"), List.of(".specs/proposals/**"),
                CONFIG_MAPPING, d.requirementsDirectory(), d.complianceFile());
        assertEquals(5, Stages.extractor(layout(), some).run().documents().size());
    }

    @Test
    void generatedFilesAreNeverRefs() throws IOException {
        write(".specs/10-core.md", "- [A-1001] COMPLIANCE.md and requirements/core.yaml MUST be generated; see"
                + " [the file](../COMPLIANCE.md) and docs/x.md.\n");
        write("docs/x.md", "x\n");
        ExtractOptions o = Stages.defaultExtractOptions();
        SortedMap<String, byte[]> first = GeneratedFiles.render(extract(o), Map.of(), o);
        GeneratedFiles.write(root, o, first);
        SortedMap<String, byte[]> second = GeneratedFiles.render(extract(o), Map.of(), o);
        assertArrayEquals(first.get("requirements/core.yaml"), second.get("requirements/core.yaml"));
        assertEquals(List.of("docs/x.md"), extract(o).modules().get(0).requirements().get(0).refs());
    }

    private Extraction extract(ExtractOptions o) {
        return Stages.extractor(layout(), o).run();
    }

    @Test
    void refsOfLongSpecsComeFromTheRequirementsOwnBlocksAndItsSectionsProse() throws IOException {
        write("docs/a.md", "a\n");
        write("docs/b.md", "b\n");
        write("docs/c.md", "c\n");
        StringBuilder spec = new StringBuilder();
        for (int s = 1; s <= 2; s++) {
            spec.append("## Section ").append(s).append("\n\nSee [design](../docs/").append(s == 1 ? "a" : "b")
                    .append(".md).\n\n");
            for (int i = 1; i <= 400; i++) {
                spec.append("- [S").append(s).append("-").append(1000 + i).append("] Item ").append(i)
                        .append(" MUST hold.\n");
                if (i == 399) {
                    spec.append("  - Nested: see [c](../docs/c.md) and S1-1001.\n");
                }
            }
            spec.append('\n');
        }
        write(".specs/10-long.md", spec.toString());
        Extraction x = Stages.extractor(layout(), options(List.of())).run();
        assertEquals(800, x.requirementCount());
        Map<String, Requirement> byId = new java.util.HashMap<>();
        x.modules().forEach(m -> m.requirements().forEach(r -> byId.put(r.id(), r)));
        assertEquals(List.of("docs/a.md"), byId.get("S1-1001").refs());
        assertEquals(List.of("docs/a.md", "docs/c.md"), byId.get("S1-1399").refs());
        assertEquals(List.of("docs/a.md"), byId.get("S1-1400").refs());
        assertEquals(List.of("docs/b.md"), byId.get("S2-1001").refs());
        assertEquals(List.of("docs/b.md", "docs/c.md"), byId.get("S2-1399").refs());
        assertEquals(List.of("S1-1001"), byId.get("S2-1399").xrefs());
        assertEquals(List.of(), byId.get("S2-1400").xrefs());
    }

    @Test
    void specsAreParsedInParallelButTheFirstBadFileInPathOrderIsReported() throws IOException {
        for (int i = 10; i < 40; i++) {
            write(".specs/" + i + "-spec.md", "- [A-" + (1000 + i) + "] x MUST y.\n");
        }
        Files.write(root.resolve(".specs/25-spec.md"), new byte[] {'a', (byte) 0xE9, '\n'});
        Files.write(root.resolve(".specs/31-spec.md"), new byte[] {'b', (byte) 0xE9, '\n'});
        Files.write(root.resolve(".specs/38-spec.md"), new byte[] {'c', (byte) 0xE9, '\n'});
        for (int run = 0; run < 10; run++) {
            SpecException e = assertThrows(SpecException.class, () -> Stages.extractor(layout(), options(List.of()))
                    .run());
            assertEquals(".specs/25-spec.md:1:2: the file is not valid UTF-8 (byte 0xE9). Save it as UTF-8, for"
                    + " example with iconv -f ISO-8859-1 -t UTF-8.", e.getMessage());
        }
    }

    @Test
    void mappingByDirectoryNameAndFallbackToName() throws IOException {
        write(".specs/10-core.md", "- [A-1001] x MUST y.\n");
        write(".specs/30_misc.md", "- [B-1001] x MUST y.\n");
        write(".specs/40-.md", "- [C-1001] x MUST y.\n");
        Extraction x = Stages.extractor(layout(), options(List.of())).run();
        assertEquals(List.of("40-", "demo-core", "misc"), x.modules().stream().map(ModuleRequirements::module).toList());
    }

    @Test
    void emptyAndIdlessSpecsAreNotErrors() throws IOException {
        write(".specs/10-empty.md", "");
        write(".specs/20-prose.md", "# Just prose\n\nNothing normative.\n");
        Extraction x = Stages.extractor(layout(), options(List.of())).run();
        assertEquals(2, x.modules().size());
        assertEquals(0, x.requirementCount());
        assertEquals(List.of(), x.diagnostics());
    }

    @Test
    void mappingToANameNoModuleHasMakesAModuleOfSpecsOnly() throws IOException {
        write(".specs/60-config-schema.md", "- [A-1001] x MUST y.\n");
        Extraction x = Stages.extractor(layout(),
                options(List.of(new ExtractOptions.Mapping("60-config-schema.md", "schemas")))).run();
        assertEquals(List.of("schemas"), x.modules().stream().map(ModuleRequirements::module).toList());
    }

    @Test
    void unusedMappingIsAWarning() throws IOException {
        write(".specs/10-core.md", "- [A-1001] x MUST y.\n");
        Extraction x = Stages.extractor(layout(),
                options(List.of(new ExtractOptions.Mapping("61-gone.md", "demo-core")))).run();
        assertEquals(List.of(new Diagnostic(Rule.SPEC_MAPPING_UNUSED, "pom.xml", 0, 0,
                "<mappings> names spec '61-gone.md', but no spec file has that name or path."
                        + " Fix the <spec> value or remove the mapping.", "61-gone.md")), x.diagnostics());
    }

    // SPEC-CORE-1001
    @Test
    void invalidUtf8NamesFileAndLine() throws IOException {
        write(".specs/10-core.md", "ok\n");
        Files.write(root.resolve(".specs/10-core.md"), new byte[] {'a', '\n', 'b', 'c', (byte) 0xE9, 'd', '\n'});
        SpecException e = assertThrows(SpecException.class, () -> extract());
        assertEquals(".specs/10-core.md:2:3: the file is not valid UTF-8 (byte 0xE9). Save it as UTF-8, for"
                + " example with iconv -f ISO-8859-1 -t UTF-8.", e.getMessage());
    }

    // SPEC-CORE-1021, SPEC-CORE-1022
    @Test
    void writesOnlyWhatChangedAndDeletesStaleYaml() throws IOException {
        reactor("\n");
        ExtractOptions o = options(CONFIG_MAPPING);
        write("requirements/gone.yaml", new String(golden("overview.yaml"), StandardCharsets.UTF_8));
        write("requirements/hand-written.yaml", "# mine\n");
        var first = GeneratedFiles.write(root, o, GeneratedFiles.render(extract(), COUNTS, o));
        assertEquals("[FileChange[path=COMPLIANCE.md, status=WROTE], FileChange[path=requirements/demo-api.yaml, status=WROTE],"
                + " FileChange[path=requirements/demo-config.yaml, status=WROTE],"
                + " FileChange[path=requirements/demo-core.yaml, status=WROTE],"
                + " FileChange[path=requirements/gone.yaml, status=DELETED],"
                + " FileChange[path=requirements/overview.yaml, status=WROTE]]", first.toString());
        var second = GeneratedFiles.write(root, o, GeneratedFiles.render(extract(), COUNTS, o));
        assertEquals(5, second.stream().filter(c -> c.status() == FileChange.Status.UNCHANGED)
                .count());
        assertEquals(5, second.size());
        assertEquals("# mine\n", Files.readString(root.resolve("requirements/hand-written.yaml")));
        try (var s = Files.list(root.resolve("requirements"))) {
            assertEquals(List.of("demo-api.yaml", "demo-config.yaml", "demo-core.yaml", "hand-written.yaml",
                    "overview.yaml"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
