package io.github.spectrace.core.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifTest {

    // SPEC-CORE-1036
    @Test
    void rendersRulesAndResults() {
        List<Rule> rules = List.of(Rule.SPEC_ID_PREFIX, Rule.DRIFT_CHANGED);
        List<Finding> findings = List.of(new Finding(".specs/a b.md", 3, 7, Rule.DRIFT_CHANGED, Severity.ERROR,
                "bad <x> \"q\""), new Finding("pom.xml", 0, 0, Rule.SPEC_ID_PREFIX, Severity.WARNING, "whole file"));
        assertEquals("""
                {
                  "$schema" : "https://json.schemastore.org/sarif-2.1.0.json",
                  "version" : "2.1.0",
                  "runs" : [
                    {
                      "tool" : {
                        "driver" : {
                          "name" : "spec-maven-plugin",
                          "version" : "1.2.3",
                          "informationUri" : "https://github.com/spectrace/spec-maven-plugin",
                          "rules" : [
                            {
                              "id" : "DRIFT-CHANGED",
                              "name" : "DriftChanged",
                              "shortDescription" : {
                                "text" : "A committed generated file differs from what the specs produce."
                              },
                              "fullDescription" : {
                                "text" : "FULL DRIFT-CHANGED"
                              },
                              "helpUri" : "https://github.com/spectrace/spec-maven-plugin/blob/main/src/site/markdown/rules.md#drift-changed",
                              "help" : {
                                "text" : "TEXT DRIFT-CHANGED",
                                "markdown" : "MARKDOWN DRIFT-CHANGED"
                              },
                              "defaultConfiguration" : {
                                "level" : "error"
                              }
                            },
                            {
                              "id" : "SPEC-ID-PREFIX",
                              "name" : "SpecIdPrefix",
                              "shortDescription" : {
                                "text" : "A module with a configured ID prefix defines an ID without it."
                              },
                              "fullDescription" : {
                                "text" : "FULL SPEC-ID-PREFIX"
                              },
                              "helpUri" : "https://github.com/spectrace/spec-maven-plugin/blob/main/src/site/markdown/rules.md#spec-id-prefix",
                              "help" : {
                                "text" : "TEXT SPEC-ID-PREFIX",
                                "markdown" : "MARKDOWN SPEC-ID-PREFIX"
                              },
                              "defaultConfiguration" : {
                                "level" : "none"
                              }
                            }
                          ]
                        }
                      },
                      "automationDetails" : {
                        "id" : "spec/lint/"
                      },
                      "originalUriBaseIds" : {
                        "%SRCROOT%" : {
                          "description" : {
                            "text" : "The top-level project directory."
                          }
                        }
                      },
                      "results" : [
                        {
                          "ruleId" : "DRIFT-CHANGED",
                          "ruleIndex" : 0,
                          "level" : "error",
                          "message" : {
                            "text" : "Bad <x> \\"q\\""
                          },
                          "locations" : [
                            {
                              "physicalLocation" : {
                                "artifactLocation" : {
                                  "uri" : ".specs/a%20b.md",
                                  "uriBaseId" : "%SRCROOT%"
                                },
                                "region" : {
                                  "startLine" : 3,
                                  "startColumn" : 7
                                }
                              }
                            }
                          ],
                          "partialFingerprints" : {
                            "specKey/v1" : "12f354a5c6091cdd"
                          }
                        },
                        {
                          "ruleId" : "SPEC-ID-PREFIX",
                          "ruleIndex" : 1,
                          "level" : "warning",
                          "message" : {
                            "text" : "Whole file"
                          },
                          "locations" : [
                            {
                              "physicalLocation" : {
                                "artifactLocation" : {
                                  "uri" : "pom.xml",
                                  "uriBaseId" : "%SRCROOT%"
                                },
                                "region" : {
                                  "startLine" : 1
                                }
                              }
                            }
                          ],
                          "partialFingerprints" : {
                            "specKey/v1" : "8800fe14587995b8"
                          },
                          "properties" : {
                            "fileLevel" : true
                          }
                        }
                      ]
                    }
                  ]
                }
                """, withoutHelp(Sarif.render("spec-maven-plugin", "1.2.3", rules, findings, "spec/lint/", null),
                rules));
    }

    /** The rendering with each rule's help, which RuleHelpTest checks, replaced by its kind and rule ID. */
    private static String withoutHelp(String json, List<Rule> rules) {
        for (Rule r : rules) {
            RuleHelp.Help h = RuleHelp.of(r);
            json = json.replace(quoted(h.fullDescription()), "\"FULL " + r.id() + "\"")
                    .replace(quoted(h.text()), "\"TEXT " + r.id() + "\"")
                    .replace(quoted(h.markdown()), "\"MARKDOWN " + r.id() + "\"");
        }
        return json;
    }

    private static String quoted(String text) {
        return "\"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(text))
                + "\"";
    }

    /** A finding keeps its fingerprint when lines move; two findings with one key get two fingerprints. */
    @Test
    void fingerprintsFollowTheBaselineKeyNotTheLine() {
        List<Rule> rules = List.of(Rule.SPEC_LINE_LENGTH);
        String before = Sarif.render("t", "1", rules, List.of(new Finding("a.md", 3, 101, Rule.SPEC_LINE_LENGTH,
                Severity.WARNING, "long", "x… 1"), new Finding("a.md", 9, 101, Rule.SPEC_LINE_LENGTH, Severity.WARNING,
                "long", "x… 1")), "spec/lint/", null);
        String after = Sarif.render("t", "1", rules, List.of(new Finding("a.md", 30, 101, Rule.SPEC_LINE_LENGTH,
                Severity.WARNING, "long", "x… 1"), new Finding("a.md", 90, 101, Rule.SPEC_LINE_LENGTH, Severity.WARNING,
                "long", "x… 1")), "spec/lint/", null);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"specKey/v1\" : \"([0-9a-f]{16})\"")
                .matcher(before);
        List<String> prints = new java.util.ArrayList<>();
        while (m.find()) {
            prints.add(m.group(1));
        }
        assertEquals(List.of(Sarif.fingerprint("SPEC-LINE-LENGTH\u0000a.md\u0000x… 1\u00001"),
                Sarif.fingerprint("SPEC-LINE-LENGTH\u0000a.md\u0000x… 1\u00002")), prints);
        assertEquals(2, prints.stream().distinct().count());
        assertEquals(before.replace("\"startLine\" : 3", "\"startLine\" : 30").replace("\"startLine\" : 9",
                "\"startLine\" : 90"), after);
    }

    /** Code scanning shows a message without its path, so each one reads as a full sentence with a capital. */
    @Test
    void messagesAreFullSentences() {
        assertEquals("The file COMPLIANCE.md is missing; the specs produce it.", Sarif.sentence(new Finding(
                "COMPLIANCE.md", 0, 0, Rule.DRIFT_MISSING, Severity.ERROR, "is missing; the specs produce it.")));
        assertEquals("The file COMPLIANCE.md differs from what the specs produce:\n--- a", Sarif.sentence(
                new Finding("COMPLIANCE.md", 5, 0, Rule.DRIFT_CHANGED, Severity.ERROR,
                        "differs from what the specs produce:\n--- a")));
        assertEquals("The file crates/b/Cargo.toml cannot be parsed (x), so its directory is not a module.",
                Sarif.sentence(new Finding("crates/b/Cargo.toml", 3, 0, Rule.SPEC_MANIFEST_INVALID, Severity.WARNING,
                        "cannot be parsed (x), so its directory is not a module.")));
        assertEquals("The file Cargo.toml lists the workspace member 'tools/*', but no directory matches.",
                Sarif.sentence(new Finding("Cargo.toml", 5, 0, Rule.SPEC_MANIFEST_INVALID, Severity.WARNING,
                        "lists the workspace member 'tools/*', but no directory matches.")));
        assertEquals("The file requirements/gpu-info.yaml is in <requirementsDirectory>.", Sarif.sentence(
                new Finding("requirements/gpu-info.yaml", 0, 0, Rule.DRIFT_LEFTOVER, Severity.WARNING,
                        "requirements/gpu-info.yaml is in <requirementsDirectory>.")));
        assertEquals("There is no heading #queu in this file; did you mean #queue?", Sarif.sentence(new Finding(
                "a.md", 5, 54, Rule.LINK_ANCHOR_MISSING, Severity.ERROR,
                "no heading #queu in this file; did you mean #queue?")));
        assertEquals("Its name 'dup' is the directory name of several modules.", Sarif.sentence(new Finding(
                ".specs/20-dup.md", 0, 0, Rule.SPEC_MODULE_AMBIGUOUS, Severity.WARNING,
                "its name 'dup' is the directory name of several modules.")));
        assertEquals("Test coverage of must requirements is 75.0%.", Sarif.sentence(new Finding("pom.xml", 0, 0,
                Rule.TRACE_COVERAGE, Severity.ERROR, "test coverage of must requirements is 75.0%.")));
        assertEquals("OC-CORE-1001 has no keyword.", Sarif.sentence(new Finding("a.md", 3, 1,
                Rule.SPEC_RFC2119_MISSING, Severity.ERROR, "OC-CORE-1001 has no keyword.")));
        assertEquals("SpecRfc2119Missing", Sarif.name(Rule.SPEC_RFC2119_MISSING));
    }

    private static Finding finding(int line, Severity severity) {
        return new Finding("a.md", line, 1, Rule.SPEC_LINE_LENGTH, severity, "Line " + line + " is long.", "l" + line);
    }

    /** Beyond the results a run may hold, the most severe stay, in their order: errors, then new before known. */
    @Test
    void keepsTheMostSevereInTheirOrder() {
        List<Finding> all = List.of(finding(1, Severity.WARNING), finding(2, Severity.ERROR),
                finding(3, Severity.WARNING), finding(4, Severity.WARNING), finding(5, Severity.ERROR),
                finding(6, Severity.WARNING));
        java.util.function.Predicate<Finding> known = f -> f.line() == 1 || f.line() == 5;
        assertEquals(List.of(all.get(0), all.get(1), all.get(4)), Sarif.mostSevere(all, 3, null));
        assertEquals(List.of(all.get(1), all.get(2), all.get(4)), Sarif.mostSevere(all, 3, known));
        assertEquals(List.of(all.get(1), all.get(4)), Sarif.mostSevere(all, 2, known));
        assertEquals(all, Sarif.mostSevere(all, 6, known));
        assertEquals(List.of(), Sarif.mostSevere(all, 0, known));
    }

    private static int results(String json) {
        return json.split("\"ruleId\" : ", -1).length - 1;
    }

    /** A run over GitHub's limits keeps what an upload may hold, the most severe first, and says so. */
    @Test
    void fitsTheLimitsOfAnUpload() {
        List<Rule> rules = List.of(Rule.SPEC_LINE_LENGTH);
        List<Finding> all = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            all.add(finding(i, i % 3 == 0 ? Severity.ERROR : Severity.WARNING));
        }
        Sarif.Output within = Sarif.fit("t/lint.sarif", new Sarif.Limits(7, 7, 1_000_000), "t", "1", rules, all,
                "spec/lint/", null);
        assertEquals(List.of(), within.warnings());
        assertEquals(Sarif.render("t", "1", rules, all, "spec/lint/", null), within.json());

        Sarif.Output shown = Sarif.fit("t/lint.sarif", new Sarif.Limits(5, 7, 1_000_000), "t", "1", rules, all,
                "spec/lint/", null);
        assertEquals(List.of("t/lint.sarif: 7 results; GitHub code scanning shows only the 5 most severe of a run."),
                shown.warnings());
        assertEquals(7, results(shown.json()));

        Sarif.Output cut = Sarif.fit("t/lint.sarif", new Sarif.Limits(2, 4, 1_000_000), "t", "1", rules, all,
                "spec/lint/", null);
        assertEquals(List.of("t/lint.sarif: 7 results, more than the 4 of one run that GitHub code scanning accepts;"
                + " the file keeps the 4 most severe, errors first. The build log counts them all.",
                "t/lint.sarif: 4 results; GitHub code scanning shows only the 2 most severe of a run."), cut.warnings());
        assertEquals(Sarif.render("t", "1", rules, List.of(all.get(0), all.get(1), all.get(2), all.get(5)),
                "spec/lint/", null), cut.json());

        // Each result is about 500 bytes, and compresses well: a limit of 150 bytes gzipped keeps none.
        long whole = Sarif.gzipSize(within.json(), 0);
        Sarif.Output small = Sarif.fit("t/lint.sarif", new Sarif.Limits(5, 7, whole - 1), "t", "1", rules, all,
                "spec/lint/", null);
        assertEquals(1, small.warnings().size());
        int kept = results(small.json());
        assertTrue(kept < 7 && kept >= 2, small.json());
        assertTrue(Sarif.gzipSize(small.json(), 0) <= whole - 1);
        assertEquals(String.format(java.util.Locale.ROOT, "t/lint.sarif: %,d bytes gzipped, more than the %,d bytes"
                + " of one file that GitHub code scanning accepts; the file keeps the %d most severe of 7 results,"
                + " errors first.", whole, whole - 1, kept), small.warnings().get(0));
        assertEquals(Sarif.render("t", "1", rules, Sarif.mostSevere(all, kept, null), "spec/lint/", null),
                small.json());
    }

    /** GitHub's own numbers. */
    @Test
    void githubLimits() {
        assertEquals(new Sarif.Limits(5_000, 25_000, 10_485_760L), Sarif.Limits.GITHUB);
        List<Finding> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 25_001; i++) {
            many.add(finding(i, i == 25_001 ? Severity.ERROR : Severity.WARNING));
        }
        Sarif.Output out = Sarif.fit("target/spec/lint.sarif", Sarif.Limits.GITHUB, "t", "1",
                List.of(Rule.SPEC_LINE_LENGTH), many, "spec/lint/", null);
        assertEquals(List.of("target/spec/lint.sarif: 25,001 results, more than the 25,000 of one run that GitHub"
                + " code scanning accepts; the file keeps the 25,000 most severe, errors first. The build log counts"
                + " them all.", "target/spec/lint.sarif: 25,000 results; GitHub code scanning shows only the 5,000"
                + " most severe of a run."), out.warnings());
        assertEquals(25_000, results(out.json()));
        assertTrue(out.json().contains("\"text\" : \"Line 25001 is long.\""));
        assertTrue(!out.json().contains("\"text\" : \"Line 25000 is long.\""));
    }

    /** The merged file holds each run as it was, in order, and names a file that is no SARIF log. */
    @Test
    void mergesRuns() {
        List<Rule> rules = List.of(Rule.SPEC_LINE_LENGTH);
        String lint = Sarif.render("t", "1", rules, List.of(finding(1, Severity.WARNING)), "spec/lint/", null);
        String verify = Sarif.render("t", "1", rules, List.of(), "spec/verify/", null);
        java.util.LinkedHashMap<String, String> logs = new java.util.LinkedHashMap<>();
        logs.put("t/lint.sarif", lint);
        logs.put("t/verify.sarif", verify);
        Sarif.Output merged = Sarif.merge("t/spec.sarif", Sarif.Limits.GITHUB, logs);
        assertEquals(List.of(), merged.warnings());
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode runs = assertDoesNotThrowParse(json, merged.json()).get("runs");
        assertEquals(2, runs.size());
        assertEquals(assertDoesNotThrowParse(json, lint).get("runs").get(0), runs.get(0));
        assertEquals(assertDoesNotThrowParse(json, verify).get("runs").get(0), runs.get(1));
        // Copied runs keep their layout: one log merged alone is that log, byte for byte.
        java.util.LinkedHashMap<String, String> one = new java.util.LinkedHashMap<>();
        one.put("t/lint.sarif", lint);
        assertEquals(lint, Sarif.merge("t/spec.sarif", Sarif.Limits.GITHUB, one).json());
        logs.put("t/links.sarif", "{ \"runs\" : [ ] }");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Sarif.merge("t/spec.sarif", Sarif.Limits.GITHUB, logs));
        assertEquals("t/links.sarif", e.getMessage());
        assertEquals("no runs", e.getCause().getMessage());
    }

    private static com.fasterxml.jackson.databind.JsonNode assertDoesNotThrowParse(
            com.fasterxml.jackson.databind.ObjectMapper json, String text) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> json.readTree(text));
    }
}
