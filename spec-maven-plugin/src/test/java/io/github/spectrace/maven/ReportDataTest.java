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
}
