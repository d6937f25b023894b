package io.github.spectrace.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.spectrace.core.internal.Stages;
import io.github.spectrace.core.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every definition style of spec-format.md, end to end: the YAML that extract writes and what lint says. */
// SPEC-CORE-1010
class DefinitionStylesTest {

    @TempDir
    Path root;

    private Repository repository() {
        return new Repository(root, root.resolve("pom.xml"), root.resolve("target/spec"), List.of(
                new Repository.Module("demo", root, root.resolve("pom.xml"), true, List.of(), List.of(),
                        root.resolve("target"), List.of())));
    }

    private String extract(String spec, SpecConfig config) throws IOException {
        Stages.write(root, ".specs/10-styles.md", spec);
        SpecPipeline.open(repository(), config, (p, n) -> { }).extract();
        return Files.readString(root.resolve("requirements/styles.yaml"));
    }

    /** One line per requirement: {@code ID level keywords: title | text | xrefs}, from the YAML. */
    private static List<String> summary(String yaml) {
        List<String> out = new java.util.ArrayList<>();
        String[] lines = yaml.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("  [A-Z].*:")) {
                String id = lines[i].strip().replace(":", "");
                String title = "";
                String text = "";
                String level = "";
                List<String> keywords = new java.util.ArrayList<>();
                List<String> xrefs = new java.util.ArrayList<>();
                List<String> list = null;
                for (i++; i < lines.length && lines[i].startsWith("    "); i++) {
                    String l = lines[i].strip();
                    if (l.startsWith("- ") && list != null) {
                        list.add(l.substring(2));
                    } else {
                        list = l.startsWith("keywords:") ? keywords : l.startsWith("xrefs:") ? xrefs : null;
                        String value = l.substring(l.indexOf(':') + 1).strip().replaceAll("^\"|\"$", "");
                        if (l.startsWith("title:")) {
                            title = value;
                        } else if (l.startsWith("text:")) {
                            text = value;
                        } else if (l.startsWith("level:")) {
                            level = value;
                        }
                    }
                }
                i--;
                out.add(id + " " + level + " " + keywords + ": " + title + (text.isEmpty() ? "" : " | " + text)
                        + (xrefs.isEmpty() ? "" : " | xrefs " + xrefs));
            }
        }
        return out;
    }

    private List<String> lint() {
        return SpecPipeline.open(repository(), SpecConfig.defaults(), (p, n) -> { }).lint().findings().stream()
                .map(Finding::format).toList();
    }

    // SPEC-CORE-1015
    @Test
    void labels() throws IOException {
        String yaml = extract("""
                # Styles

                - **GPU-INFO-001**: The crate MUST report the device.
                - **REQ-CLIENT-0001:** The CLI MUST read
                  the configuration file.
                - OC-CLI-2001 (MUST): Exit with status 2 on a bad flag.
                - OC-CLI-2002 (should) – Print a hint.
                - OC-CLI-2003: The CLI MAY print colours.
                - OC-CLI-2004 The CLI MUST NOT be a definition without a separator.

                **REQ-CLIENT-0002** – The server SHOULD log each request.

                OC-CLI-2005: a bare label in a paragraph defines nothing.
                """, SpecConfig.defaults());
        assertEquals(List.of(
                "GPU-INFO-001 must [MUST]: The crate MUST report the device.",
                "OC-CLI-2001 must [MUST]: Exit with status 2 on a bad flag.",
                "OC-CLI-2002 should [SHOULD]: Print a hint.",
                "OC-CLI-2003 may [MAY]: The CLI MAY print colours.",
                "REQ-CLIENT-0001 must [MUST]: The CLI MUST read the configuration file.",
                "REQ-CLIENT-0002 should [SHOULD]: The server SHOULD log each request."), summary(yaml));
        assertEquals(List.of(), lint());
    }

    // SPEC-CORE-1017 SPEC-CORE-1013
    @Test
    void headingsOwnTheirBody() throws IOException {
        String yaml = extract("""
                # Worker

                ## Summary

                1. Prometheus metrics endpoint (M0-W-1350)
                2. A single model (M0-W-1001)

                ## Contract (RFC-2119)

                The key words MUST and MAY are to be read as in RFC-2119.

                #### [M0-W-1001] Single Model Lifetime

                The worker MUST load exactly one model, see src/Model.java.

                - It SHOULD unload it on exit (M0-W-1350 is related).

                ##### Notes

                Loading MAY take a minute.

                - [M0-W-1002] Its own requirement MAY be nested.

                #### [M0-W-1350] GET /metrics

                `GET /metrics` [M0-W-1351]

                ## [SYS-6.1.6] Retry & Backoff Policy
                """, SpecConfig.defaults());
        assertEquals(List.of(
                "M0-W-1001 must [MUST, SHOULD, MAY]: Single Model Lifetime | The worker MUST load exactly one model,"
                        + " see src/Model.java. It SHOULD unload it on exit (M0-W-1350 is related). Loading MAY take a"
                        + " minute. | xrefs [M0-W-1350]",
                "M0-W-1002 may [MAY]: Its own requirement MAY be nested.",
                "M0-W-1350 info []: GET /metrics",
                "M0-W-1351 info []: GET /metrics"), summary(yaml));
        assertEquals(List.of(
                ".specs/10-styles.md:12:7: [SPEC-BUNDLED] M0-W-1001 mixes MUST-level and MAY-level keywords (MUST,"
                        + " SHOULD, MAY). Split it into one requirement per level.",
                ".specs/10-styles.md:24:7: [SPEC-RFC2119-MISSING] M0-W-1350 has no RFC 2119 keyword. State the"
                        + " requirement with MUST, SHOULD or MAY in capitals, or move the ID to a normative sentence.",
                ".specs/10-styles.md:26:17: [SPEC-RFC2119-MISSING] M0-W-1351 has no RFC 2119 keyword. State the"
                        + " requirement with MUST, SHOULD or MAY in capitals, or move the ID to a normative sentence.",
                ".specs/10-styles.md:28:5: [SPEC-ID-FORMAT] 'SYS-6.1.6' stands where a requirement ID goes but matches"
                        + " no ID pattern ([A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-[0-9]{3,5}). Write it like OC-CORE-1001, or"
                        + " add a pattern that matches it to 'idPatterns', for example [A-Z][A-Z0-9]*-[0-9]+(?:\\.[0-9]+)*."),
                lint());
        // With the suggested pattern, the dotted ID defines.
        String dotted = extract(Files.readString(root.resolve(".specs/10-styles.md")), SpecConfig.builder()
                .idPatterns(List.of("[A-Z][A-Z0-9]*-[0-9]+(?:\\.[0-9]+)*", "[A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-[0-9]{3,5}"))
                .build());
        assertEquals("SYS-6.1.6 info []: Retry & Backoff Policy", summary(dotted).get(4));
    }

    // SPEC-CORE-1016
    @Test
    void requirementTables() throws IOException {
        String yaml = extract("""
                # Tables

                | ID | Requirement | Priority |
                |----|-------------|----------|
                | REQ-T-001 | The API MUST validate input, see REQ-T-002. | |
                | `REQ-T-002` | Responses are cached. | SHOULD |
                | [REQ-T-003] | Clients may retry. | Must have |
                | — | not a requirement | |
                | REQ-T-4 | malformed | |

                | Owner | Req ID | Notes | Summary |
                |---|---|---|---|
                | ops | REQ-T-010 | short | The scheduler MUST keep a FIFO order under load. |

                | Name | Text |
                |---|---|
                | REQ-T-020 | no ID column, so this table defines nothing |
                ---
                """, SpecConfig.defaults());
        assertEquals(List.of(
                "REQ-T-001 must [MUST]: The API MUST validate input, see REQ-T-002. | xrefs [REQ-T-002]",
                "REQ-T-002 should [SHOULD]: Responses are cached.",
                "REQ-T-003 must [MUST]: Clients may retry.",
                "REQ-T-010 must [MUST]: The scheduler MUST keep a FIFO order under load."), summary(yaml));
        assertEquals(List.of(".specs/10-styles.md:9:3: [SPEC-ID-FORMAT] 'REQ-T-4' stands where a requirement ID goes"
                + " but matches no ID pattern ([A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-[0-9]{3,5}). Write it like"
                + " OC-CORE-1001, or add a pattern that matches it to 'idPatterns', for example"
                + " [A-Z][A-Z0-9]*-[A-Z][A-Z0-9]*-[0-9]+."), lint());
    }

    // SPEC-CORE-1018
    @Test
    void weakMarkersAndStandards() throws IOException {
        String spec = """
                # Weak

                - First summary line (X-API-101)
                - Second summary line (X-API-101)

                `POST /v1/tasks` [ORCH-2001]

                The parser reads JSON (RFC-8259) and stores dates as ISO-8601 (UTF-8).

                It reads JSON (RFC-8259).

                - SYS-6.1.6: a dotted label.
                - GPT-4: not a label.
                """;
        assertEquals(List.of("ORCH-2001 info []: POST /v1/tasks", "X-API-101 info []: First summary line"),
                summary(extract(spec, SpecConfig.defaults())));
        assertEquals(List.of(
                ".specs/10-styles.md:3:23: [SPEC-RFC2119-MISSING] X-API-101 has no RFC 2119 keyword. State the"
                        + " requirement with MUST, SHOULD or MAY in capitals, or move the ID to a normative sentence.",
                ".specs/10-styles.md:6:19: [SPEC-RFC2119-MISSING] ORCH-2001 has no RFC 2119 keyword. State the"
                        + " requirement with MUST, SHOULD or MAY in capitals, or move the ID to a normative sentence.",
                ".specs/10-styles.md:12:3: [SPEC-ID-FORMAT] 'SYS-6.1.6' stands where a requirement ID goes but matches"
                        + " no ID pattern ([A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-[0-9]{3,5}). Write it like OC-CORE-1001, or"
                        + " add a pattern that matches it to 'idPatterns', for example [A-Z][A-Z0-9]*-[0-9]+(?:\\.[0-9]+)*."),
                lint());
        // Without the list of standards, RFC-8259 is an ID like any other, defined at the end of the paragraph.
        assertEquals(List.of("ORCH-2001 info []: POST /v1/tasks",
                "RFC-8259 info []: It reads JSON.",
                "X-API-101 info []: First summary line"),
                summary(extract(spec, SpecConfig.builder().standardPrefixes(List.of()).build())));
    }

    @Test
    void standardPrefixesAreValidated() {
        io.github.spectrace.core.model.SpecException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.spectrace.core.model.SpecException.class,
                () -> SpecConfig.builder().standardPrefixes(List.of("RFC", "iso-")).build());
        assertEquals("'standardPrefixes' contains 'iso-', which is not a first segment of an ID. Give capitals and"
                + " digits only, such as RFC or ISO.", e.getMessage());
    }

    /** A reference-style link in a requirement points at a file, as an inline link does. */
    @Test
    void referenceLinksAreRefs() throws IOException {
        Stages.write(root, "docs/queue.md", "# Queue\n");
        String yaml = extract("""
                - [REF-1001] The pool MUST use [the queue][q].

                [q]: ../docs/queue.md
                """, SpecConfig.defaults());
        assertEquals(true, yaml.contains("    refs:\n      - docs/queue.md\n"), yaml);
    }
}
