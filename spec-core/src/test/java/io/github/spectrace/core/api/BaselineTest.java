package io.github.spectrace.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spectrace.core.internal.Stages;
import io.github.spectrace.core.model.FileChange;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed baseline: known findings pass as a count, new ones fail, fixed ones are counted or fail. */
// SPEC-CORE-1090
class BaselineTest {

    private static final String LONG = "lorem ipsum ".repeat(9) + "dolor";

    @TempDir
    Path root;

    private Repository repository() {
        return Stages.coreReactor(root);
    }

    private void spec(String extra) throws IOException {
        Stages.write(root, ".specs/10-core.md", "# Core\n\n" + extra + "- [CORE-1001] Pools MUST be bounded.\n"
                + "- [CORE-1002] Pools grow.\n\n" + LONG + "\n\n" + LONG + "\n\nSee [the guide](missing.md).\n");
    }

    private SpecPipeline open(SpecConfig config) {
        return SpecPipeline.open(repository(), config, null);
    }

    private SpecPipeline open() {
        return open(SpecConfig.defaults());
    }

    private static List<String> lines(Findings result) {
        return result.findings().stream().map(Finding::format).toList();
    }

    @BeforeEach
    void project() throws IOException {
        spec("");
        Stages.write(root, "core/src/main/java/Pool.java", "// CORE-1001 CORE-1002\n");
        open().extract();
    }

    @Test
    void theBaselineHoldsEveryGatesFindingsByRuleFileAndSubjectSorted() throws IOException {
        BaselineResult result = open().baseline(false);
        assertEquals(new BaselineResult(new FileChange("spec-baseline.json", FileChange.Status.WROTE), 4, 5, 5, 0, 0),
                result);
        assertEquals("""
                {
                  "generator": "spec-maven-plugin baseline",
                  "comment": "Known findings, which the gate reports as a count; new ones fail the build. Remove\
                 fixed ones with mvn spec:baseline.",
                  "version": 1,
                  "findings": [
                    {"rule": "LINK-FILE-MISSING", "file": ".specs/10-core.md", "subject": "missing.md", "count": 1},
                    {"rule": "SPEC-LINE-LENGTH", "file": ".specs/10-core.md", "subject": "lorem ipsum lorem ipsum\
                 lorem ipsum lore… 163bce26", "count": 2},
                    {"rule": "SPEC-RFC2119-MISSING", "file": ".specs/10-core.md", "subject": "CORE-1002", "count": 1},
                    {"rule": "TRACE-UNTESTED", "file": ".specs/10-core.md", "subject": "CORE-1001", "count": 1}
                  ]
                }
                """, Files.readString(root.resolve("spec-baseline.json")));
        assertEquals(FileChange.Status.UNCHANGED, open().baseline(false).file().status(), "a second run writes nothing");
    }

    @Test
    void knownFindingsPassAsACountWhateverTheirLine() throws IOException {
        open().baseline(false);
        spec("Text that moves every finding down.\n\n");
        CheckResult lint = open().lint();
        assertEquals(List.of(), lines(lint));
        assertEquals(new BaselineStatus("spec-baseline.json", 3, 0), lint.baseline());
        VerifyResult verify = open().verify(true, true);
        assertEquals(List.of(), lines(verify));
        assertEquals(new BaselineStatus("spec-baseline.json", 5, 0), verify.baseline());
        CheckResult links = open().checkLinks();
        assertEquals(new BaselineStatus("spec-baseline.json", 1, 0), links.baseline());
    }

    @Test
    void aNewFindingFailsAndSarifMarksEachResultNewOrUnchanged() throws IOException {
        open().baseline(false);
        spec(LONG.replace("dolor", "sit amet") + "\n\n");
        CheckResult lint = open().lint();
        assertEquals(List.of(".specs/10-core.md:3:101: [SPEC-LINE-LENGTH] line is 116 characters long, more than 100."
                + " Wrap it; code, tables and lines of one unbreakable word such as a URL are exempt."), lines(lint));
        assertEquals(new BaselineStatus("spec-baseline.json", 3, 0), lint.baseline());
        String sarif = Files.readString(root.resolve("target/spec/lint.sarif"));
        Matcher m = Pattern.compile("\"baselineState\" : \"(\\w+)\"").matcher(sarif);
        StringBuilder states = new StringBuilder();
        while (m.find()) {
            states.append(m.group(1)).append(' ');
        }
        assertEquals("new unchanged unchanged unchanged ", states.toString());
    }

    @Test
    void fixedFindingsAreCountedAndFailOnlyAStrictBaseline() throws IOException {
        open().baseline(false);
        Stages.write(root, ".specs/10-core.md", "# Core\n\n- [CORE-1001] Pools MUST be bounded.\n"
                + "- [CORE-1002] Pools MAY grow.\n\n" + LONG + "\n");
        CheckResult lint = open().lint();
        assertEquals(List.of(), lines(lint));
        assertEquals(new BaselineStatus("spec-baseline.json", 1, 2), lint.baseline());
        CheckResult strict = open(SpecConfig.builder().baselineStrict(true).build()).lint();
        assertEquals(List.of("spec-baseline.json:7: [BASELINE-STALE] SPEC-LINE-LENGTH lorem ipsum lorem ipsum"
                + " lorem ipsum lore… 163bce26 in .specs/10-core.md: 1 of its 2 findings no longer occur, and the baseline is strict. Run mvn spec:baseline to remove what"
                + " is fixed, so that the baseline only shrinks.",
                "spec-baseline.json:8: [BASELINE-STALE] SPEC-RFC2119-MISSING CORE-1002 in .specs/10-core.md: no"
                        + " longer occurs, and the baseline is strict. Run mvn spec:baseline to remove what is fixed,"
                        + " so that the baseline only shrinks."), lines(strict));
        assertEquals(new BaselineResult(new FileChange("spec-baseline.json", FileChange.Status.WROTE), 5, 5, 3, 3, 0),
                open().baseline(false), "removes what is fixed; adds the drift of the edit and TRACE-SUSPECT CORE-1002");
    }

