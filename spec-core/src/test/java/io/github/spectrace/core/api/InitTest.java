package io.github.spectrace.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.spectrace.core.internal.Stages;
import io.github.spectrace.core.internal.render.SpecTemplate;
import io.github.spectrace.core.model.FileChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** spec:init writes a starting spec into each module without one, and never over a file. */
class InitTest {

    @TempDir
    Path root;

    private Repository repository() {
        return new Repository(root, root.resolve("pom.xml"), root.resolve("target/spec"), List.of(
                new Repository.Module("demo", root, root.resolve("pom.xml"), true, List.of(), List.of(),
                        root.resolve("target"), List.of()),
                new Repository.Module("demo-core", root.resolve("core"), root.resolve("core/pom.xml"), false,
                        List.of(), List.of(), root.resolve("core/target"), List.of()),
                new Repository.Module("demo-api", root.resolve("api"), root.resolve("api/pom.xml"), false,
                        List.of(), List.of(), root.resolve("api/target"), List.of())));
    }

    @Test
    void writesASpecPerModuleWithoutOneAndKeepsEveryFile() throws IOException {
        Stages.write(root, "api/SPEC/SPEC.md", "# API\n\n- [API-1001] It MUST answer.\n");
        Stages.write(root, "rust/Cargo.toml", "[package]\nname = \"2fa-tool\"\n");
        InitResult first = SpecPipeline.open(repository(), SpecConfig.defaults(), null).init();
        assertEquals(List.of(new FileChange("core/SPEC/SPEC.md", FileChange.Status.WROTE),
                new FileChange("rust/SPEC/SPEC.md", FileChange.Status.WROTE)), first.changes());
        assertEquals(List.of("demo-api"), first.modules());
        assertEquals("""
                # demo-core

                Each requirement is a list item that starts with its ID in brackets and states one thing with an
                RFC 2119 keyword (MUST, SHOULD, MAY). Cite the ID in a comment next to the code that implements
                it and in the test that checks it, for example `// DEMO-CORE-1001`.

                ## 1. Behaviour

                - [DEMO-CORE-1001] demo-core MUST do what this sentence says; replace it with a real requirement.
                """, Files.readString(root.resolve("core/SPEC/SPEC.md")));
        assertEquals("X2FA-TOOL", SpecTemplate.idPrefix("2fa-tool"));
        assertEquals("REQ", SpecTemplate.idPrefix("@@"));

        // The starting specs are specs now; a second run writes nothing.
        InitResult second = SpecPipeline.open(repository(), SpecConfig.defaults(), null).init();
        assertEquals(List.of(), second.changes());
        assertEquals(List.of("2fa-tool", "demo-api", "demo-core"), second.modules());

        // A file at the path that the includes do not match is kept as it is.
        Stages.write(root, "core/SPEC/SPEC.md", "mine\n");
        InitResult kept = SpecPipeline.open(repository(), SpecConfig.builder()
                .includes(List.of("docs/*.md")).build(), null).init();
        assertEquals(List.of(new FileChange("api/SPEC/SPEC.md", FileChange.Status.UNCHANGED),
                new FileChange("core/SPEC/SPEC.md", FileChange.Status.UNCHANGED),
                new FileChange("rust/SPEC/SPEC.md", FileChange.Status.UNCHANGED)), kept.changes());
        assertEquals("mine\n", Files.readString(root.resolve("core/SPEC/SPEC.md")));
    }

    /** A module directory whose SPEC/ is a link out of the project gets nothing written through it. */
    @Test
    void neverWritesThroughALinkOutOfTheProject(@TempDir Path outside) throws IOException {
        Files.createDirectories(root.resolve("core"));
        Files.createSymbolicLink(root.resolve("core/SPEC"), outside);
        Repository repo = new Repository(root, root.resolve("pom.xml"), root.resolve("target/spec"), List.of(
                new Repository.Module("demo-core", root.resolve("core"), root.resolve("core/pom.xml"), false,
                        List.of(), List.of(), root.resolve("core/target"), List.of())));
        io.github.spectrace.core.model.SpecException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.spectrace.core.model.SpecException.class,
                () -> SpecPipeline.open(repo, SpecConfig.defaults(), null).init());
        assertEquals("core/SPEC/SPEC.md: the directory leads outside the project through a symbolic link, so"
                + " nothing is written there. Replace the link with a directory.", e.getMessage());
        try (var files = Files.list(outside)) {
            assertEquals(0, files.count());
        }
    }
}
