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
 * <p>Java sources are outlined by a hand-written scanner (see {@code JavaOutline}) that reads comments, literals,
 * text blocks and Unicode escapes as javac does, so mapping needs no Java compiler and works on a JRE too; a source
 * that does not compile maps as far as its declarations are recognised.
 */
// SPEC-CORE-1042
public final class TestMapping {

    /** Test files per parallel task when mapping many files. */
    private static final int MAX_BATCH = 64;

    private final Path root;
    private final Map<String, JavaOutline> outlines = new HashMap<>();

    /**
     * Creates a mapping that reads test sources on demand, each once.
     *
     * @param root the top-level project directory, which reference paths are relative to
     */
    public TestMapping(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * The test methods one citation stands in.
     *
     * @param reference a citation found by the trace
     * @return the methods, sorted; empty for citations in code or in files that are not Java
     * @throws SpecException if the test source cannot be read
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
     * @throws SpecException if a test source cannot be read
     */
    public SortedMap<String, List<TestMethod>> byRequirement(List<Reference> references) {
        Map<String, List<Reference>> byFile = new LinkedHashMap<>();
        for (Reference r : references) {
            if (r.test() && r.path().endsWith(".java")) {
                byFile.computeIfAbsent(r.path(), k -> new ArrayList<>()).add(r);
            }
        }
        // Batches of files in parallel, the outlines of a batch dropped as soon as its citations are mapped:
        // keeping the outline of every test source at once took most of a 1 GB heap on a repository with 20,000
        // test files.
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
            List<JavaOutline> outlines = JavaOutline.parse(texts);
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
        return JavaOutline.parse(text).methodsAt(line, column);
    }

    private JavaOutline outline(String path) {
        return JavaOutline.parse(read(path));
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
