package io.github.spectrace.core.links;

import io.github.spectrace.core.model.Finding;
import java.util.List;

/**
 * The outcome of a link check.
 *
 * @param findings broken links, sorted
 * @param files the number of Markdown files checked
 * @param links the number of links checked, external ones excluded
 * @param external the number of external links skipped
 */
public record LinkReport(List<Finding> findings, int files, int links, int external) {

    /** Copies the list. */
    public LinkReport {
        findings = List.copyOf(findings);
    }
}
