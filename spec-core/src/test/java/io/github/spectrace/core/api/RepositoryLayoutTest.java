package io.github.spectrace.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.spectrace.core.internal.Stages;
import io.github.spectrace.core.model.Ecosystem;
import io.github.spectrace.core.model.FileChange;
import io.github.spectrace.core.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A polyglot repository behind an aggregator pom, with no configuration: Cargo crates, an npm package, a Go
 * module and a Python project are modules, their specs map to them, and their tests count as tests.
 */
class RepositoryLayoutTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Stages.write(root, path, text);
    }

    /** Only the aggregator pom, as Maven sees a repository whose code is not Java. */
    private Repository repository() {
        return new Repository(root, root.resolve("pom.xml"), root.resolve("target/spec"), List.of(
                new Repository.Module("aggregator", root, root.resolve("pom.xml"), true, List.of(), List.of(),
                        root.resolve("target"), List.of())));
    }

    private SpecPipeline open() {
        return SpecPipeline.open(repository(), SpecConfig.defaults(), (p, n) -> { });
    }

    private void polyglot() throws IOException {
        write("pom.xml", "<project/>\n");
        write("Cargo.toml", "[workspace]\nmembers = [\"crates/*\"]\nexclude = [\"crates/fixture\"]\n");
        write("crates/core/Cargo.toml", "[package]\nname = \"demo-core\"\nversion = \"0.1.0\"\n");
        write("crates/core/SPEC.md", "# Core\n\n- [X-CORE-1001] The core MUST start.\n");
        write("crates/core/.specs/20_security.md", "# Security\n\n- [X-CORE-1002] Keys MUST be secret.\n");
        write("crates/core/src/lib.rs", "// X-CORE-1001\npub fn start() {}\n\n#[cfg(test)]\nmod tests {\n"
                + "    #[test]\n    fn starts() {} // X-CORE-1002\n}\n");
        write("crates/core/tests/start.rs", "// X-CORE-1001 X-CORE-1002\n");
        write("crates/api/Cargo.toml", "[package]\nname = \"demo-api\"\n");
        write("crates/api/.specs/20_security.md", "# Security\n\n- [X-API-1001] Tokens MUST expire.\n");
        write("crates/fixture/Cargo.toml", "[package]\nname = \"fixture\"\n");
        write("crates/core/tests/fixtures/tiny/Cargo.toml", "[package]\nname = \"fixture-crate\"\n");
        write("web/src/test/resources/package.json", "{\"name\": \"fixture-package\"}\n");
        write("crates/broken/Cargo.toml", "[package]\nname = \"broken\n");
        write("web/package.json", "{\"name\": \"@demo/web\", \"version\": \"1.0.0\"}\n");
        write("web/src/app.ts", "// X-WEB-1001\n");
        write("web/src/app.test.ts", "// X-WEB-1001\n");
        write("svc/go.mod", "module example.com/demo/svc/v2\n\ngo 1.22\n");
        write("svc/main.go", "// X-SVC-1001\n");
        write("svc/main_test.go", "// X-SVC-1001\n");
        write("py/pyproject.toml", "[project]\nname = \"demo-py\"\n");
        write("py/demo/core.py", "# X-PY-1001\n");
        write("py/tests/test_core.py", "# X-PY-1001\n");
        write("web/features/login.feature", "# X-WEB-1002\nFeature: login\n");
        write(".specs/30-svc.md", "# Service\n\n- [X-SVC-1001] The service MUST answer.\n");
        write(".specs/40-web.md", "# Web\n\n- [X-WEB-1001] The page MUST load.\n- [X-WEB-1002] Login MUST work.\n");
        write(".specs/50-py.md", "# Python\n\n- [X-PY-1001] The tool MUST parse.\n");
    }

    // SPEC-CORE-1060 SPEC-CORE-1061
    @Test
    void modulesAndSpecsFromTheManifests() throws IOException {
        polyglot();
        SpecPipeline run = open();
        assertEquals("6 modules: 2 Cargo, 1 Maven, 1 npm, 1 Go, 1 Python", run.moduleSummary());
        List<String> modules = new ArrayList<>();
        for (Repository.Module m : run.modules()) {
            modules.add(m.ecosystem().label() + " " + m.name() + " " + root.relativize(m.baseDir()));
        }
        assertEquals(List.of("Maven aggregator ", "Cargo demo-api crates/api", "Cargo demo-core crates/core",
                "Python demo-py py", "Go svc svc", "npm demo-web web"), modules);
        ExtractResult extract = run.extract();
        assertEquals(List.of("COMPLIANCE.md", "requirements/demo-api.yaml", "requirements/demo-core.yaml",
                "requirements/demo-py.yaml", "requirements/demo-web.yaml", "requirements/svc.yaml"),
                extract.changes().stream().map(FileChange::path).toList());
        assertEquals(List.of("crates/broken/Cargo.toml:2: [SPEC-MANIFEST-INVALID] cannot be parsed (Newline not"
                + " permitted here), so its directory is not a module. Fix the file, or ignore this if it is not a"
                + " package."), extract.findings().stream().map(Finding::format).toList());
        String core = Files.readString(root.resolve("requirements/demo-core.yaml"));
        assertEquals(List.of("crates/core/.specs/20_security.md", "crates/core/SPEC.md"), sources(core));
    }

    // SPEC-CORE-1062
    @Test
    void testsByEachEcosystemsConventions() throws IOException {
        polyglot();
        open().extract();
        VerifyResult verify = open().verify(false, false);
        assertEquals(List.of(
                ".specs/40-web.md:4:4: [TRACE-UNIMPLEMENTED] X-WEB-1002 (must) is not cited by any code. Cite it"
                        + " in a comment next to the code that implements it, for example // X-WEB-1002.",
                "crates/api/.specs/20_security.md:3:4: [TRACE-UNIMPLEMENTED] X-API-1001 (must) is not cited by any"
                        + " code. Cite it in a comment next to the code that implements it, for example // X-API-1001.",
                "crates/api/.specs/20_security.md:3:4: [TRACE-UNTESTED] X-API-1001 (must) is not cited by any test."
                        + " Cite it in a test that checks it, for example @Tag(\"X-API-1001\") or a comment, or"
                        + " change the rule's severity.",
                "crates/broken/Cargo.toml:2: [SPEC-MANIFEST-INVALID] cannot be parsed (Newline not permitted here),"
                        + " so its directory is not a module. Fix the file, or ignore this if it is not a package.",
                "crates/core/.specs/20_security.md:3:4: [TRACE-UNIMPLEMENTED] X-CORE-1002 (must) is not cited by"
                        + " any code. Cite it in a comment next to the code that implements it, for example"
                        + " // X-CORE-1002."),
                verify.findings().stream().map(Finding::format).toList());
        String json = Files.readString(root.resolve("target/spec/trace.json"));
        assertEquals(List.of("code crates/core/src/lib.rs", "test crates/core/tests/start.rs",
                "test crates/core/src/lib.rs", "test crates/core/tests/start.rs", "code py/demo/core.py", "test py/tests/test_core.py",
                "code web/src/app.ts", "test web/src/app.test.ts", "test web/features/login.feature",
                "code svc/main.go", "test svc/main_test.go"), citations(json));
    }

    // SPEC-CORE-1061
    @Test
    void aStemThatNamesTheDirectoryOfSeveralModulesIsAWarning() throws IOException {
        write("a/dup/Cargo.toml", "[package]\nname = \"a-dup\"\n");
        write("b/dup/Cargo.toml", "[package]\nname = \"b-dup\"\n");
        write(".specs/20-dup.md", "# Dup\n\n- [DUP-1001] It MUST map.\n");
        ExtractResult extract = open().extract();
        assertEquals(List.of(".specs/20-dup.md: [SPEC-MODULE-AMBIGUOUS] its name 'dup' is the directory name of"
                + " several modules (a-dup, b-dup), so it is written as module 'dup' of its own. Add a 'mapping' with"
                + " 'spec' 20-dup.md and one of 'module' a-dup, 'module' b-dup."),
                extract.findings().stream().map(Finding::format).toList());
        assertEquals(List.of("COMPLIANCE.md", "requirements/dup.yaml"),
                extract.changes().stream().map(FileChange::path).toList());
        assertEquals(1, open().lint().findings().stream().filter(f -> f.rule().id().equals("SPEC-MODULE-AMBIGUOUS"))
                .count());
    }

    /** A manifest that is not UTF-8 or is huge is reported, and the run goes on. */
    @Test
    void unreadableManifestsAreWarningsNotFailures() throws IOException {
        write(".specs/10-core.md", "# Core\n\n- [X-CORE-1001] It MUST run.\n");
        Files.createDirectories(root.resolve("bad"));
        Files.write(root.resolve("bad/package.json"), new byte[] {'{', (byte) 0xff, '}'});
        Files.createDirectories(root.resolve("big"));
        Files.write(root.resolve("big/Cargo.toml"), new byte[2 * 1024 * 1024]);
        List<String> findings = open().extract().findings().stream().map(Finding::format).toList();
        assertEquals(2, findings.size(), findings.toString());
        assertEquals(true, findings.get(0).startsWith("bad/package.json: [SPEC-MANIFEST-INVALID] cannot be read ("),
                findings.get(0));
        assertEquals(true, findings.get(0).endsWith("), so its directory is not a module. Fix the file, or ignore"
                + " this if it is not a package."), findings.get(0));
        assertEquals("big/Cargo.toml: [SPEC-MANIFEST-INVALID] is larger than 1 MiB, which no package manifest is,"
                + " so it is not read and its directory is not a module. Fix the file, or ignore this if it is not a"
                + " package.", findings.get(1));
    }

    @Test
    void detectionCanBeTurnedOff() throws IOException {
        polyglot();
        SpecPipeline run = SpecPipeline.open(repository(), SpecConfig.builder().detectModules(false).build(),
                (p, n) -> { });
        assertEquals("1 module: 1 Maven", run.moduleSummary());
        assertEquals(Ecosystem.MAVEN, run.modules().get(0).ecosystem());
    }

    private static List<String> sources(String yaml) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  - (.*)$").matcher(yaml.substring(0, yaml.indexOf("requirements:")));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** {@code code PATH} or {@code test PATH} for each citation in trace.json, in its order. */
    private static List<String> citations(String json) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"(code|test)_references\":\\[([^\\]]*)\\]").matcher(json);
        while (m.find()) {
            Matcher p = Pattern.compile("\"path\":\"([^\"]*)\"").matcher(m.group(2));
            while (p.find()) {
                out.add(m.group(1) + " " + p.group(1));
            }
        }
        return out;
    }
}
