package io.github.spectrace.core.internal.results;

import io.github.spectrace.core.internal.files.ExistenceCache;
import io.github.spectrace.core.internal.files.RepoPath;
import io.github.spectrace.core.internal.rules.Diagnostic;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.SpecException;
import io.github.spectrace.core.model.TestCaseResult;
import io.github.spectrace.core.model.TestMethod;
import io.github.spectrace.core.model.TestOutcome;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The test results of a build, read from Surefire and Failsafe {@code TEST-*.xml} reports (JUnit XML).
 *
 * <p>Each test method has one result. Parameterised invocations ({@code name="m(String)[1]"}), reruns and copies
 * of the same test in several reports (Surefire and Failsafe, or two report directories) are combined with
 * {@link TestOutcome#combine}: failed beats errored beats passed beats skipped. A test case whose {@code name} is
 * not a Java method name, such as a phrased display name, keeps its whole name and so never matches a test source.
 *
 * @param tests one result per test method, sorted by class and method
 * @param warnings one {@code RESULTS-MALFORMED} warning per report that could not be parsed, sorted
 * @param reports the number of report files read, including the malformed ones
 */
// SPEC-CORE-1040, SPEC-CORE-1041, SPEC-CORE-1045
public record TestResults(List<TestCaseResult> tests, List<Diagnostic> warnings, int reports) {

    /** The report file name pattern of Surefire and Failsafe. */
    public static final String REPORT_GLOB = "TEST-*.xml";

    /** The JDK parser's property for the largest piece of a CDATA section it returns at once. */
    private static final String CDATA_CHUNK_SIZE = "jdk.xml.cdataChunkSize";

    private static final int CHUNK = 8192;

    /** Surefire nests three deep; a limit keeps the stack of open elements small whatever the file holds. */
    private static final int MAX_DEPTH = 1000;

    /** Copies the lists and sorts the tests, which {@link #outcome} searches by halving. */
    public TestResults {
        List<TestCaseResult> sorted = new ArrayList<>(tests);
        sorted.sort(null);
        tests = List.copyOf(sorted);
        warnings = List.copyOf(warnings);
    }

    /**
     * No results, for builds that ran no tests.
     *
     * @return empty results
     */
    public static TestResults empty() {
        return new TestResults(List.of(), List.of(), 0);
    }

    /**
     * Reads every {@code TEST-*.xml} file directly inside the given directories, in sorted path order, streaming
     * each so that memory does not grow with a report's size. Missing directories are skipped. A file that is not
     * well-formed XML, that declares a DTD or whose root element is not {@code <testsuite>} or
     * {@code <testsuites>} becomes a warning and is otherwise ignored; the parser never loads DTDs, external
     * entities or XIncludes.
     *
     * @param root the top-level project directory; warning paths are relative to it
     * @param reportDirs report directories, such as {@code target/surefire-reports} of each module
     * @return the results
     * @throws SpecException if a directory cannot be listed or a report cannot be read
     */
    public static TestResults read(Path root, List<Path> reportDirs) {
        Path base = root.toAbsolutePath().normalize();
        TreeMap<String, Path> files = new TreeMap<>();
        // Reports are user files too: only regular files whose real path lies inside the project are opened.
        ExistenceCache wall = new ExistenceCache(base);
        TreeMap<String, Diagnostic> notRead = new TreeMap<>();
        for (Path dir : reportDirs) {
            Path d = base.resolve(dir).normalize();
            if (!Files.isDirectory(d) || !wall.listable(d)) {
                continue;
            }
            try (DirectoryStream<Path> s = Files.newDirectoryStream(d, REPORT_GLOB)) {
                for (Path f : s) {
                    if (wall.readable(f)) {
                        files.put(rel(base, f), f);
                    } else if (!Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                        String path = rel(base, f);
                        notRead.put(path, new Diagnostic(Rule.RESULTS_MALFORMED, path, 0, 0, "the test report is not"
                                + " a regular file inside the project: a symbolic link that leads outside it or is"
                                + " broken, a FIFO, a socket or a device. It is not read. Delete it or rerun the"
                                + " tests."));
                    }
                }
            } catch (IOException e) {
                throw new SpecException(rel(base, d) + ": cannot list the test reports (" + describe(e)
                        + "). Check that the directory is readable, or remove it from the report directories.", e);
            }
        }
        XMLInputFactory factory = newFactory();
        Map<TestMethod, TestOutcome> outcomes = new TreeMap<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            Diagnostic warning = readReport(factory, e.getKey(), e.getValue(), outcomes);
            if (warning != null) {
                warnings.add(warning);
            }
        }
        List<TestCaseResult> tests = new ArrayList<>();
        outcomes.forEach((t, o) -> tests.add(new TestCaseResult(t, o)));
        // The report files were read in path order; the skipped ones join them in that order.
        for (Diagnostic d : notRead.values()) {
            int at = 0;
            while (at < warnings.size() && warnings.get(at).path().compareTo(d.path()) < 0) {
                at++;
            }
            warnings.add(at, d);
        }
        return new TestResults(tests, warnings, files.size());
    }

    /**
     * The result of one test method.
     *
     * @param test the test method
     * @return its combined result, or null when no report mentions it
     */
    public TestOutcome outcome(TestMethod test) {
        int lo = 0;
        int hi = tests.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = tests.get(mid).test().compareTo(test);
            if (c == 0) {
                return tests.get(mid).outcome();
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    /**
     * The method name in a test case's {@code name} attribute: JUnit 5 writes {@code m}, {@code m()} or
     * {@code m(String)[1]} depending on the version and on parameters.
     *
     * @param name the attribute value
     * @return the leading Java identifier when the rest is a parameter list or an index, else the whole name
     */
    static String methodName(String name) {
        int end = 0;
        while (end < name.length() && (end == 0 ? Character.isJavaIdentifierStart(name.charAt(end))
                : Character.isJavaIdentifierPart(name.charAt(end)))) {
            end++;
        }
        if (end == 0 || end < name.length() && "([{".indexOf(name.charAt(end)) < 0) {
            return name;
        }
        return name.substring(0, end);
    }

    /**
     * Streams one report file into the outcomes, which change only when the whole report parses.
     */
    private static Diagnostic readReport(XMLInputFactory factory, String path, Path file,
            Map<TestMethod, TestOutcome> outcomes) {
        try (InputStream in = Files.newInputStream(file)) {
            return stream(factory, path, in, outcomes);
        } catch (IOException ex) {
            throw cannotRead(path, ex);
        }
    }

    /**
     * Streams one report into the outcomes, which change only when the whole report parses; for tests, which feed
     * generated reports of any size without writing them.
     *
     * @param path the report's path in warnings
     * @param stream the report's bytes
     * @param outcomes where the report's outcomes are merged when it parses
     * @return the warning when it does not
     * @throws IOException if the stream cannot be read
     */
    static Diagnostic stream(String path, InputStream stream, Map<TestMethod, TestOutcome> outcomes)
            throws IOException {
        return stream(newFactory(), path, stream, outcomes);
    }

    private static Diagnostic stream(XMLInputFactory factory, String path, InputStream stream,
            Map<TestMethod, TestOutcome> outcomes) throws IOException {
        InputStream in = new BufferedInputStream(stream, CHUNK);
        in.mark(1);
        if (in.read() < 0) {
            return malformed(path, 1, 1, "the file is empty");
        }
        in.reset();
        Report report = new Report();
        try {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    String problem = switch (event) {
                        case XMLStreamConstants.DTD -> "it declares a DTD, which is refused so that no entity is"
                                + " expanded or fetched; test reports need none";
                        case XMLStreamConstants.START_ELEMENT -> report.start(r);
                        case XMLStreamConstants.END_ELEMENT -> report.end();
                        default -> null;
                    };
                    if (problem != null) {
                        return malformed(path, r.getLocation(), problem);
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException ex) {
            if (ex.getNestedException() instanceof IOException io) {
                throw io;
            }
            // The parser's own message is in the default locale (the JDK's StAX parser has no locale property), so
            // the warning says in English where it stopped instead.
            return malformed(path, ex.getLocation(), "it is cut short or not well-formed " + report.where());
        }
        report.found.forEach((t, o) -> outcomes.merge(t, o, TestOutcome::combine));
        return null;
    }

    /**
     * What one report holds so far. Only the attributes of suites and test cases and the names of a test case's
     * child elements are kept: the text of {@code <system-out>} and of stack traces, often most of a report,
     * passes through the parser in chunks and is dropped, so that memory does not grow with the report's size.
     */
    private static final class Report {
        final Map<TestMethod, TestOutcome> found = new HashMap<>();
        /** The names of the open elements, innermost last. */
        final List<String> open = new ArrayList<>();
        /** For each open element, the innermost suite name, which stands in for a missing class name. */
        final List<String> suites = new ArrayList<>();
        /** The depth of the open test case, or 0 outside test cases. */
        int testcaseDepth;
        /** The open test case, or null when it has no class or method name. */
        TestMethod testcase;
        TestOutcome outcome;
        boolean skipped;

        /** Opens an element; returns why the report is refused, or null. */
        String start(XMLStreamReader r) {
            String name = r.getLocalName();
            if (open.isEmpty() && !name.equals("testsuite") && !name.equals("testsuites")) {
                return "its root element is <" + name + ">, not <testsuite> or <testsuites>";
            }
            if (open.size() == MAX_DEPTH) {
                return "its elements nest more than " + MAX_DEPTH + " deep, which no test report does";
            }
            String suite = suites.isEmpty() ? "" : suites.get(suites.size() - 1);
            open.add(name);
            if (testcaseDepth > 0) {
                // Only a test case's own children count. Flaky runs (<flakyFailure>, <flakyError>) passed in the
                // end, as Surefire itself counts them.
                if (open.size() == testcaseDepth + 1) {
                    switch (name) {
                        case "failure" -> outcome = TestOutcome.combine(outcome, TestOutcome.FAILED);
                        case "error" -> outcome = TestOutcome.combine(outcome, TestOutcome.ERRORED);
                        case "skipped" -> skipped = true;
                        default -> {
                        }
                    }
                }
            } else if (name.equals("testcase")) {
                testcaseDepth = open.size();
                String className = attribute(r, "classname");
                String method = methodName(attribute(r, "name"));
                className = className.isEmpty() ? suite : className;
                testcase = className.isEmpty() || method.isEmpty() ? null : new TestMethod(className, method);
                outcome = TestOutcome.PASSED;
                skipped = false;
            } else if (name.equals("testsuite") && !attribute(r, "name").isEmpty()) {
                suite = attribute(r, "name");
            }
            suites.add(suite);
            return null;
        }

        /** Closes the innermost element. */
        String end() {
            if (open.size() == testcaseDepth) {
                if (testcase != null) {
                    found.merge(testcase, skipped && outcome == TestOutcome.PASSED ? TestOutcome.SKIPPED : outcome,
                            TestOutcome::combine);
                }
                testcaseDepth = 0;
            }
            open.remove(open.size() - 1);
            suites.remove(suites.size() - 1);
            return null;
        }

        String where() {
            return open.isEmpty() ? "before its root element" : "inside <" + open.get(open.size() - 1) + ">";
        }
    }

    private static String attribute(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : v.strip();
    }

    private static SpecException cannotRead(String path, IOException e) {
        return new SpecException(path + ": cannot read the test report (" + describe(e)
                + "). Check that it is readable, or delete it.", e);
    }

    private static Diagnostic malformed(String path, Location at, String detail) {
        return at == null ? malformed(path, 0, 0, detail)
                : malformed(path, Math.max(at.getLineNumber(), 0), Math.max(at.getColumnNumber(), 0), detail);
    }

    private static Diagnostic malformed(String path, int line, int column, String detail) {
        return new Diagnostic(Rule.RESULTS_MALFORMED, path, line, column, "cannot parse the test report (" + detail + "); it is ignored. Delete it or rerun the tests.");
    }

    private static XMLInputFactory newFactory() {
        // The JDK's own parser, whatever is on the class path, so that the properties below are known.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        try {
            // No DTD is read, so no entity is declared, expanded or fetched; a DOCTYPE itself becomes a warning.
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
            f.setProperty(XMLInputFactory.IS_VALIDATING, false);
            f.setProperty(XMLInputFactory.IS_COALESCING, false);
            // Without it, the parser returns a CDATA section, where Surefire writes <system-out>, in one piece:
            // a 200 MB section took 400 MB of heap.
            f.setProperty(CDATA_CHUNK_SIZE, CHUNK);
            return f;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The JDK's XML parser does not support secure streaming", e);
        }
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static String rel(Path root, Path p) {
        return RepoPath.of(root, p).value();
    }
}
