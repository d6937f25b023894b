package io.github.spectrace.core.api;

import io.github.spectrace.core.internal.Stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spectrace.core.model.FileChange;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.Severity;
import io.github.spectrace.core.model.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline through its public API only, as the Mojos and the benchmark call it. */
class SpecPipelineTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Stages.write(root, path, text);
    }

    private Repository repository() {
        return Stages.coreReactor(root);
    }

    private void project() throws IOException {
        write(".specs/10-core.md", "# Core\n\n- [CORE-1001] Pools MUST be bounded.\n- [CORE-1002] Pools MAY grow.\n");
        write("core/src/main/java/Pool.java", "// CORE-1001 CORE-1002\n");
        write("core/src/test/java/PoolTest.java", "// CORE-1001\nclass PoolTest { void bounded() {} }\n");
    }

    private List<String> phases = new ArrayList<>();

    private SpecPipeline open(SpecConfig config) {
        return SpecPipeline.open(repository(), config, (phase, nanos) -> phases.add(phase));
    }

    @Test
    void extractThenVerifyPassesAndASecondExtractWritesNothing() throws IOException {
        project();
        ExtractResult first = open(SpecConfig.defaults()).extract();
        assertEquals(List.of("COMPLIANCE.md", "requirements/core.yaml"),
                first.changes().stream().map(FileChange::path).toList());
        assertTrue(first.changes().stream().allMatch(c -> c.status() == FileChange.Status.WROTE));
        ExtractResult second = open(SpecConfig.defaults()).extract();
        assertTrue(second.changes().stream().allMatch(c -> c.status() == FileChange.Status.UNCHANGED));
        VerifyResult verify = open(SpecConfig.defaults()).verify(true, true);
        assertEquals(List.of(), verify.findings());
        assertFalse(verify.drift());
        assertEquals(2, verify.requirements());
        assertEquals(3, verify.citations());
        assertEquals("target/spec/verify.sarif", verify.sarif());
        assertTrue(Files.isRegularFile(root.resolve("target/spec/trace.json")));
        assertTrue(Files.readString(root.resolve("target/spec/summary.md"))
                .startsWith("## Spec gate: passed, 0 errors, 0 warnings\n"));
    }

    // SPEC-CORE-1025
    @Test
    void withoutComplianceCountsANewTestChangesNoCommittedFileAndExtractScansNoSource() throws IOException {
        project();
        SpecConfig noCounts = SpecConfig.builder().complianceCounts(false).build();
        ExtractResult first = open(noCounts).extract();
        assertTrue(first.changes().stream().allMatch(c -> c.status() == FileChange.Status.WROTE));
        assertFalse(phases.contains("trace"), phases.toString());
        assertTrue(Files.readString(root.resolve("COMPLIANCE.md")).contains("\n| [CORE-1001](.specs/10-core.md#core)"
                + " | must | Pools MUST be bounded. | Core |\n"));
        write("core/src/test/java/PoolTest.java", "// CORE-1001 CORE-1002\nclass PoolTest { void bounded() {} }\n");
        ExtractResult second = open(noCounts).extract();
        assertEquals(List.of(FileChange.Status.UNCHANGED, FileChange.Status.UNCHANGED),
                second.changes().stream().map(FileChange::status).toList());
        VerifyResult verify = open(noCounts).verify(false, false);
        assertEquals(List.of(), verify.findings());
        assertEquals(4, verify.citations());
        // With counts, the same change is drift.
        open(SpecConfig.defaults()).extract();
        write("core/src/test/java/PoolTest.java", "// CORE-1001\nclass PoolTest { void bounded() {} }\n");
        assertTrue(open(SpecConfig.defaults()).verify(false, false).drift());
    }

    // SPEC-CORE-1024
    @Test
    void yamlFilesOfOtherToolsInTheRequirementsDirectoryAreReported() throws IOException {
        project();
        write("requirements/gpu-info.yaml", "requirements:\n  GPU-INFO-001: {}\n");
        write("requirements/kept.yml", "kept: true\n");
        write("requirements/notes.txt", "not YAML\n");
        String warning = "requirements/%s: [DRIFT-LEFTOVER] requirements/%s is in 'requirementsDirectory' but the"
                + " plugin did not generate it, perhaps left over from the tool it replaced. Delete it, or keep it"
                + " and list it in 'excludes'.";
        assertEquals(List.of(String.format(warning, "gpu-info.yaml", "gpu-info.yaml"),
                String.format(warning, "kept.yml", "kept.yml")),
                open(SpecConfig.defaults()).extract().findings().stream().map(Finding::format).toList());
        SpecConfig keep = SpecConfig.builder().excludes(List.of("requirements/kept.yml")).build();
        assertEquals(List.of(String.format(warning, "gpu-info.yaml", "gpu-info.yaml")),
                open(keep).verify(false, false).findings().stream().filter(f -> f.rule() == Rule.DRIFT_LEFTOVER)
                        .map(Finding::format).toList());
        assertTrue(Files.isRegularFile(root.resolve("requirements/gpu-info.yaml")), "never deleted");
    }

    /** Each phase runs once per run, even when the gate also lints and checks links. */
    // SPEC-CORE-1053
    @Test
    void aGateRunParsesAndTracesOnce() throws IOException {
        project();
        open(SpecConfig.defaults()).verify(true, true);
        assertEquals(List.of("layout", "extract", "trace", "render", "suspects", "drift", "traceRules", "lint",
                "links", "results", "proofs", "reports"), phases);
    }

    /** A bad option fails before any file is read: the run is never opened. */
    // SPEC-CORE-1050
    @Test
    void configurationIsCheckedBeforeAnyFileIsRead() throws IOException {
        write(".specs/10-core.md", "- [CORE-1001] \u0000 not even read");
        SpecException e = assertThrows(SpecException.class,
                () -> SpecConfig.builder().rules(Map.of("SPEC-NOPE", "off")).build());
        assertTrue(e.getMessage().startsWith("'rules' configures unknown rule 'SPEC-NOPE'."), e.getMessage());
        SpecException mapping = assertThrows(SpecException.class, () -> SpecConfig.builder()
                .mappings(Map.of("10-core.md", " ")).build());
        assertEquals("A 'mapping' in 'mappings' needs both 'spec' and 'module', for example spec"
                + " 60-config-schema.md and module contracts-config-schema.", mapping.getMessage());
        assertEquals(List.of(), phases);
    }

    /** Every rule, test results' and extraction's included, goes through the configured severities. */
    // SPEC-CORE-1051
    @Test
    void rulesApplyToTestResultsAndMappingsToo() throws IOException {
        project();
        write("core/target/surefire-reports/TEST-broken.xml", "<testsuite><testcase");
        SpecConfig mapped = SpecConfig.builder().mappings(Map.of("99-gone.md", "core")).build();
        open(mapped).extract();
        VerifyResult on = open(mapped).verify(true, true);
        assertEquals(List.of("RESULTS-MALFORMED", "SPEC-MAPPING-UNUSED"),
                on.findings().stream().map(Finding::ruleId).toList());
        assertEquals("pom.xml: [SPEC-MAPPING-UNUSED] 'mappings' names spec '99-gone.md', but no spec file has that"
                + " name or path. Fix the 'spec' value or remove the mapping.", on.findings().get(1).format());
        VerifyResult off = open(SpecConfig.builder().mappings(Map.of("99-gone.md", "core"))
                .rules(Map.of("RESULTS-MALFORMED", "off", "SPEC-MAPPING-UNUSED", "off")).build()).verify(true, true);
        assertEquals(List.of(), off.findings());
    }

    /**
     * A gate split around the reactor's tests: the first half reads no test report, the second reads them once and
     * returns only their findings, and the reports it writes hold both halves.
     */
    // SPEC-CORE-1054
    @Test
    void aSplitGateChecksTheTestReportsOnlyInItsSecondHalf() throws IOException {
        project();
        open(SpecConfig.defaults()).extract();
        write("core/target/surefire-reports/TEST-broken.xml", "<testsuite><testcase");
        SpecConfig config = SpecConfig.builder().rules(Map.of("TRACE-UNPROVEN", "warning")).build();
        SpecPipeline run = open(config);
        assertThrows(IllegalStateException.class, run::verifyResults);
        VerifyResult first = run.verifySpecs(true, true);
        assertEquals(List.of(), first.findings());
        assertEquals(0, first.testReports());
        assertFalse(phases.contains("results"), phases.toString());
        assertFalse(Files.exists(root.resolve("target/spec/trace.json")), "trace.json needs the test results");
        VerifyResult second = run.verifyResults();
        assertEquals(List.of(".specs/10-core.md:3:4: [TRACE-UNPROVEN] CORE-1001 (must) is covered: no test that"
                + " cites it passed in the test reports. Run the tests before verify, and make a citing test pass.",
                "core/target/surefire-reports/TEST-broken.xml:1:21: [RESULTS-MALFORMED] cannot parse the test report"
                        + " (it is cut short or not well-formed inside <testsuite>); it is ignored. Delete it or rerun"
                        + " the tests."),
                second.findings().stream().map(Finding::format).toList());
        assertEquals(1, second.testReports());
        assertEquals(1, phases.stream().filter("results"::equals).count());
        Matcher results = Pattern.compile("\"ruleId\" ?: ?\"([A-Z0-9-]+)\"").matcher(
                Files.readString(root.resolve("target/spec/verify.sarif")));
        List<String> inSarif = new ArrayList<>();
        while (results.find()) {
            inSarif.add(results.group(1));
        }
        assertEquals(List.of("TRACE-UNPROVEN", "RESULTS-MALFORMED"), inSarif);
        assertTrue(Pattern.compile("\"id\" ?: ?\"CORE-1001\"").matcher(
                Files.readString(root.resolve("target/spec/trace.json"))).find());
    }

    /** The SARIF report lists exactly the rules of the checks that ran. */
    @Test
    void sarifListsTheRulesThatRan() throws IOException {
        project();
        open(SpecConfig.defaults()).lint();
        assertEquals(Rule.of(java.util.EnumSet.of(Rule.Check.SPECS, Rule.Check.LINT)).stream().map(Rule::id).sorted().toList(),
                ruleIds("target/spec/lint.sarif"));
        open(SpecConfig.defaults()).verify(false, true);
        List<String> verify = ruleIds("target/spec/verify.sarif");
        assertTrue(verify.contains("LINK-FILE-MISSING") && verify.contains("RESULTS-MALFORMED"), verify.toString());
        assertFalse(verify.contains("SPEC-ID-FORMAT"), verify.toString());
    }

    @Test
    void driftIsReportedAndNamedInTheResult() throws IOException {
        project();
        open(SpecConfig.defaults()).extract();
        write(".specs/10-core.md", "# Core\n\n- [CORE-1001] Pools MUST be bounded and fair.\n- [CORE-1002] Pools MAY"
                + " grow.\n");
        VerifyResult r = open(SpecConfig.defaults()).verify(false, false);
        assertTrue(r.drift());
        // The changed requirement is cited, so it is also suspect; SuspectTest covers that.
        assertEquals(List.of("TRACE-SUSPECT", "DRIFT-CHANGED", "DRIFT-CHANGED"),
                r.findings().stream().map(Finding::ruleId).toList());
    }

    /** A gate that checked nothing must not pass. */
    @Test
    void noSpecsAtAllIsAnErrorOfEveryGoal() throws IOException {
        write("core/src/main/java/Pool.java", "// nothing cited\n");
        String expected = "pom.xml: [SPEC-NONE-FOUND] No spec file matches 'includes' (.specs/*.md, SPEC/SPEC.md, SPEC.md) in"
                + " the top-level directory or any module, so nothing was checked. Set 'includes' to where the specs"
                + " are, for example **/.specs/*.md.";
        assertEquals(List.of(expected), open(SpecConfig.defaults()).lint().findings().stream()
                .map(Finding::format).toList());
        assertEquals(List.of(expected), open(SpecConfig.defaults()).checkLinks().findings().stream()
                .map(Finding::format).toList());
        assertEquals(List.of("COMPLIANCE.md: [DRIFT-MISSING] is missing; the specs produce it.", expected),
                open(SpecConfig.defaults()).verify(true, true).findings().stream().map(Finding::format).toList());
        assertEquals(List.of(), open(SpecConfig.builder().rules(Map.of("SPEC-NONE-FOUND", "off")).build())
                .lint().findings());
    }

    private static final String NONE_FOUND = "pom.xml: [SPEC-NONE-FOUND] No spec file matches 'includes'"
            + " (.specs/*.md, SPEC/SPEC.md, SPEC.md) in the top-level directory or any module, so nothing was checked.";

    /** When the includes match nothing, the finding names the directories whose Markdown files hold IDs. */
    @Test
    void noSpecsNamesTheDirectoriesWithIds() throws IOException {
        write("bin/.specs/10-core.md", "# Core\n\n- [CORE-1001] Pools MUST be bounded.\n");
        write("docs/requirements/api.md", "See CORE-1001.\n");
        write("docs/guide.md", "No requirement here.\n");
        String expected = NONE_FOUND + " Markdown files with requirement IDs are in bin/.specs/, docs/requirements/."
                + " Point 'includes' at the ones that hold specs, for example bin/.specs/*.md.";
        List<Finding> lint = open(SpecConfig.defaults()).lint().findings();
        assertEquals(List.of(expected), lint.stream().map(Finding::format).toList());
        assertEquals(Severity.ERROR, lint.get(0).severity());
        List<Finding> verify = open(SpecConfig.defaults()).verify(false, false).findings().stream()
                .filter(f -> f.rule() == Rule.SPEC_NONE_FOUND).toList();
        assertEquals(List.of(expected), verify.stream().map(Finding::format).toList());
        assertEquals(Severity.ERROR, verify.get(0).severity());
        assertEquals(List.of(expected), open(SpecConfig.defaults()).extract().findings().stream()
                .map(Finding::format).toList());
    }

    /** Five directories at most, sorted, and how many more there are. */
    @Test
    void noSpecsNamesFiveDirectoriesAtMost() throws IOException {
        for (String dir : List.of("g", "b", "f", "a/x", "d", "c", "e")) {
            write(dir + "/spec.md", "- [CORE-1001] Pools MUST be bounded.\n");
        }
        write("README.md", "Cites CORE-1001.\n");
        assertEquals(List.of(NONE_FOUND + " Markdown files with requirement IDs are in ./, a/x/, b/, c/, d/ and 3 more"
                + " directories. Point 'includes' at the ones that hold specs, for example a/x/*.md."),
                open(SpecConfig.defaults()).lint().findings().stream().map(Finding::format).toList());
    }

    /** A search that stopped at its bounds says so. */
    @Test
    void noSpecsSaysWhenTheSearchStopped() throws IOException {
        write("a/spec.md", "- [CORE-1001] Pools MUST be bounded.\n");
        for (int i = 0; i < 2000; i++) {
            write(String.format("b/%04d.md", i), "No ID.\n");
        }
        write("c/spec.md", "- [CORE-1001] Pools MUST be bounded.\n");
        assertEquals(List.of(NONE_FOUND + " Markdown files with requirement IDs are in a/ (the search stopped after"
                + " reading 2000 Markdown files). Point 'includes' at the ones that hold specs, for example a/*.md."),
                open(SpecConfig.defaults()).lint().findings().stream().map(Finding::format).toList());
    }

    /** Markdown without IDs, the generated summary and files linked from outside give no hint: today's message. */
    @Test
    void noSpecsWithoutHintsKeepsTheOldMessage(@TempDir Path outside) throws IOException {
        write("docs/guide.md", "No requirement here, not even core-1001.\n");
        write("COMPLIANCE.md", "| CORE-1001 | must |\n");
        write("target/spec/summary.md", "CORE-1001\n");
        write("core/src/main/java/Pool.java", "// CORE-1001\n");
        Files.writeString(outside.resolve("secret.md"), "- [CORE-1001] Pools MUST be bounded.\n");
        Files.createSymbolicLink(root.resolve("docs/secret.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(root.resolve("linked"), outside);
        assertEquals(List.of(NONE_FOUND + " Set 'includes' to where the specs are, for example **/.specs/*.md."),
                open(SpecConfig.defaults()).lint().findings().stream().map(Finding::format).toList());
    }

    /** The search runs only when no spec was found, and at most once per run. */
    @Test
    void theHintSearchRunsOnlyWithoutSpecs() throws IOException {
        project();
        open(SpecConfig.defaults()).lint();
        assertFalse(phases.contains("hints"), phases.toString());
        SpecPipeline none = open(SpecConfig.builder().includes(List.of("nope/*.md")).build());
        phases.clear();
        none.lint();
        none.checkLinks();
        assertEquals(List.of("extract", "lint", "hints", "links"), phases);
    }

    /** Requirements without a single scanned file: one finding says why everything is uncited. */
    @Test
    void aTraceThatScannedNothingSaysSo() throws IOException {
        write(".specs/10-core.md", "# Core\n\n- [CORE-1001] Pools MUST be bounded.\n");
        List<String> found = open(SpecConfig.defaults()).verify(false, false).findings().stream()
                .filter(f -> f.ruleId().startsWith("TRACE")).map(Finding::format).toList();
        assertEquals(List.of(".specs/10-core.md:3:4: [TRACE-UNIMPLEMENTED] CORE-1001 (must) is not cited by any"
                + " code. Cite it in a comment next to the code that implements it, for example // CORE-1001.",
                ".specs/10-core.md:3:4: [TRACE-UNTESTED] CORE-1001 (must) is not cited by any test. Cite it in a test"
                + " that checks it, for example @Tag(\"CORE-1001\") or a comment, or change the rule's severity.",
                "pom.xml: [TRACE-NOTHING-SCANNED] No source or test file was scanned for citations: the modules'"
                + " source and test roots are empty or missing, so no requirement can count as cited. Name the files"
                + " with 'traceIncludes' and 'traceTestIncludes', for example src/**/*.rs and tests/**/*.rs."), found);
    }

    private List<String> ruleIds(String sarif) throws IOException {
        Matcher m = Pattern.compile("\"id\" : \"([A-Z0-9-]+)\"").matcher(Files.readString(root.resolve(sarif)));
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