    @Test
    void shrinkOnlyRemovesFixedFindingsAndAddsNoNewOnes() throws IOException {
        open().baseline(false);
        Stages.write(root, ".specs/10-core.md", "# Core\n\n- [CORE-1001] Pools MUST be bounded.\n"
                + "- [CORE-1002] Pools grow.\n- [CORE-1003] Queues grow.\n");
        assertEquals(new BaselineResult(new FileChange("spec-baseline.json", FileChange.Status.WROTE), 2, 2, 0, 3, 3),
                open().baseline(true), "CORE-1003 and the drift of the edit are not added");
        String text = Files.readString(root.resolve("spec-baseline.json"));
        assertEquals(List.of("    {\"rule\": \"SPEC-RFC2119-MISSING\", \"file\": \".specs/10-core.md\", \"subject\":"
                + " \"CORE-1002\", \"count\": 1},", "    {\"rule\": \"TRACE-UNTESTED\", \"file\": \".specs/10-core.md\","
                + " \"subject\": \"CORE-1001\", \"count\": 1}"), text.lines().filter(l -> l.contains("rule")).toList());
    }

    @Test
    void aBrokenBaselineIsAnErrorWithItsLine() throws IOException {
        Stages.write(root, "spec-baseline.json", "{\n  \"generator\": \"spec-maven-plugin baseline\",\n"
                + "  \"findings\": [\n    {\"rule\": \"SPEC-LINE-LENGTH\", \"count\": 2}\n  ]\n}\n");
        SpecException e = assertThrows(SpecException.class, () -> open().lint());
        assertEquals("spec-baseline.json:4: an entry needs \"rule\" and \"file\". Fix the entry, or run mvn"
                + " spec:baseline to rewrite the file.", e.getMessage());
        Stages.write(root, "spec-baseline.json", "{\n  \"generator\": \"spec-maven-plugin baseline\",\n  \"findings\": [\n");
        e = assertThrows(SpecException.class, () -> open().lint());
        assertEquals("spec-baseline.json:4: is not valid JSON (Unexpected end-of-input: expected close marker for"
                + " Array). Fix the file, or delete it and run mvn spec:baseline.", e.getMessage());
    }

    @Test
    void anotherFileAtThePathIsNeverOverwritten() throws IOException {
        Stages.write(root, "spec-baseline.json", "{\"mine\": true}\n");
        SpecException e = assertThrows(SpecException.class, () -> open().baseline(false));
        assertEquals("spec-baseline.json: the file is not a baseline written by spec:baseline (it does not start with"
                + " its header). Set 'baselineFile' to another path, or delete the file and run mvn spec:baseline.",
                e.getMessage());
        assertEquals("{\"mine\": true}\n", Files.readString(root.resolve("spec-baseline.json")));
    }

    @Test
    void aBaselinePathThatIsAGeneratedFileIsAConfigurationError() {
        SpecException e = assertThrows(SpecException.class,
                () -> SpecConfig.builder().baselineFile("COMPLIANCE.md").build());
        assertEquals("'baselineFile' is 'COMPLIANCE.md', which is a generated file. Give a path of its own, such as"
                + " spec-baseline.json.", e.getMessage());
    }

    @Test
    void aBaselineThatIsALinkOrHugeIsNotRead() throws IOException {
        Stages.write(root, "elsewhere.json", "{}\n");
        Files.createSymbolicLink(root.resolve("spec-baseline.json"), root.resolve("elsewhere.json"));
        SpecException e = assertThrows(SpecException.class, () -> open().lint());
        assertEquals("spec-baseline.json: the baseline is not a regular file inside the project (a link, a directory,"
                + " a device, or a file in a directory that links outside), so it is not read. Replace it with the file"
                + " that spec:baseline writes.", e.getMessage());
        Files.delete(root.resolve("spec-baseline.json"));
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(root.resolve("spec-baseline.json").toFile(),
                "rw")) {
            f.setLength((64L << 20) + 1);
        }
        e = assertThrows(SpecException.class, () -> open().lint());
        assertEquals("spec-baseline.json: the baseline is larger than 64 MiB, which no baseline written by"
                + " spec:baseline is, so it is not read. Delete it and run mvn spec:baseline.", e.getMessage());
    }

    /** A baseline in a directory that links outside the project is neither read nor written. */
    @Test
    void aBaselineBehindADirectoryLinkOutsideIsNeitherReadNorWritten(@TempDir Path outside) throws IOException {
        Files.writeString(outside.resolve("b.json"), "{}\n");
        Files.createSymbolicLink(root.resolve("conf"), outside);
        SpecConfig read = SpecConfig.builder().baselineFile("conf/b.json").build();
        SpecException e = assertThrows(SpecException.class, () -> open(read).lint());
        assertTrue(e.getMessage().startsWith("conf/b.json: the baseline is not a regular file inside the project"),
                e.getMessage());
        SpecConfig fresh = SpecConfig.builder().baselineFile("conf/new.json").build();
        e = assertThrows(SpecException.class, () -> open(fresh).baseline(false));
        assertEquals("conf/new.json: the directory leads outside the project through a symbolic link, so nothing is"
                + " written there. Replace the link with a directory.", e.getMessage());
        assertFalse(Files.exists(outside.resolve("new.json")));
    }
}
