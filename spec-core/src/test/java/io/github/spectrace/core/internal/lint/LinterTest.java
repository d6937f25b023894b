package io.github.spectrace.core.internal.lint;

import io.github.spectrace.core.model.Rule;

import io.github.spectrace.core.internal.Stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spectrace.core.internal.extract.Extraction;
import io.github.spectrace.core.internal.extract.ProjectLayout;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.internal.text.IdPatterns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinterTest {

    @TempDir
    Path root;

    private void write(String path, String content) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private List<String> lint(Map<String, String> rules, Map<String, String> prefixes,
            List<LintOptions.ModuleRef> modules, Map<String, String> exempt) {
        ProjectLayout layout = new ProjectLayout(root, List.of(new ProjectLayout.Module("demo", root),
                new ProjectLayout.Module("core", root.resolve("core")),
                new ProjectLayout.Module("api", root.resolve("api"))));
        Extraction x = Stages.extractor(layout, Stages.defaultExtractOptions()).run();
        LintOptions o = new LintOptions(Stages.settings(rules), 100, List.of(IdPatterns.DEFAULT),
                modules, exempt, prefixes, Stages.XML);
        return Stages.findings(new Linter(root, o).lint(x), rules).stream()
                .map(f -> f.severity().id() + " " + f.format()).toList();
    }

    private List<String> lint() {
        return lint(Map.of(), Map.of(), List.of(), Map.of());
    }

    @Test
    void cleanSpecHasNoFindings() throws IOException {
        write(".specs/10-core.md", """
                # Core

                The core holds the queues; see [the API](20-api.md#tasks) and OC-API-2001. This line is exactly
                long enough: it has ninety-nine characters, which is fine under a limit of one hundred chars.

                ## Queue

                - [OC-CORE-1001] Each pool MUST expose a bounded FIFO queue.
                - [ ] [OC-CORE-1002] Admission MUST NOT block; it SHOULD reject (see OC-CORE-1001).
                - [OC-CORE-1003] The queue MAY be resized, which is OPTIONAL.
                - **[OC-CORE-1004]** A rejection is REQUIRED to carry a reason, and a retry is RECOMMENDED.
                - [OC-CORE-1005] Clients SHALL NOT retry at once; they MUST back off. Must-have: `must`.

                | Name | Description that is long enough to pass the limit of one hundred characters in a table row |
                |------|------|

                ```text
                - [OC-core-1] not a requirement: this code line is long, far longer than one hundred characters in all
                ```

                https://example.org/a/very/long/url/that/cannot/be/wrapped/because/it/is/one/single/unbreakable/word
                [ref]: https://example.org/another/very/long/url/that/cannot/be/wrapped/because/it/is/a/definition
                """);
        write(".specs/20-api.md", """
                # API

                ## Tasks

                - [OC-API-2001] `POST /v1/tasks` MUST return 429 when full.
                """);
        assertEquals(List.of(), lint());
    }

    @Test
    void idFormat() throws IOException {
        write(".specs/10-core.md", "- [OC-core-1] Lower case MUST fail.\n- [OC-CORE-01] Two digits MUST fail.\n");
        assertEquals(List.of(
                "warning .specs/10-core.md: [SPEC-NO-REQUIREMENTS] defines no requirement ID. Add requirements such"
                        + " as '- [OC-CORE-1001] Each pool MUST …', or leave the file out with <excludes>.",
                "error .specs/10-core.md:1:4: [SPEC-ID-FORMAT] 'OC-core-1' stands where a requirement ID goes but"
                        + " matches no ID pattern ([A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-[0-9]{3,5}). Write it like"
                        + " OC-CORE-1001, or add a pattern that matches it to <idPatterns>, for example"
                        + " [A-Z][A-Z0-9]*-[A-Za-z][A-Za-z0-9]*-[0-9]+.",
                "error .specs/10-core.md:2:4: [SPEC-ID-FORMAT] 'OC-CORE-01' stands where a requirement ID goes but"
                        + " matches no ID pattern ([A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-[0-9]{3,5}). Write it like"
                        + " OC-CORE-1001, or add a pattern that matches it to <idPatterns>, for example"
                        + " [A-Z][A-Z0-9]*-[A-Z][A-Z0-9]*-[0-9]+."), lint());
    }

    @Test
    void duplicatesReportEveryPlace() throws IOException {
        write(".specs/10-core.md", "- [OC-CORE-1001] A MUST hold.\n- [OC-CORE-1001] B MUST hold.\n");
        write("core/SPEC/SPEC.md", "# Core\n\n- [OC-CORE-1001] C MUST hold.\n");
        assertEquals(List.of(
                "error .specs/10-core.md:1:4: [SPEC-ID-DUPLICATE] OC-CORE-1001 is also defined at"
                        + " .specs/10-core.md:2:4, core/SPEC/SPEC.md:3:4. Give each requirement its own ID.",
                "error .specs/10-core.md:2:4: [SPEC-ID-DUPLICATE] OC-CORE-1001 is also defined at"
                        + " .specs/10-core.md:1:4, core/SPEC/SPEC.md:3:4. Give each requirement its own ID.",
                "error core/SPEC/SPEC.md:3:4: [SPEC-ID-DUPLICATE] OC-CORE-1001 is also defined at"
                        + " .specs/10-core.md:1:4, .specs/10-core.md:2:4. Give each requirement its own ID."),
                lint());
    }

    // SPEC-CORE-1013
    @Test
    void citationAtTheEndOfProseIsNotADuplicate() throws IOException {
        write(".specs/00-overview.md", "# Overview\n\nQueues are bounded (OC-CORE-1001).\n\n- [OC-CORE-1002] X MUST y.\n");
        write(".specs/10-core.md", "- [OC-CORE-1001] Each pool MUST expose a bounded queue.\n");
        assertEquals(List.of(), lint());
    }

    @Test
    void rfc2119Keywords() throws IOException {
        write(".specs/10-core.md", """
                - [OC-CORE-1001] The pool exposes a queue.
                - [OC-CORE-1002] The pool must expose a queue.
                - [OC-CORE-1003] The pool MUST not block.
                - [OC-CORE-1004] The pool MAY NOT block.
                - [OC-CORE-1005] Logging is NOT REQUIRED but MAY happen.
                - [OC-CORE-1006] Must the pool block? It SHOULD not.
                - [OC-CORE-1008] Should the queue fill, admission MUST reject; a must-have.
                - [OC-CORE-1007] The pool MUST NOT block; see `MUST not` in code.
                """);
        assertEquals(List.of(
                "error .specs/10-core.md:1:4: [SPEC-RFC2119-MISSING] OC-CORE-1001 has no RFC 2119 keyword. State the"
                        + " requirement with MUST, SHOULD or MAY in capitals, or move the ID to a normative sentence.",
                "warning .specs/10-core.md:2:4: [SPEC-RFC2119-LOWERCASE] OC-CORE-1002 uses lowercase 'must', which"
                        + " RFC 8174 does not treat as a keyword. Write MUST if it is normative.",
                "error .specs/10-core.md:2:4: [SPEC-RFC2119-MISSING] OC-CORE-1002 has no RFC 2119 keyword. State the"
                        + " requirement with MUST, SHOULD or MAY in capitals, or move the ID to a normative sentence.",
                "warning .specs/10-core.md:3:4: [SPEC-RFC2119-AMBIGUOUS] OC-CORE-1003 uses 'MUST not', which is not"
                        + " an RFC 2119 keyword. Write 'MUST NOT'.",
                "warning .specs/10-core.md:4:4: [SPEC-RFC2119-AMBIGUOUS] OC-CORE-1004 uses 'MAY NOT', which is not an"
                        + " RFC 2119 keyword. Write 'MUST NOT' to forbid, or 'MAY' with a positive statement.",
                "warning .specs/10-core.md:5:4: [SPEC-RFC2119-AMBIGUOUS] OC-CORE-1005 uses 'NOT REQUIRED', which is"
                        + " not an RFC 2119 keyword. Write 'OPTIONAL' or 'MAY'.",
                "warning .specs/10-core.md:6:4: [SPEC-RFC2119-AMBIGUOUS] OC-CORE-1006 uses 'Must', which is not an"
                        + " RFC 2119 keyword. Write 'MUST' if it is normative."), lint());
    }

    @Test
    void bundledRequirements() throws IOException {
        write(".specs/10-core.md", """
                - [OC-CORE-1001, OC-CORE-1002] Pools MUST be bounded.
                - [OC-CORE-1003] Pools MUST be bounded and MAY grow.
                - [OC-CORE-1004] Pools MUST be bounded and SHOULD be fair.
                """);
        assertEquals(List.of(
                "warning .specs/10-core.md:1:4: [SPEC-BUNDLED] one item defines 2 requirements (OC-CORE-1001,"
                        + " OC-CORE-1002). Give each requirement its own list item.",
                "warning .specs/10-core.md:2:4: [SPEC-BUNDLED] OC-CORE-1003 mixes MUST-level and MAY-level keywords"
                        + " (MUST, MAY). Split it into one requirement per level."), lint());
    }

    @Test
    void lineLengthCountsCodePoints() throws IOException {
        String ninetyNine = "- [OC-CORE-1001] MUST " + "é".repeat(99 - 22);
        String hundredOne = "A sentence that MUST wrap " + "😀".repeat(101 - 26);
        write(".specs/10-core.md", ninetyNine + "\n\n" + hundredOne + " x\n");
        // The column counts UTF-16 units like every other column: the 101st character is the 75th emoji.
        assertEquals(List.of("warning .specs/10-core.md:3:175: [SPEC-LINE-LENGTH] line is 103 characters long, more"
                + " than 100. Wrap it; code, tables and lines of one unbreakable word such as a URL are exempt."),
                lint());
    }

    @Test
    void onlyRealReferenceDefinitionsAreUnbreakable() throws IOException {
        String longText = "x".repeat(90);
        write(".specs/10-core.md", "- [OC-CORE-1001]: Pools MUST be bounded, " + longText + "\n\n"
                + "[ref]: https://example.org/" + longText + " \"title\"\n");
        assertEquals(List.of("warning .specs/10-core.md:1:101: [SPEC-LINE-LENGTH] line is 131 characters long, more"
                + " than 100. Wrap it; code, tables and lines of one unbreakable word such as a URL are exempt."), lint());
    }

    @Test
    void proseEndingInAParentheticalIsNotAMarker() throws IOException {
        write(".specs/10-core.md", "# Core\n\nText is encoded as UTF-8 (RFC-3629).\n\n- [OC-CORE-1001] It MUST be"
                + " valid (UTF-8).\n\nBoth are cited here (OC-CORE-1001, OC-CORE-1002).\n");
        write(".specs/20-more.md", "- [OC-CORE-1002] Another MUST hold.\n");
        assertEquals(List.of(), lint());
    }

    @Test
    void absoluteAndEscapingLinks() throws IOException {
        write(".specs/10-core.md", """
                - [OC-CORE-1001] See [a](/etc/passwd), [b](../../outside.md), [c](file:///tmp/x),
                  [d](https://example.org), [e](../core/SPEC/SPEC.md) and <a href="C:\\\\x.md">f</a>; MUST hold.
                """);
        List<String> found = lint();
        assertEquals(List.of(
                "error .specs/10-core.md:1:22: [SPEC-LINK-ABSOLUTE] link '/etc/passwd' is an absolute path, which"
                        + " only works on one machine. Use a path relative to this file.",
                "error .specs/10-core.md:1:40: [SPEC-LINK-ABSOLUTE] link '../../outside.md' leads outside the"
                        + " project directory. Link to a file in the repository, or use an https:// URL.",
                "error .specs/10-core.md:1:63: [SPEC-LINK-ABSOLUTE] link 'file:///tmp/x' is an absolute path, which"
                        + " only works on one machine. Use a path relative to this file.",
                "error .specs/10-core.md:2:59: [SPEC-LINK-ABSOLUTE] link 'C:\\\\x.md' is an absolute path, which"
                        + " only works on one machine. Use a path relative to this file."), found);
    }

    @Test
    void optionalRules() throws IOException {
        write(".specs/10-core.md", "- [OC-CORE-1001] A MUST hold.\n- [OC-API-2001] B MUST hold.\n");
        List<LintOptions.ModuleRef> modules = List.of(new LintOptions.ModuleRef("api", "api/pom.xml"),
                new LintOptions.ModuleRef("core", "core/pom.xml"), new LintOptions.ModuleRef("tools", "tools/pom.xml"));
        // Both rules are off by default.
        assertEquals(List.of(), lint(Map.of(), Map.of("core", "OC-CORE-"), modules, Map.of()));
        assertEquals(List.of(
                "error .specs/10-core.md:2:4: [SPEC-ID-PREFIX] OC-API-2001 is defined in module core, whose IDs start"
                        + " with OC-CORE-. Renumber it or move it to the spec of the module it belongs to.",
                "warning api/pom.xml: [SPEC-MODULE-WITHOUT-SPEC] module api has no spec. Add SPEC/SPEC.md to it, or"
                        + " exempt it with <specExempt><api>reason</api></specExempt>."),
                lint(Map.of("SPEC-ID-PREFIX", "error", "SPEC-MODULE-WITHOUT-SPEC", "warning"),
                        Map.of("core", "OC-CORE-"), modules, Map.of("tools", "Generated from OpenAPI.")));
    }

    @Test
    void severitiesCanBeChangedAndTurnedOff() throws IOException {
        write(".specs/10-core.md", "- [OC-CORE-1001] No keyword here.\n");
        assertEquals(List.of("warning .specs/10-core.md:1:4: [SPEC-RFC2119-MISSING] OC-CORE-1001 has no RFC 2119"
                + " keyword. State the requirement with MUST, SHOULD or MAY in capitals, or move the ID to a"
                + " normative sentence."), lint(Map.of("SPEC-RFC2119-MISSING", "Warning"), Map.of(), List.of(),
                Map.of()));
        assertEquals(List.of(), lint(Map.of("SPEC-RFC2119-MISSING", "off"), Map.of(), List.of(), Map.of()));
    }

    // SPEC-CORE-1030
    @Test
    void findingsAreSortedByPathLineColumnRule() throws IOException {
        write(".specs/20-b.md", "- [OC-B-1001] x\n");
        write(".specs/10-a.md", "- [OC-A-1001] x\n");
        List<String> found = lint();
        assertEquals(List.of(".specs/10-a.md:1:4", ".specs/20-b.md:1:4"),
                found.stream().map(l -> l.substring(l.indexOf(' ') + 1, l.indexOf(": ["))).toList());
        Finding a = new Finding("a", 1, 1, Rule.SPEC_BUNDLED, io.github.spectrace.core.model.Severity.ERROR, "m");
        Finding b = new Finding("a", 1, 2, Rule.SPEC_BUNDLED, io.github.spectrace.core.model.Severity.ERROR, "m");
        assertEquals(-1, Integer.signum(a.compareTo(b)));
    }

    /** The words every ambiguous form contains: without one of them, the expression cannot match. */
    @Test
    void ambiguityPrefilterNeverHidesAMatch() {
        String[] words = {"MUST", "must", "Must", "not", "NOT", "SHALL", "Shall", "SHOULD", "MAY", "REQUIRED",
            "no", "N", "OT", "-", " ", "  ", "\t", "x", "Sh", "all", "Mu", "st"};
        java.util.Random random = new java.util.Random(7);
        int matched = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                sb.append(words[random.nextInt(words.length)]);
            }
            String text = sb.toString();
            boolean found = Linter.AMBIGUOUS.matcher(text).find();
            if (found) {
                matched++;
                assertTrue(Linter.mayBeAmbiguous(text), text);
            }
        }
        assertTrue(matched > 1000, "matched " + matched);
        assertFalse(Linter.mayBeAmbiguous("Each pool MUST expose a bounded FIFO queue."));
    }
}
