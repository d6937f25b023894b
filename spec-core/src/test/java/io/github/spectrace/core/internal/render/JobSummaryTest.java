package io.github.spectrace.core.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.LevelCoverage;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobSummaryTest {

    private static final List<LevelCoverage> COVERAGE = List.of(new LevelCoverage(Level.MUST, 4, 3, 2),
            new LevelCoverage(Level.SHOULD, 0, 0, 0), new LevelCoverage(Level.MAY, 1, 0, 1),
            new LevelCoverage(Level.INFO, 0, 0, 0));

    @Test
    void verdictCoverageRulesAndErrors() {
        List<Finding> findings = List.of(
                new Finding("COMPLIANCE.md", 14, 0, Rule.DRIFT_CHANGED, Severity.ERROR,
                        "differs from what the specs produce:\n--- COMPLIANCE.md (committed)"),
                new Finding(".specs/a.md", 3, 4, Rule.TRACE_UNTESTED, Severity.ERROR, "A-1001 (must) | is *untested*."),
                new Finding(".specs/a.md", 9, 101, Rule.SPEC_LINE_LENGTH, Severity.WARNING, "line is long."));
        assertEquals("""
                ## Spec gate: failed, 2 errors, 1 warning

                | Level | Requirements | Tested | Implemented |
                |---|---:|---:|---:|
                | must | 4 | 2 (50.0%) | 3 (75.0%) |
                | may | 1 | 1 (100.0%) | 0 (0.0%) |

                | Rule | Errors | Warnings |
                |---|---:|---:|
                | DRIFT-CHANGED | 1 | 0 |
                | SPEC-LINE-LENGTH | 0 | 1 |
                | TRACE-UNTESTED | 1 | 0 |

                ### Errors

                - `COMPLIANCE.md:14` DRIFT-CHANGED: differs from what the specs produce: (the diff is in the build log)
                - `.specs/a.md:3:4` TRACE-UNTESTED: A-1001 (must) \\| is \\*untested\\*.
                """, JobSummary.render(findings, COVERAGE, null, null));
    }

    @Test
    void aPassingGateAndALongListOfErrors() {
        assertEquals("""
                ## Spec gate: passed, 0 errors, 0 warnings

                | Level | Requirements | Tested | Implemented |
                |---|---:|---:|---:|
                | none | 0 | - | - |
                """, JobSummary.render(List.of(), List.of(new LevelCoverage(Level.MUST, 0, 0, 0)), null, null));
        List<Finding> many = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            many.add(new Finding("a.md", i, 1, Rule.TRACE_DANGLING, Severity.ERROR, "X-" + (1000 + i) + " dangles."));
        }
        String md = JobSummary.render(many, COVERAGE, null, null);
        assertTrue(md.contains("### First 20 errors\n"), md);
        assertEquals(20, md.lines().filter(l -> l.startsWith("- `a.md:")).count());
        assertTrue(md.contains("| TRACE-DANGLING | 25 | 0 |"), md);
    }

    /** With the repository's web URL each error links to its line; the requirements diff of spec:diff follows. */
    @Test
    void linksAndTheSpecDiff() {
        List<Finding> findings = List.of(
                new Finding("requirements/a b.yaml", 0, 0, Rule.DRIFT_MISSING, Severity.ERROR, "is missing."),
                new Finding(".specs/a.md", 3, 4, Rule.TRACE_UNTESTED, Severity.ERROR, "A-1001 (must) is untested."));
        assertEquals("""
                ## Spec gate: failed, 2 errors, 0 warnings

                | Level | Requirements | Tested | Implemented |
                |---|---:|---:|---:|
                | none | 0 | - | - |

                | Rule | Errors | Warnings |
                |---|---:|---:|
                | DRIFT-MISSING | 1 | 0 |
                | TRACE-UNTESTED | 1 | 0 |

                ### Errors

                - [`requirements/a b.yaml`](https://github.com/o/r/blob/HEAD/requirements/a%20b.yaml) DRIFT-MISSING: \
                is missing.
                - [`.specs/a.md:3:4`](https://github.com/o/r/blob/HEAD/.specs/a.md#L3) TRACE-UNTESTED: A-1001 (must) is \
                untested.

                ## Requirements diff: 1 added
                """, JobSummary.render(findings, List.of(), "https://github.com/o/r",
                "## Requirements diff: 1 added\r\n\n"));
    }
}
