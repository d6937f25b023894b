package io.github.spectrace.core.report;

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
        List<Rule> rules = List.of(new Rule("B-RULE", null, "Off by default."),
                new Rule("A-RULE", Severity.ERROR, "Says \"hi\"."));
        List<Finding> findings = List.of(new Finding(".specs/a b.md", 3, 7, "A-RULE", Severity.ERROR, "bad <x>"),
                new Finding("pom.xml", 0, 0, "B-RULE", Severity.WARNING, "whole file"));
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
                              "id" : "A-RULE",
                              "shortDescription" : {
                                "text" : "Says \\"hi\\"."
                              },
                              "defaultConfiguration" : {
                                "level" : "error"
                              }
                            },
                            {
                              "id" : "B-RULE",
                              "shortDescription" : {
                                "text" : "Off by default."
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
                          "ruleId" : "A-RULE",
                          "ruleIndex" : 0,
                          "level" : "error",
                          "message" : {
                            "text" : "bad <x>"
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
                          "ruleId" : "B-RULE",
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
