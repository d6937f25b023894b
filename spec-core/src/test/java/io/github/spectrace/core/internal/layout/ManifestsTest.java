package io.github.spectrace.core.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.spectrace.core.internal.Stages;
import io.github.spectrace.core.internal.files.FileWalker;
import io.github.spectrace.core.internal.files.Glob;
import io.github.spectrace.core.internal.rules.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Workspace declarations: what they add to the walk, what they leave out, and the entries that match nothing. */
// SPEC-CORE-1063
class ManifestsTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Stages.write(root, path, text);
    }

    /** Each module as {@code name ecosystem dir}, then each problem as {@code path:line message}. */
    private List<String> find(List<String> excludes, Set<Path> notEntered) {
        List<Glob> globs = new ArrayList<>();
        excludes.forEach(x -> globs.add(Glob.of(x, "excludes")));
        List<Diagnostic> problems = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (Manifests.Found f : new Manifests(root, new FileWalker(root, Set.of()), globs, notEntered)
                .find(problems)) {
            String dir = root.relativize(f.dir()).toString().replace('\\', '/');
            out.add(f.name() + " " + f.ecosystem().label() + " " + (dir.isEmpty() ? "." : dir));
        }
        for (Diagnostic d : problems) {
            out.add(d.rule().id() + " " + d.path() + ":" + d.line() + " " + d.message());
        }
        return out;
    }

    @Test
    void cargoMembersAddFixtureDirectoriesAndAnEntryThatMatchesNothingIsReported() throws IOException {
        write("Cargo.toml", "[workspace]\nmembers = [\n  \"crates/*\",\n  \"fixtures/demo\",\n  \"tools/*\",\n]\n"
                + "exclude = [\"crates/old\"]\n");
        write("crates/core/Cargo.toml", "[package]\nname = \"demo-core\"\n");
        write("crates/old/Cargo.toml", "[package]\nname = \"old\"\n");
        write("crates/core/tests/fixtures/tiny/Cargo.toml", "[package]\nname = \"tiny\"\n");
        write("fixtures/demo/Cargo.toml", "[package]\nname = \"demo-fixture\"\n");
        write("fixtures/other/Cargo.toml", "[package]\nname = \"not-a-member\"\n");
        assertEquals(List.of("demo-core Cargo crates/core", "demo-fixture Cargo fixtures/demo",
                "SPEC-MANIFEST-INVALID Cargo.toml:5 lists the workspace member 'tools/*', but no directory that it"
                        + " matches has a Cargo.toml, so it adds no module. Fix or remove the entry, or ignore this if"
                        + " the package is not in the repository yet."), find(List.of(), Set.of()));
    }

    @Test
    void npmWorkspacesAsAnArrayOrAnObjectWithNegations() throws IOException {
        write("package.json", "{\"name\": \"root\", \"private\": true,\n \"workspaces\": [\"packages/*\","
                + " \"!packages/skip\", \"app\"]}\n");
        write("packages/a/package.json", "{\"name\": \"@demo/a\"}");
        write("packages/skip/package.json", "{\"name\": \"@demo/skip\"}");
        write("app/package.json", "{\"name\": \"app\", \"workspaces\": {\"packages\": [\"src/test/e2e\"],"
                + " \"nohoist\": [\"**\"]}}");
        write("app/src/test/e2e/package.json", "{\"name\": \"e2e\"}");
        // packages/skip is found by the walk anyway: a negation only keeps a workspace from adding a directory.
        assertEquals(List.of("app npm app", "e2e npm app/src/test/e2e", "root npm .", "demo-a npm packages/a",
                "demo-skip npm packages/skip"), find(List.of(), Set.of()));
    }

    @Test
    void pnpmWorkspaceGlobsWithNegationEnterWhatTheWalkDoesNot() throws IOException {
        write("pnpm-workspace.yaml", "# pnpm\npackages:\n  - 'apps/**'\n  - \"!apps/legacy/**\"\n  - libs/*\n");
        write("apps/web/package.json", "{\"name\": \"web\"}");
        write("apps/testdata/demo/package.json", "{\"name\": \"demo\"}");
        write("apps/legacy/old/package.json", "{\"name\": \"old\"}");
        write("apps/legacy/old/.gitignore", "x\n");
        write(".gitignore", "/apps/ignored/\n");
        write("apps/ignored/package.json", "{\"name\": \"ignored\"}");
        write("apps/node_modules/dep/package.json", "{\"name\": \"dep\"}");
        write("apps/excluded/package.json", "{\"name\": \"excluded\"}");
        assertEquals(List.of("old npm apps/legacy/old", "demo npm apps/testdata/demo", "web npm apps/web",
                "SPEC-MANIFEST-INVALID pnpm-workspace.yaml:5 lists the workspace member 'libs/*', but no directory"
                        + " that it matches has a package.json, so it adds no module. Fix or remove the entry, or"
                        + " ignore this if the package is not in the repository yet."),
                find(List.of("apps/excluded/**"), Set.of()));
    }

    @Test
    void goWorkUseDirectivesReachIntoMavenSourceTrees() throws IOException {
        write("go.work", "go 1.22\n\nuse ./svc // the service\nuse (\n\t./src/main/go/gen\n\t\"./lib\"\n)\n"
                + "replace example.com/x => ./x\n");
        write("svc/go.mod", "module example.com/demo/svc/v2\n");
        write("src/main/go/gen/go.mod", "module example.com/demo/gen\n");
        write("src/main/go/other/go.mod", "module example.com/demo/other\n");
        assertEquals(List.of("gen Go src/main/go/gen", "svc Go svc",
                "SPEC-MANIFEST-INVALID go.work:6 lists the workspace member './lib', but no directory that it"
                        + " matches has a go.mod, so it adds no module. Fix or remove the entry, or ignore this if"
                        + " the package is not in the repository yet."), find(List.of(), Set.of(root.resolve("src"))));
    }

    @Test
    void membersAboveTheTopLevelDirectoryAreNeverRead() throws IOException {
        write("sub/go.work", "use ../../outside\nuse ..\nuse .\n");
        write("sub/go.mod", "module example.com/sub\n");
        write("go.mod", "module example.com/top\n");
        assertEquals(List.of("top Go .", "sub Go sub"), find(List.of(), Set.of()));
    }

    @ParameterizedTest(name = "''{0}'' + ''{1}'' = ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            ''      | crates/*     | crates/*
            ''      | ./crates/*/  | crates/*
            sub/    | .            | sub
            sub/    | ..           | ''
            sub/    | ../..        | ..
            sub/    | ../x/./y     | x/y
            a/b/    | ../../../c   | ../c
            """)
    void joinResolvesDotsButKeepsWhatLeavesTheTop(String base, String entry, String expected) {
        assertEquals(expected, Manifests.join(base, entry));
    }

    @Test
    void lineOfPrefersTheQuotedEntry() {
        assertEquals(3, Manifests.lineOf("a\ncrates/* x\n\"crates/*\"\n", "crates/*"));
        assertEquals(2, Manifests.lineOf("a\n- libs/*\n", "libs/*"));
        assertEquals(0, Manifests.lineOf("a\n", "libs/*"));
    }
}
