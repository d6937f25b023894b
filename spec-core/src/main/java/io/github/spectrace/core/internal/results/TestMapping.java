package io.github.spectrace.core.internal.results;

import io.github.spectrace.core.internal.files.InOrder;
import io.github.spectrace.core.internal.text.NaturalOrder;
import io.github.spectrace.core.model.Reference;
import io.github.spectrace.core.model.SpecException;
import io.github.spectrace.core.model.TestMethod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Maps test citations of requirements to the test methods they stand in, so that test results can be joined to
 * requirements.
 *
 * <p>Only citations in Java files under a test root map to methods; others, such as Groovy scripts, map to
 * nothing. In a Java file, a citation maps to:
 * <ul>
 *   <li>the enclosing method, when it is in the method's body or signature, in its annotations
 *       ({@code @Tag("ID")}, {@code @DisplayName("… ID …")}), in the Javadoc and comments between the previous
 *       member and the method, or in a comment on the line of its closing brace;</li>
 *   <li>every method of a class and of its nested classes, when it is in the class's Javadoc or annotations, or
 *       anywhere in the class outside methods before its first method; for the first top-level class this
 *       includes the file header, the package and the imports;</li>
 *   <li>nothing otherwise, for example in a field or comment between two methods.</li>
 * </ul>
 * Method names are matched without parameters, so overloads share their citations. A citation in a helper or
 * lifecycle method ({@code @BeforeEach}) maps to that method only, which has no test result.
 *
 * <p>Java sources are parsed with javac's tree API (see {@code JavaOutline}), so a source that does not compile
 * maps as far as javac's error recovery parsed it. That API is in the module {@code jdk.compiler}, which a JDK has
 * and a JRE lacks: on a JRE, mapping a Java test citation throws a {@link SpecException} that says so, rather
 * than mapping nothing, which would silently turn every proven requirement into a merely covered one.
 */
// SPEC-CORE-1042
public final class TestMapping {

    private static final JavaCompiler SYSTEM_COMPILER = ToolProvider.getSystemJavaCompiler();

    /** Test files per compiler task when mapping many files. */
    private static final int MAX_BATCH = 64;

    private final Path root;
    private final JavaCompiler compiler;
    private final Map<String, JavaOutline> outlines = new HashMap<>();

    /**
     * Creates a mapping that reads test sources on demand, each once.
     *
     * @param root the top-level project directory, which reference paths are relative to
     */
    public TestMapping(Path root) {
        this(root, SYSTEM_COMPILER);
    }

    /**
     * Creates a mapping with a given compiler; for tests.
     *
     * @param root the top-level project directory
     * @param compiler the compiler that parses test sources, or null as on a JRE
     */
    TestMapping(Path root, JavaCompiler compiler) {
        this.root = root.toAbsolutePath().normalize();
        this.compiler = compiler;
    }

    /**
     * The test methods one citation stands in.
     *
     * @param reference a citation found by the trace
     * @return the methods, sorted; empty for citations in code or in files that are not Java
     * @throws SpecException if the test source cannot be read, or if this Java runtime has no Java compiler
     */
    public List<TestMethod> methods(Reference reference) {
        if (!reference.test() || !reference.path().endsWith(".java")) {
            return List.of();
        }
        return outlines.computeIfAbsent(reference.path(), this::outline).methodsAt(reference.line(),
                reference.column());
    }

    /**
     * The test methods of every requirement cited by tests.
     *
     * @param references citations found by the trace; citations in code are ignored
     * @return methods by requirement ID, IDs in natural order, methods sorted; IDs with no methods are absent
     * @throws SpecException if a test source cannot be read, or if there is a Java test citation and this Java
     *     runtime has no Java compiler
     */
    public SortedMap<String, List<TestMethod>> byRequirement(List<Reference> references) {
        Map<String, List<Reference>> byFile = new LinkedHashMap<>();
        for (Reference r : references) {
            if (r.test() && r.path().endsWith(".java")) {
                byFile.computeIfAbsent(r.path(), k -> new ArrayList<>()).add(r);
            }
        }
        if (!byFile.isEmpty()) {
            requireCompiler();
        }
        // Batches of files in parallel, the outlines of a batch dropped as soon as its citations are mapped:
        // keeping the outline of every test source at once took most of a 1 GB heap on a repository with 20,000
        // test files. A batch shares one compiler task, which costs more to set up than a test file costs to parse.
        List<Map.Entry<String, List<Reference>>> files = new ArrayList<>(byFile.entrySet());
        int cores = Runtime.getRuntime().availableProcessors();
        int size = Math.max(1, Math.min(MAX_BATCH, (files.size() + cores - 1) / cores));
        List<List<Map.Entry<String, List<Reference>>>> batches = new ArrayList<>();
        for (int i = 0; i < files.size(); i += size) {
            batches.add(files.subList(i, Math.min(files.size(), i + size)));
        }
        List<Map<String, List<TestMethod>>> perBatch = InOrder.map(batches, batch -> {
            List<String> texts = new ArrayList<>();
            for (Map.Entry<String, List<Reference>> e : batch) {
                texts.add(read(e.getKey()));
            }
            List<JavaOutline> outlines = JavaOutline.parse(texts, compiler);
            Map<String, List<TestMethod>> found = new HashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                for (Reference r : batch.get(i).getValue()) {
                    List<TestMethod> m = outlines.get(i).methodsAt(r.line(), r.column());
                    if (!m.isEmpty()) {
                        found.computeIfAbsent(r.id(), k -> new ArrayList<>()).addAll(m);
                    }
                }
            }
            return found;
        });
        SortedMap<String, TreeSet<TestMethod>> sets = new TreeMap<>(NaturalOrder.INSTANCE);
        for (Map<String, List<TestMethod>> found : perBatch) {
            found.forEach((id, m) -> sets.computeIfAbsent(id, k -> new TreeSet<>()).addAll(m));
        }
        SortedMap<String, List<TestMethod>> out = new TreeMap<>(NaturalOrder.INSTANCE);
        sets.forEach((id, m) -> out.put(id, List.copyOf(m)));
        return out;
    }

    /**
     * Outlines a Java source text; for tests.
     *
     * @param text the source
     * @param line 1-based line
     * @param column 1-based column
     * @return the test methods a citation there stands in
     */
    static List<TestMethod> methodsAt(String text, int line, int column) {
        return JavaOutline.parse(text, SYSTEM_COMPILER).methodsAt(line, column);
    }

    private void requireCompiler() {
        if (compiler == null) {
            throw new SpecException("Test results cannot be joined to the tests that cite requirements: this Java"
                    + " runtime (" + System.getProperty("java.home") + ") has no Java compiler (module jdk.compiler),"
                    + " which parses the test sources. Run Maven on a JDK rather than a JRE, or run without test"
                    + " reports.");
        }
    }

    private JavaOutline outline(String path) {
        requireCompiler();
        return JavaOutline.parse(read(path), compiler);
    }

    private String read(String path) {
        Path file = root.resolve(path);
        try {
            // Decoded as the tracer decodes it, so that its line and column numbers point at the same characters.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SpecException(path + ": cannot read the test source (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). Check that it is readable, or exclude it from the trace.", e);
        }
    }
}
