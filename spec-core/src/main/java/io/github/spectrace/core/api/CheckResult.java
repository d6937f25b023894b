package io.github.spectrace.core.api;


import io.github.spectrace.core.model.Finding;
import java.util.List;

/**
 * What {@link SpecPipeline#lint()} or {@link SpecPipeline#checkLinks()} found.
 *
 * @param findings the findings, sorted
 * @param files the number of files checked
 * @param links the number of links checked, external ones excluded; 0 for lint
 * @param externalLinks the number of external links counted but not fetched; 0 for lint
 * @param sarif the repository-relative path of the SARIF report written
 * @param baseline how the committed baseline was used; {@code findings} holds only the findings it does not know
 * @param sarifWarnings one sentence for each limit of GitHub code scanning that the SARIF report reached
 */
public record CheckResult(List<Finding> findings, int files, int links, int externalLinks, String sarif,
        BaselineStatus baseline, List<String> sarifWarnings)
        implements Findings {

    /** Copies the lists. */
    public CheckResult {
        findings = List.copyOf(findings);
        sarifWarnings = List.copyOf(sarifWarnings);
    }
}
