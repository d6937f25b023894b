package io.github.spectrace.core.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
                                "text" : "A committed generated file differs from what the specs produce."
                              },
                              "helpUri" : "https://github.com/spectrace/spec-maven-plugin/blob/main/src/site/markdown/rules.md#drift-changed",
                              "help" : {
                                "text" : "A committed generated file differs from what the specs produce. See https://github.com/spectrace/spec-maven-plugin/blob/main/src/site/markdown/rules.md#drift-changed for examples and the fix.",
                                "markdown" : "A committed generated file differs from what the specs produce. See [DRIFT-CHANGED](https://github.com/spectrace/spec-maven-plugin/blob/main/src/site/markdown/rules.md#drift-changed) for examples and the fix."
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
                                "text" : "A module with a configured ID prefix defines an ID without it."
                              },
                              "helpUri" : "https://github.com/spectrace/spec-maven-plugin/blob/main/src/site/markdown/rules.md#spec-id-prefix",
                              "help" : {
                                "text" : "A module with a configured ID prefix defines an ID without it. See https://github.com/spectrace/spec-maven-plugin/blob/main/src/site/markdown/rules.md#spec-id-prefix for examples and the fix.",
                                "markdown" : "A module with a configured ID prefix defines an ID without it. See [SPEC-ID-PREFIX](https://github.com/spectrace/spec-maven-plugin/blob/main/src/site/markdown/rules.md#spec-id-prefix) for examples and the fix."
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
                """, Sarif.render("spec-maven-plugin", "1.2.3", rules, findings, "spec/lint/", null));
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

    /** Code scanning shows a message without its path, so each one reads as a full sentence. */
    @Test
    void messagesAreFullSentences() {
        assertEquals("COMPLIANCE.md is missing; the specs produce it.", Sarif.sentence(new Finding("COMPLIANCE.md", 0,
                0, Rule.DRIFT_MISSING, Severity.ERROR, "is missing; the specs produce it.")));
        assertEquals("Line is 104 characters long.", Sarif.sentence(new Finding("a.md", 3, 101, Rule.SPEC_LINE_LENGTH,
                Severity.WARNING, "line is 104 characters long.")));
        assertEquals("OC-CORE-1001 has no keyword.", Sarif.sentence(new Finding("a.md", 3, 1,
                Rule.SPEC_RFC2119_MISSING, Severity.ERROR, "OC-CORE-1001 has no keyword.")));
        assertEquals("SpecRfc2119Missing", Sarif.name(Rule.SPEC_RFC2119_MISSING));
    }
}
