package io.github.spectrace.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spectrace.core.internal.Stages;
import io.github.spectrace.core.model.FileChange;
import io.github.spectrace.core.model.SpecException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** spec:diff through the public API: a tree and a base checkout next to it. */
// SPEC-CORE-1081
class DiffTest {

    @TempDir
    Path dir;

    private final List<String> phases = new ArrayList<>();

    private Path tree() {
        return dir.resolve("tree");
    }

    private SpecPipeline open(SpecConfig config) {
        Path root = tree();
        Path core = root.resolve("core");
        Repository repo = new Repository(root, root.resolve("pom.xml"), root.resolve("target/spec"), List.of(
                new Repository.Module("demo", root, root.resolve("pom.xml"), true, List.of(), List.of(),
                        root.resolve("target"), List.of()),
                new Repository.Module("core", core, core.resolve("pom.xml"), false,
                        List.of(core.resolve("src/main/java")), List.of(core.resolve("src/test/java")),
                        core.resolve("target"), List.of())));
        return SpecPipeline.open(repo, config, (phase, nanos) -> phases.add(phase));
    }

    private void project(String checkout, String spec, String test) throws IOException {
        Path root = dir.resolve(checkout);
        Stages.write(root, ".specs/10-core.md", spec);
        Stages.write(root, "core/src/main/java/Pool.java", "// CORE-1001 CORE-1002\n");
        Stages.write(root, "core/src/test/java/PoolTest.java", test);
    }

