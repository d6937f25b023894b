package io.github.spectrace.core.internal.results;

import io.github.spectrace.core.internal.rules.Diagnostic;
import io.github.spectrace.core.model.TestMethod;
import io.github.spectrace.core.model.TestOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The manual check that a large report streams through {@link TestResults} in a small heap: it generates a report
 * in memory (never on disk), two test cases each with half the size in {@code <system-out>}, one as a CDATA section
 * as Surefire writes it and one as escaped text, and reads it. Too slow and heavy for every build, so not a test;
 * {@code TestResultsTest} streams a small one. From the worktree root, after {@code mvn -o -pl spec-core
 * test-compile}:
 *
 * <pre>
 * /usr/bin/time -f "%MkB peak RSS, %es" java -Xmx256m \
 *     -cp spec-core/target/classes:spec-core/target/test-classes \
 *     io.github.spectrace.core.internal.results.LargeReportCheck 200
 * </pre>
 *
 * <p>It prints the outcomes, the time and the heap in use afterwards, and exits with 1 when the outcomes are wrong
 * or the heap runs out. Measured results are in {@code src/site/markdown/performance.md}.
 */
public final class LargeReportCheck {

    private LargeReportCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args the report size in MiB, 200 by default
     * @throws IOException never: the report is generated
     */
    public static void main(String[] args) throws IOException {
        long mib = args.length > 0 ? Long.parseLong(args[0]) : 200;
        long t = System.nanoTime();
        Map<TestMethod, TestOutcome> outcomes = new TreeMap<>();
        Diagnostic warning = TestResults.stream("big.xml", report((mib << 20) / 2, 2), outcomes);
        double seconds = (System.nanoTime() - t) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%d MiB report: %s, warning %s, %.2f s, %d MiB heap in use, -Xmx%d MiB%n", mib, outcomes, warning, seconds, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        if (warning != null || !outcomes.toString().equals("{big.BigTest#out0=FAILED, big.BigTest#out1=PASSED}")) {
            System.exit(1);
        }
    }

    /**
     * A generated report of suite {@code big.BigTest} with test cases {@code out0}, {@code out1}, …: each prints
     * {@code bytes} of output, as a CDATA section for even indexes and as escaped text for odd ones, and
     * {@code out0} fails with a stack trace.
     *
     * @param bytes the size of each test case's output
     * @param cases the number of test cases
     * @return the report's bytes, generated as they are read
     */
    static InputStream report(long bytes, int cases) {
        List<Object> parts = new ArrayList<>();
        parts.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"big.BigTest\" tests=\"" + cases
                + "\">\n");
        for (int i = 0; i < cases; i++) {
            boolean cdata = i % 2 == 0;
            parts.add("  <testcase name=\"out" + i + "\" classname=\"big.BigTest\" time=\"1\">\n"
                    + (i == 0 ? "    <failure message=\"expected: &lt;1&gt;\">at big.BigTest.out0</failure>\n" : "")
                    + "    <system-out>" + (cdata ? "<![CDATA[" : ""));
            parts.add(new Repeat(cdata ? "12:00:00.000 [main] INFO <b>out</b> & more, é\n"
                    : "12:00:00.000 [main] INFO &lt;b&gt;out&lt;/b&gt; &amp; more, é\n", bytes));
            parts.add((cdata ? "]]>" : "") + "</system-out>\n  </testcase>\n");
        }
        parts.add("</testsuite>\n");
        return new Generated(parts);
    }

    /** A line repeated, in whole copies, up to a number of bytes. */
    private record Repeat(String line, long bytes) {
    }

    private static final class Generated extends InputStream {
        private final List<Object> parts;
        private int part;
        private byte[] bytes = new byte[0];
        private long length;
        private long pos;

        Generated(List<Object> parts) {
            this.parts = parts;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            while (pos == length) {
                if (part == parts.size()) {
                    return -1;
                }
                Object p = parts.get(part++);
                if (p instanceof Repeat r) {
                    bytes = r.line().getBytes(StandardCharsets.UTF_8);
                    length = r.bytes() - r.bytes() % bytes.length;
                } else {
                    bytes = ((String) p).getBytes(StandardCharsets.UTF_8);
                    length = bytes.length;
                }
                pos = 0;
            }
            int n = (int) Math.min(len, length - pos);
            for (int i = 0; i < n; i++) {
                b[off + i] = bytes[(int) ((pos + i) % bytes.length)];
            }
            pos += n;
            return n;
        }
    }
}
