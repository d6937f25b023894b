package io.github.spectrace.core.internal.drift;

import io.github.spectrace.core.internal.Stages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftCheckerTest {

    @TempDir
    Path root;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // SPEC-CORE-1035
    @Test
    void reportsChangedMissingAndStale() throws IOException {
        Files.createDirectories(root.resolve("requirements"));
        Files.writeString(root.resolve("requirements/a.yaml"), "one\ntwo\nthree\nfour\nfive\nsix\nseven\n");
        Files.writeString(root.resolve("COMPLIANCE.md"), "same\n");
        Files.writeString(root.resolve("requirements/crlf.yaml"), "x\r\n");
        Map<String, byte[]> expected = new TreeMap<>();
        expected.put("requirements/a.yaml", utf8("one\ntwo\nthree\nFOUR\nfive\nsix\nseven\n"));
        expected.put("COMPLIANCE.md", utf8("same\n"));
        expected.put("requirements/b.yaml", utf8("new\n"));
        expected.put("requirements/crlf.yaml", utf8("x\n"));
        List<String> found = Stages.findings(new DriftChecker(40)
                .check(root, expected, List.of("requirements/old.yaml"))).stream().map(f -> f.format()).toList();
        assertEquals(List.of(
                "requirements/a.yaml:4: [DRIFT-CHANGED] differs from what the specs produce:\n"
                        + "--- requirements/a.yaml (committed)\n"
                        + "+++ requirements/a.yaml (from the specs)\n"
                        + "@@ -1,7 +1,7 @@\n"
                        + " one\n two\n three\n-four\n+FOUR\n five\n six\n seven",
                "requirements/b.yaml: [DRIFT-MISSING] is missing; the specs produce it.",
                "requirements/crlf.yaml:1: [DRIFT-CHANGED] differs from what the specs produce only in its line ends"
                        + " or encoding: generated files use UTF-8 and LF. If git converts them on checkout, add"
                        + " '*.yaml text eol=lf' and 'COMPLIANCE.md text eol=lf' to .gitattributes.",
                "requirements/old.yaml: [DRIFT-STALE] was generated earlier, but no spec maps to this module any"
                        + " more."), found);
    }

    @Test
    void diffHasHunksAndALimit() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            a.append("line ").append(i).append('\n');
            b.append(i == 5 || i == 25 ? "changed " + i : "line " + i).append('\n');
        }
        b.append("added\n");
        List<String> d = UnifiedDiff.diff("f", a.toString(), b.toString(), 100);
        assertEquals(List.of("--- f (committed)", "+++ f (from the specs)",
                "@@ -2,7 +2,7 @@", " line 2", " line 3", " line 4", "-line 5", "+changed 5", " line 6", " line 7",
                " line 8",
                "@@ -22,9 +22,10 @@", " line 22", " line 23", " line 24", "-line 25", "+changed 25", " line 26",
                " line 27", " line 28", " line 29", " line 30", "+added"), d);
        assertEquals(List.of("--- f (committed)", "+++ f (from the specs)", "@@ -2,7 +2,7 @@",
                "… 20 more diff lines"), UnifiedDiff.diff("f", a.toString(), b.toString(), 3));
        assertEquals(5, UnifiedDiff.firstDifference(a.toString(), b.toString()));
        assertEquals(List.of(), UnifiedDiff.diff("f", "x\n", "x\n", 10));
    }
}