    private String read(String path) throws IOException {
        return Files.readString(tree().resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void comparesWithTheBaseAndWritesBothFilesOnlyWhenTheyChange() throws IOException {
        project("base", "# Core\n\n- [CORE-1001] Pools MUST be bounded.\n- [CORE-1002] Pools MAY grow.\n",
                "// CORE-1001\n");
        project("tree", "# Core\n\n- [CORE-1001] Pools MUST be bounded by 10.\n- [CORE-1003] Pools MUST drain.\n",
                "// CORE-1003\n");
        DiffResult result = open(SpecConfig.defaults()).diff(Path.of("../base"));
        assertEquals("1 requirement changed, 1 added, 1 removed; 1 MUST lost its last test",
                result.diff().headline());
        assertEquals(List.of(new FileChange("target/spec/spec-diff.md", FileChange.Status.WROTE),
                new FileChange("target/spec/spec-diff.json", FileChange.Status.WROTE)), result.files());
        assertEquals("## Requirements diff: 1 requirement changed, 1 added, 1 removed; 1 MUST lost its last test\n"
                + "\n### Added (1)\n\n"
                + "| ID | Module | Level | Requirement | Code | Tests |\n|---|---|---|---|---:|---:|\n"
                + "| CORE-1003 | core | must | Pools MUST drain. | 0 | 1 |\n"
                + "\n### Removed (1)\n\n"
                + "| ID | Module | Level | Requirement | Code before | Tests before |\n|---|---|---|---|---:|---:|\n"
                + "| CORE-1002 | core | may | Pools MAY grow. | 1 | 0 |\n"
                + "\n### Changed (1)\n\n"
                + "| ID | Module | Level | Before | After |\n|---|---|---|---|---|\n"
                + "| CORE-1001 | core | must | Pools MUST be bounded. | Pools MUST be bounded by 10. |\n"
                + "\n### Lost its last test (1)\n\n"
                + "| ID | Module | Level | Requirement | Tests before |\n|---|---|---|---|---:|\n"
                + "| CORE-1001 | core | must | Pools MUST be bounded. | 1 |\n"
                + "\n### Coverage\n\n"
                + "| Level | Requirements | Implemented | Tested |\n|---|---:|---:|---:|\n"
                + "| must | 1 \u2192 2 | 1 (100.0%) \u2192 1 (50.0%) | 1 (100.0%) \u2192 1 (50.0%) |\n"
                + "| may | 1 \u2192 0 | 1 (100.0%) \u2192 - | 0 (0.0%) \u2192 - |\n", read("target/spec/spec-diff.md"));
        assertTrue(read("target/spec/spec-diff.json").startsWith("{\n  \"schema_version\" : 1,\n  \"headline\" : \"1"
                + " requirement changed, 1 added, 1 removed; 1 MUST lost its last test\",\n"));
        assertTrue(phases.contains("base extract") && phases.contains("base trace") && phases.contains("diff"),
                phases.toString());
        assertTrue(!Files.exists(dir.resolve("base/target")), "nothing is written in the base");

        DiffResult again = open(SpecConfig.defaults()).diff(dir.resolve("base"));
        assertEquals(List.of(FileChange.Status.UNCHANGED, FileChange.Status.UNCHANGED),
                again.files().stream().map(FileChange::status).toList());
    }

    @Test
    void theSameTreesGiveNoChange() throws IOException {
        project("base", "# Core\n\n- [CORE-1001] Pools MUST be bounded.\n", "// CORE-1001\n");
        project("tree", "# Core\n\n- [CORE-1001] Pools MUST be bounded.\n", "// CORE-1001\n");
        DiffResult result = open(SpecConfig.defaults()).diff(Path.of("../base"));
        assertTrue(result.diff().isEmpty());
        assertEquals("## Requirements diff: No requirement changed\n\n### Coverage\n\n"
                + "| Level | Requirements | Implemented | Tested |\n|---|---:|---:|---:|\n"
                + "| must | 1 | 1 (100.0%) | 1 (100.0%) |\n", read("target/spec/spec-diff.md"));
    }

    @Test
    void linksOutOfTheBaseAreNotFollowed() throws IOException {
        project("base", "# Core\n\n- [CORE-1001] Pools MUST be bounded.\n", "// CORE-1001\n");
        project("tree", "# Core\n\n- [CORE-1001] Pools MUST be bounded.\n", "// CORE-1001\n");
        Stages.write(dir, "outside/20-more.md", "# More\n\n- [CORE-1009] Pools MUST log.\n");
        Stages.write(dir, "outside/Log.java", "// CORE-1001\n");
        Files.createSymbolicLink(dir.resolve("base/.specs/20-more.md"), dir.resolve("outside/20-more.md"));
        Files.createSymbolicLink(dir.resolve("base/core/src/test/java/LogTest.java"), dir.resolve("outside/Log.java"));
        DiffResult result = open(SpecConfig.defaults()).diff(Path.of("../base"));
        assertEquals("No requirement changed", result.diff().headline());
    }

    @Test
    void aMissingBaseSaysHowToMakeOne() throws IOException {
        project("tree", "# Core\n\n- [CORE-1001] Pools MUST be bounded.\n", "");
        SpecException e = assertThrows(SpecException.class, () -> open(SpecConfig.builder().style(Stages.XML).build())
                .diff(Path.of("../base")));
        assertEquals("The base checkout ../base (<base>) does not exist or is not a directory. Check out the branch"
                + " to compare with there, for example with 'git worktree add ../base origin/main', or set <base> to"
                + " another checkout of the repository.", e.getMessage());
    }

    @Test
    void theBaseMustBeOutsideTheProjectAndNotAboveIt() throws IOException {
        project("tree", "# Core\n\n- [CORE-1001] Pools MUST be bounded.\n", "");
        Files.createDirectories(tree().resolve("base"));
        SpecException inside = assertThrows(SpecException.class, () -> open(SpecConfig.builder().style(Stages.XML).build())
                .diff(Path.of("base")));
        assertEquals("The base checkout base (<base>) is inside this project, whose specs and sources would then hold"
                + " the base's too. Check it out next to the project, for example with 'git worktree add ../base"
                + " origin/main', and set <base> to ../base.", inside.getMessage());
        SpecException above = assertThrows(SpecException.class, () -> open(SpecConfig.builder().style(Stages.XML).build())
                .diff(Path.of("..")));
        assertEquals("The base checkout .. (<base>) is this project or a directory above it, so it would compare the"
                + " project with itself. Check out the branch to compare with next to the project, for example with"
                + " 'git worktree add ../base origin/main', and set <base> to ../base.", above.getMessage());
        assertThrows(SpecException.class, () -> open(SpecConfig.builder().style(Stages.XML).build()).diff(Path.of(".")));
    }

    @Test
    void aProblemInTheBaseNamesTheBase() throws IOException {
        project("tree", "# Core\n\n- [CORE-1001] Pools MUST be bounded.\n", "");
        project("base", "# Core\n\n- [CORE-1001] Pools MUST be bounded.\n", "");
        Files.write(dir.resolve("base/.specs/10-core.md"), new byte[] {'#', ' ', (byte) 0xC3, '\n'});
        SpecException e = assertThrows(SpecException.class, () -> open(SpecConfig.defaults())
                .diff(Path.of("../base")));
        assertTrue(e.getMessage().startsWith("In the base checkout ../base: .specs/10-core.md:1:3: "), e.getMessage());
    }
}
