package io.github.spectrace.core.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spectrace.core.internal.Stages;
import io.github.spectrace.core.internal.files.Glob;
import io.github.spectrace.core.internal.text.IdPatterns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search for likely spec directories when the includes match no spec. */
class SpecHintsTest {

    private static final String SPEC = "# Core\n\n- [CORE-1001] Pools MUST be bounded.\n";

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Stages.write(root, path, text);
    }

    private SpecHints.Result find(int maxFiles, long maxBytes) {
        return new SpecHints(root, Stages.walker(root), IdPatterns.defaults(), maxFiles, maxBytes)
                .find(Set.of(), Set.of());
    }

    private SpecHints.Result find() {
        return find(SpecHints.MAX_FILES, SpecHints.MAX_BYTES);
    }

    @Test
    void aHiddenSpecsDirectoryIsFound() throws IOException {
        write("bin/.specs/10-core.md", SPEC);
        assertEquals(new SpecHints.Result(List.of("bin/.specs/"), "bin/.specs/*.md", 1, false), find());
    }

    @Test
    void directoriesAreSortedAndTheExamplePrefersOneBelowTheTop() throws IOException {
        write("docs/requirements/api.markdown", "See [API-2001].\n");
        write("README.md", "Specs define IDs such as CORE-1001.\n");
        write("bin/.specs/10-core.md", SPEC);
        assertEquals(new SpecHints.Result(List.of("./", "bin/.specs/", "docs/requirements/"), "bin/.specs/*.md", 3,
                false), find());
    }

    @Test
    void theTopLevelDirectoryAloneIsItsOwnExample() throws IOException {
        write("REQUIREMENTS.markdown", SPEC);
        assertEquals(new SpecHints.Result(List.of("./"), "*.markdown", 1, false), find());
    }

    @Test
    void markdownWithoutIdsAndOtherFilesWithIdsAreNotListed() throws IOException {
        write("docs/guide.md", "# Guide\n\nNo requirement here, only core-1001, CORE-12 and XCORE_1001.\n");
        write("docs/notes.txt", SPEC);
        write("docs/spec.md.bak", SPEC);
        write("src/Pool.java", "// CORE-1001\n");
        assertEquals(new SpecHints.Result(List.of(), "", 1, false), find());
    }

    @Test
    void theConfiguredIdPatternsDecide() throws IOException {
        write("a/default.md", SPEC);
        write("b/custom.md", "- [REQ_12] It MUST work.\n");
        SpecHints.Result r = new SpecHints(root, Stages.walker(root), IdPatterns.compile(List.of("REQ_[0-9]+")))
                .find(Set.of(), Set.of());
        assertEquals(new SpecHints.Result(List.of("b/"), "b/*.md", 2, false), r);
    }

    @Test
    void theWalkersSkipPolicyAndTheSkippedPathsApply() throws IOException {
        write(".git/notes.md", SPEC);
        write("node_modules/lib/README.md", SPEC);
        write("core/target/classes/spec.md", SPEC);
        write("build/spec/summary.md", SPEC);
        write("COMPLIANCE.md", SPEC);
        write("docs/COMPLIANCE.md", SPEC);
        SpecHints.Result r = new SpecHints(root, Stages.walker(root), IdPatterns.defaults())
                .find(Set.of(root.resolve("build/spec")), Set.of("COMPLIANCE.md"));
        assertEquals(new SpecHints.Result(List.of("docs/"), "docs/*.md", 1, false), r);
    }

    @Test
    void symbolicLinksOutOfTheProjectAreNotFollowed(@TempDir Path outside) throws IOException {
        Files.writeString(outside.resolve("secret.md"), SPEC);
        Files.createDirectories(outside.resolve("specs"));
        Files.writeString(outside.resolve("specs/10-core.md"), SPEC);
        Files.createDirectories(root.resolve("docs"));
        Files.createSymbolicLink(root.resolve("docs/secret.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(root.resolve("linked"), outside.resolve("specs"));
        write("real/10-core.md", SPEC);
        Files.createSymbolicLink(root.resolve("real/alias.md"), root.resolve("real/10-core.md"));
        Files.createSymbolicLink(root.resolve("loop"), root);
        assertEquals(new SpecHints.Result(List.of("real/"), "real/*.md", 1, false), find());
    }

    @Test
    void theRestOfADirectoryWithAnIdIsNotRead() throws IOException {
        write("a/1.md", SPEC);
        write("a/2.md", SPEC);
        write("a/3.md", SPEC);
        write("b/1.md", SPEC);
        assertEquals(new SpecHints.Result(List.of("a/", "b/"), "a/*.md", 2, false), find(2, SpecHints.MAX_BYTES));
    }

    @Test
    void theSearchStopsAfterTheMostFiles() throws IOException {
        write("a/1.md", SPEC);
        write("b/1.md", "no ID\n");
        write("c/1.md", SPEC);
        assertEquals(new SpecHints.Result(List.of("a/"), "a/*.md", 2, true), find(2, SpecHints.MAX_BYTES));
    }

    @Test
    void theSearchStopsAfterTheMostBytes() throws IOException {
        write("a/1.md", "0123456789 CORE-1001\n");
        write("b/1.md", SPEC);
        assertEquals(new SpecHints.Result(List.of(), "", 1, true), find(SpecHints.MAX_FILES, 10));
        assertEquals(new SpecHints.Result(List.of("a/", "b/"), "a/*.md", 2, false), find(SpecHints.MAX_FILES, 100));
    }

    @Test
    void theExampleGlobMatchesADirectoryWithGlobCharacters() throws IOException {
        write("odd{1,2}*/spec.md", SPEC);
        SpecHints.Result r = find();
        assertEquals(new SpecHints.Result(List.of("odd{1,2}*/"), "odd?1?2??/*.md", 1, false), r);
        assertTrue(Glob.matches(List.of(Glob.of(r.example(), "<includes>")), "odd{1,2}*/spec.md"));
    }
}
