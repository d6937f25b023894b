package io.github.spectrace.core.internal.links;

import io.github.spectrace.core.internal.rules.Diagnostic;
import java.util.List;

/**
 * The outcome of a link check.
 *
 * @param findings broken links
 * @param files the number of Markdown files checked
 * @param links the number of links checked, external ones excluded
 * @param external the number of external links skipped
 */
public record LinkReport(List<Diagnostic> findings, int files, int links, int external) {

    /** Copies the list. */
    public LinkReport {
        findings = List.copyOf(findings);
    }
}
