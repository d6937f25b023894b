package io.github.spectrace.core.internal.results;

import io.github.spectrace.core.internal.extract.Extraction;
import io.github.spectrace.core.internal.rules.Diagnostic;
import io.github.spectrace.core.internal.trace.Trace;
import io.github.spectrace.core.model.CoverageStatus;
import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.ProofStatus;
import io.github.spectrace.core.model.Reference;
import io.github.spectrace.core.model.Requirement;
import io.github.spectrace.core.model.RequirementProof;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.TestCaseResult;
import io.github.spectrace.core.model.TestMethod;
import io.github.spectrace.core.model.TestOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins requirements, their citations and test results. See {@link ProofStatus} for the status rules and
 * {@link TestMapping} for how a test citation finds its test methods.
 */
public final class ProofAnalyzer {

    /** Tests named in a {@code TRACE-FAILING} message; the rest are counted. */
    private static final int MAX_NAMED = 5;

    private ProofAnalyzer() {
    }

    /**
     * Analyses every requirement.
     *
     * @param root the top-level project directory, which reference paths are relative to
     * @param extraction the requirements
     * @param trace the citations in code and tests
     * @param results the test results; {@link TestResults#empty()} when no tests ran
     * @return one entry per requirement, by module name and then by ID in natural order
     * @throws SpecException if a cited test source cannot be read; test sources are read only when there are
     *     results
     */
    public static List<RequirementProof> analyze(Path root, Extraction extraction, Trace trace,
            TestResults results) {
        Map<String, List<Reference>> code = new HashMap<>();
        Map<String, List<Reference>> tests = new HashMap<>();
        for (Reference r : trace.references()) {
            (r.test() ? tests : code).computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
        }
        // Without results, no test method can change a status: skip reading and outlining every cited test source,
        // the most expensive step on a large tree.
        Map<String, List<TestMethod>> methods = results.tests().isEmpty() ? Map.of()
                : new TestMapping(root).byRequirement(trace.references());
        List<RequirementProof> out = new ArrayList<>();
        for (ModuleRequirements m : extraction.modules()) {
            for (Requirement r : m.requirements()) {
                List<Reference> c = code.getOrDefault(r.id(), List.of());
                List<Reference> t = tests.getOrDefault(r.id(), List.of());
                List<TestCaseResult> rs = new ArrayList<>();
                boolean passed = false;
                boolean failed = false;
                for (TestMethod tm : methods.getOrDefault(r.id(), List.of())) {
                    TestOutcome o = results.outcome(tm);
                    if (o != null) {
                        rs.add(new TestCaseResult(tm, o));
                        passed |= o == TestOutcome.PASSED;
                        failed |= o.isFailure();
                    }
                }
                ProofStatus status = ProofStatus.of(CoverageStatus.of(c.size(), t.size()), passed, failed);
                out.add(new RequirementProof(m.module(), r, c, t, rs, status));
            }
        }
        return out;
    }

    /**
     * The {@code TRACE-UNPROVEN} findings: MUST requirements that no passing test proves.
     *
     * @param proofs the analysed requirements
     * @param exceptFailing leave out the requirements that {@link #failing} reports, so that one cause gives one
     *     finding; false when {@code TRACE-FAILING} is off
     * @return the diagnostics
     */
    public static List<Diagnostic> unproven(List<RequirementProof> proofs, boolean exceptFailing) {
        List<Diagnostic> out = new ArrayList<>();
        for (RequirementProof p : proofs) {
            Requirement r = p.requirement();
            if (r.level() == Level.MUST && p.status() != ProofStatus.PROVEN && !(exceptFailing && onlyFailing(p))) {
                out.add(new Diagnostic(Rule.TRACE_UNPROVEN, r.source(), r.line(), r.column(), r.id()
                        + " (must) is " + p.status().id() + ": no test that cites it passed in the test reports."
                        + " Run the tests before verify, and make a citing test pass.", r.id()));
            }
        }
        return out;
    }

    /**
     * The {@code TRACE-FAILING} findings: MUST requirements whose citing tests that ran, skipped ones aside, all
     * failed or errored. Each names the failing tests, at most {@value #MAX_NAMED}, and relates the test
     * citations.
     *
     * @param proofs the analysed requirements
     * @return the diagnostics
     */
    // SPEC-CORE-1046
    public static List<Diagnostic> failing(List<RequirementProof> proofs) {
        List<Diagnostic> out = new ArrayList<>();
        for (RequirementProof p : proofs) {
            Requirement r = p.requirement();
            if (r.level() != Level.MUST || !onlyFailing(p)) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (TestCaseResult t : p.results()) {
                if (t.outcome().isFailure()) {
                    names.add(t.test().className() + "." + t.test().method() + " ("
                            + (t.outcome() == TestOutcome.FAILED ? "failure" : "error") + ")");
                }
            }
            String shown = String.join(", ", names.subList(0, Math.min(MAX_NAMED, names.size())));
            if (names.size() > MAX_NAMED) {
                shown += " and " + (names.size() - MAX_NAMED) + " more";
            }
            out.add(new Diagnostic(Rule.TRACE_FAILING, r.source(), r.line(), r.column(), r.id()
                    + " (must) is cited only by failing tests in the test reports: " + shown + ". Fix the tests or"
                    + " the code; a build with -Dmaven.test.failure.ignore=true continues past failing tests, so"
                    + " the gate is where it fails.", r.id(), p.tests()));
        }
        return out;
    }

    /** Whether tests citing the requirement ran, none passed and so at least one failed or errored. */
    private static boolean onlyFailing(RequirementProof p) {
        boolean failed = false;
        for (TestCaseResult t : p.results()) {
            if (t.outcome() == TestOutcome.PASSED) {
                return false;
            }
            failed |= t.outcome().isFailure();
        }
        return failed;
    }
}
