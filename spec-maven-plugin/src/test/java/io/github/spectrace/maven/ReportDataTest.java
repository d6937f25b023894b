package io.github.spectrace.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReportDataTest {

    /** Only web URLs from the POM become links in the report. */
    @Test
    void onlyHttpAndHttpsScmUrlsAreLinks() {
        assertEquals("https://github.com/o/r", ReportData.webUrl(" https://github.com/o/r "));
        assertEquals("HTTP://example.org/r", ReportData.webUrl("HTTP://example.org/r"));
        assertNull(ReportData.webUrl("javascript:alert(1)"));
        assertNull(ReportData.webUrl("data:text/html,x"));
        assertNull(ReportData.webUrl("scm:git:https://github.com/o/r"));
        assertNull(ReportData.webUrl(null));
    }

    /** Without an SCM URL, links to files climb from the report's directory to the top-level project. */
    @Test
    void rootPrefixClimbsFromTheReportDirectory() {
        java.nio.file.Path root = java.nio.file.Path.of("/work/p");
        assertEquals("../../", ReportData.rootPrefix(root, root.resolve("target/site")));
        assertEquals("../../", ReportData.rootPrefix(root, root.resolve("target/./reports")));
        assertEquals("", ReportData.rootPrefix(root, root));
        assertNull(ReportData.rootPrefix(root, java.nio.file.Path.of("/work/other/site")));
        assertNull(ReportData.rootPrefix(root, root.resolve("../p2/site")));
    }
}
