package io.github.spectrace.core.internal.results;

import io.github.spectrace.core.internal.files.ExistenceCache;
import io.github.spectrace.core.internal.files.RepoPath;
import io.github.spectrace.core.internal.rules.Diagnostic;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.SpecException;
import io.github.spectrace.core.model.TestCaseResult;
import io.github.spectrace.core.model.TestMethod;
import io.github.spectrace.core.model.TestOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

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
// SPEC-CORE-1040, SPEC-CORE-1041
public record TestResults(List<TestCaseResult> tests, List<Diagnostic> warnings, int reports) {

    /** The report file name pattern of Surefire and Failsafe. */
    public static final String REPORT_GLOB = "TEST-*.xml";

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
     * Reads every {@code TEST-*.xml} file directly inside the given directories, in sorted path order. Missing
     * directories are skipped. A file that is not well-formed XML, or that declares a DTD, becomes a warning and
     * is otherwise ignored; the parser never loads DTDs, external entities or XIncludes.
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
        for (Path dir : reportDirs) {
            Path d = base.resolve(dir).normalize();
            if (!Files.isDirectory(d) || !wall.listable(d)) {
                continue;
            }
            try (DirectoryStream<Path> s = Files.newDirectoryStream(d, REPORT_GLOB)) {
                for (Path f : s) {
                    if (wall.readable(f)) {
                        files.put(rel(base, f), f);
                    }
                }
            } catch (IOException e) {
                throw new SpecException(rel(base, d) + ": cannot list the test reports (" + describe(e)
                        + "). Check that the directory is readable, or remove it from the report directories.", e);
            }
        }
        DocumentBuilderFactory factory = newFactory();
        Map<TestMethod, TestOutcome> outcomes = new TreeMap<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(e.getValue());
            } catch (IOException ex) {
                throw new SpecException(e.getKey() + ": cannot read the test report (" + describe(ex)
                        + "). Check that it is readable, or delete it.", ex);
            }
            Document doc;
            try {
                doc = newParser(factory).parse(new ByteArrayInputStream(bytes));
            } catch (SAXParseException ex) {
                warnings.add(malformed(e.getKey(), Math.max(ex.getLineNumber(), 0), Math.max(ex.getColumnNumber(), 0),
                        ex.getMessage()));
                continue;
            } catch (SAXException | IOException ex) {
                warnings.add(malformed(e.getKey(), 0, 0, String.valueOf(ex.getMessage())));
                continue;
            }
            String rootName = doc.getDocumentElement().getTagName();
            if (!rootName.equals("testsuite") && !rootName.equals("testsuites")) {
                warnings.add(malformed(e.getKey(), 1, 1, "its root element is <" + rootName + ">, not <testsuite> or"
                        + " <testsuites>"));
                continue;
            }
            collect(doc.getDocumentElement(), "", outcomes);
        }
        List<TestCaseResult> tests = new ArrayList<>();
        outcomes.forEach((t, o) -> tests.add(new TestCaseResult(t, o)));
        // The report files were read in path order, so the warnings are in order too.
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

    /** Test cases may sit in nested suites; the innermost suite's name stands in for a missing class name. */
    private static void collect(Element e, String suite, Map<TestMethod, TestOutcome> outcomes) {
        String name = e.getTagName();
        if (name.equals("testcase")) {
            String className = e.getAttribute("classname").strip();
            String method = methodName(e.getAttribute("name").strip());
            className = className.isEmpty() ? suite : className;
            if (!className.isEmpty() && !method.isEmpty()) {
                outcomes.merge(new TestMethod(className, method), outcome(e), TestOutcome::combine);
            }
            return;
        }
        String inner = name.equals("testsuite") && !e.getAttribute("name").isBlank() ? e.getAttribute("name").strip()
                : suite;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                collect(child, inner, outcomes);
            }
        }
    }

    /** Flaky runs ({@code <flakyFailure>}, {@code <flakyError>}) passed in the end, as Surefire itself counts them. */
    private static TestOutcome outcome(Element testcase) {
        TestOutcome out = TestOutcome.PASSED;
        boolean skipped = false;
        NodeList children = testcase.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element c) {
                switch (c.getTagName()) {
                    case "failure" -> out = TestOutcome.combine(out, TestOutcome.FAILED);
                    case "error" -> out = TestOutcome.combine(out, TestOutcome.ERRORED);
                    case "skipped" -> skipped = true;
                    default -> {
                    }
                }
            }
        }
        return skipped && out == TestOutcome.PASSED ? TestOutcome.SKIPPED : out;
    }

    private static Diagnostic malformed(String path, int line, int column, String detail) {
        return new Diagnostic(Rule.RESULTS_MALFORMED, path, line, column, "cannot parse the test report (" + detail + "); it is ignored. Delete it or rerun the tests.");
    }

    private static DocumentBuilderFactory newFactory() {
        // The JDK's own parser, whatever is on the class path, so that the hardening features below are known.
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            // Parser messages end up in warnings; keep them the same whatever the default locale.
            f.setAttribute("http://apache.org/xml/properties/locale", Locale.ROOT);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            f.setValidating(false);
            return f;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("The JDK's XML parser does not support secure processing", e);
        }
    }

    private static DocumentBuilder newParser(DocumentBuilderFactory f) {
        try {
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new ErrorHandler() {
                // The default handler prints to stderr; the core never logs, so errors only throw.
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser does not support secure processing", e);
        }
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static String rel(Path root, Path p) {
        return RepoPath.of(root, p).value();
    }
}
