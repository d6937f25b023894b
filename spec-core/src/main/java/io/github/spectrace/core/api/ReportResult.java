package io.github.spectrace.core.api;


import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.RequirementProof;
import java.util.List;

/**
 * What the compliance report shows, from {@link SpecPipeline#report()}.
 *
 * @param modules the module names, sorted
 * @param proofs each requirement with its citations, test results and status, by module and ID
 * @param findings lint, link, trace and test-report findings, sorted
 * @param lintFindings how many of the findings come from lint
 * @param linkFindings how many come from the link check
 * @param testReports the number of test report files read
 * @param citations the number of citations of defined requirements in code and tests
 */
public record ReportResult(List<String> modules, List<RequirementProof> proofs, List<Finding> findings,
        int lintFindings, int linkFindings, int testReports, int citations) implements Findings {

    /** Copies the lists. */
    public ReportResult {
        modules = List.copyOf(modules);
        proofs = List.copyOf(proofs);
        findings = List.copyOf(findings);
    }
}
