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
                              "shortDescription" : {
                                "text" : "A committed generated file differs from what the specs produce."
                              },
                              "defaultConfiguration" : {
                                "level" : "error"
                              }
                            },
                            {
                              "id" : "SPEC-ID-PREFIX",
                              "shortDescription" : {
                                "text" : "A module with a configured ID prefix defines an ID without it."
                              },
                              "defaultConfiguration" : {
                                "level" : "none"
                              }
                            }
                          ]
                        }
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
                            "text" : "bad <x> \\"q\\""
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
                          ]
                        },
                        {
                          "ruleId" : "SPEC-ID-PREFIX",
                          "ruleIndex" : 1,
                          "level" : "warning",
                          "message" : {
                            "text" : "whole file"
                          },
                          "locations" : [
                            {
                              "physicalLocation" : {
                                "artifactLocation" : {
                                  "uri" : "pom.xml",
                                  "uriBaseId" : "%SRCROOT%"
                                }
                              }
                            }
                          ]
                        }
                      ]
                    }
                  ]
                }
                """, Sarif.render("spec-maven-plugin", "1.2.3", rules, findings));
    }
}
