package io.github.spectrace.maven;

import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.RequirementProof;
import java.util.List;
import java.util.Map;

/**
 * Everything the compliance report shows, collected by {@link ComplianceReportMojo} and presented by
 * {@link ComplianceReportRenderer}.
 *
 * @param modules the module names, sorted
 * @param proofs each requirement with its citations, test results and status, sorted by module and ID
 * @param findings lint, link, trace and test-report findings, sorted
 * @param lintFindings how many of the findings come from lint
 * @param linkFindings how many come from the link check
 * @param scmUrl the project's SCM web URL, or null; spec links point at {@code <url>/blob/HEAD/<path>#<anchor>}
 * @param testReports the number of test report files read
 * @param specExempt modules that need no spec, with the reason, from {@code <specExempt>}
 * @param rootPrefix the path from the report's directory to the top-level project, such as {@code ../../}, used
 *     for links to files without an SCM URL; null when the report is written outside the project
 */
record ReportData(List<String> modules, List<RequirementProof> proofs, List<Finding> findings, int lintFindings,
        int linkFindings, String scmUrl, int testReports, Map<String, String> specExempt, String rootPrefix) {

    /**
     * The URL if it is a web URL: only {@code http} and {@code https} become links, so that a {@code javascript:}
     * or {@code data:} URL in the POM never reaches the page.
     */
    static String webUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        return u.regionMatches(true, 0, "https://", 0, 8) || u.regionMatches(true, 0, "http://", 0, 7) ? u : null;
    }

    /**
     * The path from a directory back to the top-level project, or null when the directory is outside it.
     *
     * @param root the top-level project's directory
     * @param directory the report's directory
     * @return for example {@code ../../} for {@code target/site}, or {@code ""} for the root itself
     */
    static String rootPrefix(java.nio.file.Path root, java.nio.file.Path directory) {
        java.nio.file.Path r = root.toAbsolutePath().normalize();
        java.nio.file.Path d = directory.toAbsolutePath().normalize();
        if (!d.startsWith(r)) {
            return null;
        }
        return "../".repeat(r.relativize(d).toString().isEmpty() ? 0 : r.relativize(d).getNameCount());
    }

    ReportData {
        modules = List.copyOf(modules);
        proofs = List.copyOf(proofs);
        findings = List.copyOf(findings);
        specExempt = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(specExempt));
    }
}
