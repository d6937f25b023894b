package io.github.spectrace.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One requirement with its citations, the results of its mapped tests and its status.
 *
 * @param module the module the requirement belongs to
 * @param requirement the requirement
 * @param code citations in code, sorted by path, line and column
 * @param tests citations in tests, sorted the same way
 * @param results the results of the test methods the test citations map to, sorted by class and method; methods
 *     without a result (not run, or no longer in the reports) are left out
 * @param status the status
 */
public record RequirementProof(String module, Requirement requirement, List<Reference> code, List<Reference> tests,
        List<TestCaseResult> results, ProofStatus status) {

    /** Validates and copies the components. */
    public RequirementProof {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(status, "status");
        code = List.copyOf(code);
        tests = List.copyOf(tests);
        results = List.copyOf(results);
    }
}
