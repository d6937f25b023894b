package io.github.spectrace.core.api;


import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.LevelCoverage;
import java.util.List;

/**
 * What {@link SpecPipeline#verify} found.
 *
 * @param findings every finding of the checks that ran, sorted
 * @param drift true when a generated file differs from what the specs produce, is missing or is stale
 * @param specFiles the number of spec files read
 * @param generatedFiles the number of generated files compared
 * @param coverage code and test coverage per level, in level order
 * @param filesScanned the number of files scanned for citations
 * @param filesSkipped the number of files skipped as binary, too large or linking outside
 * @param requirements the number of requirements
 * @param citations the number of citations of defined requirements in code and tests
 * @param danglingCitations the number of citations in code and tests of IDs that no spec defines
 * @param sarif the repository-relative path of the SARIF report written
 * @param baseline how the committed baseline was used; {@code findings} holds only the findings it does not know
 * @param testReports the number of test reports read, or 0 when the checks of test reports did not run
 * @param sarifWarnings one sentence for each limit of GitHub code scanning that a SARIF report reached, or for a
 *     report that the merged file lacks
 * @param mergedSarif the repository-relative path of the merged SARIF report, or null when none was written
 */
public record VerifyResult(List<Finding> findings, boolean drift, int specFiles, int generatedFiles,
        List<LevelCoverage> coverage, int filesScanned, int filesSkipped, int requirements, int citations,
        int danglingCitations, String sarif, BaselineStatus baseline, int testReports, List<String> sarifWarnings,
        String mergedSarif)
        implements Findings {

    /** Copies the lists. */
    public VerifyResult {
        findings = List.copyOf(findings);
        coverage = List.copyOf(coverage);
        sarifWarnings = List.copyOf(sarifWarnings);
    }
}
