package io.github.spectrace.core.internal.results;

import io.github.spectrace.core.model.Reference;
import io.github.spectrace.core.model.SpecException;
import io.github.spectrace.core.model.TestMethod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;


class TestMappingTest {

    @TempDir
    Path root;

    /** Each {@code Mnn} marker stands where a requirement ID would be cited. */
    private static final String SOURCE = """
            /* Licence header M01 */
            package example.core;

            import org.junit.jupiter.api.Test; // M02

            /**
             * Queue tests, M03.
             */
            @Tag("M04")
            @ExtendWith({A.class, B.class})
            class QueueTest { // M05

                private static final String BRACES = "}}} M06 {";
                private final Runnable r = () -> { if (true) { return; } }; // M07
                private final int[] sizes = {1, 2};

                QueueTest() {
                    // M08 in the constructor
                }

                // M09 above a lifecycle method
                @BeforeEach
                void setUp() {
                }

                /** Javadoc of accepts, M10. */
                @Test
                @Tag("M11")
                @DisplayName("accepts a task (M12)")
                void accepts() {
                    char open = '{';
                    String block = \"""
                        } M13 {
                        \""";
                    Object o = new Object() {
                        @Override public String toString() { return "M14"; }
                    };
                } // M15

                int between = 1; // M16

                @ParameterizedTest
                @ValueSource(strings = {"a", "b"})
                void rejects(String s) { /* M17 } */ }

                void rejects(int i, List<Map<String, Integer>> m) throws Exception {
                    assertEquals("M18", s);
                }

                @Test void one() {} @Test void two() { /* M19 */ }

                /** Nested tests, M20. */
                @Nested
                class WhenFull {
                    static final int LIMIT = 2; // M21 in a field before the first nested method

                    // M29 directly above the nested method
                    @Test
                    void rejectsMore() {
                        // M22
                    }

                    int after; // M23

                    @Nested
                    class Deeper {
                        @Test void deep() {} // M24
                    }
                }

                interface Helper {
                    default void help() { // M25
                    }
                }

                record Pair(int a, int b) {
                    Pair { // M26
                    }
                }

                enum Mode { FAST, SLOW; void m() {} }
            } // M27 after the class

            /** M28 */
            class Second {
                void secondTest() {
                }
            }
            """;

    private static List<String> at(String marker) {
        int offset = SOURCE.indexOf(marker);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (SOURCE.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return TestMapping.methodsAt(SOURCE, line, offset - lineStart + 1).stream().map(TestMethod::toString)
                .toList();
    }

    private static final List<String> ALL_QUEUE = List.of("example.core.QueueTest#accepts",
            "example.core.QueueTest#one", "example.core.QueueTest#rejects", "example.core.QueueTest#setUp",
            "example.core.QueueTest#two", "example.core.QueueTest$Helper#help", "example.core.QueueTest$Mode#m",
            "example.core.QueueTest$WhenFull#rejectsMore", "example.core.QueueTest$WhenFull$Deeper#deep");

    // SPEC-CORE-1042
    @Test
    void classHeaderAndMembersBeforeTheFirstMethodMapToAllMethods() {
        for (String m : List.of("M01", "M02", "M03", "M04", "M05", "M06", "M07", "M08")) {
            assertEquals(ALL_QUEUE, at(m), m);
        }
    }

    // SPEC-CORE-1042
    @Test
    void methodHeaderSignatureAndBodyMapToTheMethod() {
        assertEquals(List.of("example.core.QueueTest#setUp"), at("M09"));
        for (String m : List.of("M10", "M11", "M12", "M13", "M14", "M15")) {
            assertEquals(List.of("example.core.QueueTest#accepts"), at(m), m);
        }
        assertEquals(List.of("example.core.QueueTest#rejects"), at("M17"));
        assertEquals(List.of("example.core.QueueTest#rejects"), at("M18"));
        assertEquals(List.of("example.core.QueueTest#two"), at("M19"));
    }

    @Test
    void nestedClassesHaveTheirOwnHeaders() {
        List<String> whenFull = List.of("example.core.QueueTest$WhenFull#rejectsMore",
                "example.core.QueueTest$WhenFull$Deeper#deep");
        assertEquals(whenFull, at("M20"));
        assertEquals(whenFull, at("M21"));
        assertEquals(List.of("example.core.QueueTest$WhenFull#rejectsMore"), at("M29"));
        assertEquals(List.of("example.core.QueueTest$WhenFull#rejectsMore"), at("M22"));
        assertEquals(List.of("example.core.QueueTest$WhenFull$Deeper#deep"), at("M24"));
        assertEquals(List.of("example.core.QueueTest$Helper#help"), at("M25"));
    }

    @Test
    void placesAfterTheFirstMethodOutsideMethodsMapToNothing() {
        assertEquals(List.of(), at("M16"));
        assertEquals(List.of(), at("M23"));
        assertEquals(List.of(), at("M27"));
    }

    @Test
    void compactConstructorsAndConstructorsAreNotTests() {
        assertEquals(List.of(), at("M26"));
    }

    @Test
    void laterTopLevelClassesStartAtTheirHeader() {
        assertEquals(List.of("example.core.Second#secondTest"), at("M28"));
    }

    @Test
    void defaultPackageAndOutOfRangePositions() {
        String src = "// A-1\nclass T {\n  @Test void t() {}\n}\n";
        assertEquals(List.of(new TestMethod("T", "t")), TestMapping.methodsAt(src, 1, 4));
        assertEquals(List.of(), TestMapping.methodsAt(src, 9, 1));
        assertEquals(List.of(), TestMapping.methodsAt(src, 0, 1));
    }

    @Test
    void crlfLineEndsGiveTheSamePositions() {
        String src = "class T {\r\n  int x; // A-1\r\n  @Test\r\n  void t() {\r\n    // A-2\r\n  }\r\n}\r\n";
        assertEquals(List.of(new TestMethod("T", "t")), TestMapping.methodsAt(src, 2, 13));
        assertEquals(List.of(new TestMethod("T", "t")), TestMapping.methodsAt(src, 5, 8));
        assertEquals(List.of(), TestMapping.methodsAt(src, 7, 2));
    }

    @Test
    void unterminatedSourcesDoNotLoop() {
        assertEquals(List.of(new TestMethod("U", "t")), TestMapping.methodsAt("class U {\n void t() { \"x", 2, 2));
        assertEquals(List.of(), TestMapping.methodsAt("class V { /* never closed", 1, 12));
    }

    /** The methods a citation at the first occurrence of {@code marker} in {@code source} maps to. */
    private static List<String> in(String source, String marker) {
        int offset = source.indexOf(marker);
        assertEquals(true, offset >= 0, marker);
        int line = 1 + (int) source.substring(0, offset).chars().filter(c -> c == '\n').count();
        int column = offset - (source.lastIndexOf('\n', offset - 1) + 1) + 1;
        return TestMapping.methodsAt(source, line, column).stream().map(TestMethod::toString).toList();
    }

    @Test
    void stringsTextBlocksAndCharsWithBracesOrCommentMarkersAreNotCode() {
        String src = """
                package p;
                class S {
                    static final String OPEN = "{ // not a comment /* A01";
                    static final String BLOCK = \"""
                        } */ A02 "quoted" \\\""" {
                        \""";
                    static final char C = '{';
                    @Test void a() { String s = "}"; /* A03 */ }
                    int between = '}'; // A04
                    @Test void b() { String t = \"""
                            // A05 } {
                            \"""; }
                }
                """;
        assertEquals(List.of("p.S#a", "p.S#b"), in(src, "A01"));
        assertEquals(List.of("p.S#a", "p.S#b"), in(src, "A02"));
        assertEquals(List.of("p.S#a"), in(src, "A03"));
        assertEquals(List.of(), in(src, "A04"));
        assertEquals(List.of("p.S#b"), in(src, "A05"));
    }

    @Test
    void genericsWithShiftsAndAnnotationsWithArrays() {
        String src = """
                package p;
                @Suite({@Select(packages = {"a", "{"}), @Other}) // B01
                class G<T extends Map<String, List<T>>> extends Base<List<Map<T, T>>> implements I<G<T>> { // B02
                    @ParameterizedTest
                    @ValueSource(ints = {1, 2}) // B03
                    <K extends Comparable<K>> Map<K, List<Set<T>>> m(List<Map<K, T>> in) { return null; } // B04
                    int shift(@Size({1}) int x) { return x >> 2 >>> 1; /* B05 */ }
                }
                """;
        assertEquals(List.of("p.G#m", "p.G#shift"), in(src, "B01"));
        assertEquals(List.of("p.G#m", "p.G#shift"), in(src, "B02"));
        assertEquals(List.of("p.G#m"), in(src, "B03"));
        assertEquals(List.of("p.G#m"), in(src, "B04"));
        assertEquals(List.of("p.G#shift"), in(src, "B05"));
    }

    @Test
    void recordsEnumsInterfacesAndAnnotationTypes() {
        String src = """
                package p;
                class Kinds {
                    record Range(@Min({0}) int low, int high) implements Comparable<Range> { // C01
                        Range { // C02 in the compact constructor
                        }
                        static Range of(int x) { return new Range(x, x); } // C03
                        public int compareTo(Range o) { return 0; }
                    }
                    enum Mode {
                        FAST("f") { // C04 in a constant body
                            @Override int weight() { return 1; } // C05
                        },
                        SLOW("s");
                        Mode(String s) { }
                        int weight() { return 0; } // C06
                    }
                    interface Contract {
                        int size(); // C07
                        default boolean isEmpty() { return size() == 0; } // C08
                        static Contract empty() { return () -> 0; } // C09
                    }
                    @interface Marker {
                        String[] value() default {"{"}; // C10
                    }
                }
                """;
        List<String> range = List.of("p.Kinds$Range#compareTo", "p.Kinds$Range#of");
        assertEquals(range, in(src, "C01"));
        assertEquals(range, in(src, "C02"));
        assertEquals(List.of("p.Kinds$Range#of"), in(src, "C03"));
        // An enum constant's body is an anonymous class: its methods are not methods of the enum.
        assertEquals(List.of("p.Kinds$Mode#weight"), in(src, "C04"));
        assertEquals(List.of("p.Kinds$Mode#weight"), in(src, "C05"));
        assertEquals(List.of("p.Kinds$Mode#weight"), in(src, "C06"));
        assertEquals(List.of("p.Kinds$Contract#size"), in(src, "C07"));
        assertEquals(List.of("p.Kinds$Contract#isEmpty"), in(src, "C08"));
        assertEquals(List.of("p.Kinds$Contract#empty"), in(src, "C09"));
        assertEquals(List.of("p.Kinds$Marker#value"), in(src, "C10"));
        assertEquals(List.of("p.Kinds$Contract#empty", "p.Kinds$Contract#isEmpty", "p.Kinds$Contract#size",
                "p.Kinds$Marker#value", "p.Kinds$Mode#weight", "p.Kinds$Range#compareTo", "p.Kinds$Range#of"),
                in(src, "class Kinds"));
    }

    @Test
    void lambdasAnonymousAndLocalClassesBelongToTheEnclosingMethod() {
        String src = """
                class L {
                    @Test void outer() {
                        Runnable r = () -> { /* D01 */ };
                        Comparator<String> c = new Comparator<>() {
                            @Override public int compare(String a, String b) {
                                return 0; // D02
                            }
                        };
                        class Local { void helper() { /* D03 */ } }
                        record Point(int x) { Point { /* D04 */ } }
                        new Thread() { { /* D05 */ } }.start();
                    }
                    @Test void next() {}
                }
                """;
        for (String m : List.of("D01", "D02", "D03", "D04", "D05")) {
            assertEquals(List.of("L#outer"), in(src, m), m);
        }
        assertEquals(List.of(new TestMethod("L", "next"), new TestMethod("L", "outer")),
                JavaOutline.parse(src).methods());
    }

    @Test
    void unicodeEscapesAreReadAsJavacReadsThem() {
        // Written \\u here so that the escapes reach the outline undecoded, as they are in a source file.
        String src = """
                class U \\u007B // E01 after an escaped brace
                    void t\\u0065st() { /* E02 */ }
                    // an escaped line end ends this comment: \\u000a void hidden() { /* E03 */ }
                    void last() {} // E04 \\u000a void afterEscape() { /* E05 */ }
                }
                """;
        assertEquals(List.of("U#afterEscape", "U#hidden", "U#last", "U#test"), in(src, "E01"));
        assertEquals(List.of("U#test"), in(src, "E02"));
        assertEquals(List.of("U#hidden"), in(src, "E03"));
        assertEquals(List.of("U#last"), in(src, "E04"));
        assertEquals(List.of("U#afterEscape"), in(src, "E05"));
    }

    @Test
    void columnsCountUtf16CharsAndATabAsOne() {
        String src = "class P {\n\t/* \uD83D\uDE00\uD83D\uDE00 */ @Test void a() {}/* A-1 */ void b() {}\n}\n";
        // Line 2 is a tab (column 1), "/* " (2-4), two surrogate pairs (5-8), " */ @Test void a() {}" (9-29),
        // "/* A-1 */" (30-38), a blank (39) and "void b() {}" (40-50). a owns its comment and the blank after it.
        assertEquals(List.of(new TestMethod("P", "a")), TestMapping.methodsAt(src, 2, 2));
        assertEquals(List.of(new TestMethod("P", "a")), TestMapping.methodsAt(src, 2, 33));
        assertEquals(List.of(new TestMethod("P", "a")), TestMapping.methodsAt(src, 2, 39));
        assertEquals(List.of(new TestMethod("P", "b")), TestMapping.methodsAt(src, 2, 40));
        assertEquals(List.of(new TestMethod("P", "b")), TestMapping.methodsAt(src, 2, 50));
        assertEquals(List.of(), TestMapping.methodsAt(src, 2, 51));
    }

    @Test
    void sourcesWithSyntaxErrorsMapWhatTheOutlineRecognised() {
        String src = """
                package p;
                class Broken {
                    @Test void a() { foo( } // G01
                    @Test void b() { int x = ; /* G02 */ }
                    int field = ; // G03
                    @Test void c() { "unterminated G04
                    }
                    void (int x) { /* G05 in a method without a name */ }
                    @Test void d() { /* G06 */ }
                }
                class { void e() { /* G07 in a class without a name */ } }
                class Open {
                    @Test void f() {
                        if (ready) { // G08
                    }
                    @Test void g() { /* G09 */ }
                }
                """;
        assertEquals(List.of("p.Broken#a"), in(src, "G01"));
        assertEquals(List.of("p.Broken#b"), in(src, "G02"));
        assertEquals(List.of(), in(src, "G03"));
        assertEquals(List.of("p.Broken#c"), in(src, "G04"));
        assertEquals(List.of(), in(src, "G05"));
        assertEquals(List.of("p.Broken#d"), in(src, "G06"));
        assertEquals(List.of(), in(src, "G07"));
        // The brace left open makes the rest of the class part of f, as it does for javac.
        assertEquals(List.of("p.Open#f"), in(src, "G08"));
        assertEquals(List.of("p.Open#f"), in(src, "G09"));
    }

    @Test
    void everyPrefixOfASourceOutlinesWithoutThrowingAndKeepsTheMethodsBeforeTheCut() {
        // Each prefix is a source cut short, as in an editor: unclosed comments, strings, text blocks and bodies.
        // Whatever is left open after accepts() ends, the citation in its text block still maps to it.
        List<String> prefixes = new java.util.ArrayList<>();
        for (int i = 0; i <= SOURCE.length(); i++) {
            prefixes.add(SOURCE.substring(0, i));
        }
        List<JavaOutline> outlines = JavaOutline.parse(prefixes);
        int m13 = SOURCE.indexOf("M13");
        int line = 1 + (int) SOURCE.substring(0, m13).chars().filter(c -> c == '\n').count();
        int column = m13 - SOURCE.lastIndexOf('\n', m13);
        int acceptsEnd = SOURCE.indexOf("} // M15");
        List<Integer> wrong = new java.util.ArrayList<>();
        for (int i = acceptsEnd + 1; i <= SOURCE.length(); i++) {
            if (!outlines.get(i).methodsAt(line, column).equals(List.of(new TestMethod("example.core.QueueTest",
                    "accepts")))) {
                wrong.add(i);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(List.of("example.core.QueueTest#accepts", "example.core.QueueTest#one",
                "example.core.QueueTest#rejects", "example.core.QueueTest#setUp", "example.core.QueueTest#two",
                "example.core.QueueTest$Helper#help", "example.core.QueueTest$Mode#m",
                "example.core.QueueTest$WhenFull#rejectsMore", "example.core.QueueTest$WhenFull$Deeper#deep",
                "example.core.Second#secondTest"),
                outlines.get(SOURCE.length()).methods().stream().map(TestMethod::toString).toList());
    }

    @Test
    void javaTestCitationsMapWithoutAJavaCompilerAndOthersMapToNothing() throws IOException {
        // Mapping used to need javac's tree API, and threw on a JRE; the outline is now spec-core's own (see
        // ArchitectureTest#mainCodeNeedsNoJavaCompiler), so the same citations map wherever the core runs.
        write("core/src/test/java/a/ATest.java", "class ATest { void t() { /* X-1001 */ } }\n");
        TestMapping mapping = new TestMapping(root);
        Reference groovy = new Reference("X-1001", "core/src/test/java/a/ATest.groovy", 1, 1, true);
        assertEquals(List.of(), mapping.methods(groovy));
        Reference java = new Reference("X-1001", "core/src/test/java/a/ATest.java", 1, 27, true);
        assertEquals(List.of(new TestMethod("ATest", "t")), mapping.methods(java));
        assertEquals("{X-1001=[ATest#t]}", mapping.byRequirement(List.of(groovy, java,
                new Reference("X-1001", "core/src/main/java/a/A.java", 1, 1, false))).toString());
    }

    private void write(String path, String content) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    @Test
    void mapsReferencesFromFilesOnlyForJavaTests() throws IOException {
        write("core/src/test/java/a/ATest.java", "package a;\nclass ATest {\n  @Tag(\"X-1002\") void t() {}\n"
                + "  @Tag(\"X-1001\") void u() {}\n}\n");
        write("core/src/test/java/a/ATest.groovy", "class ATest {\n  void t() { 'X-1001' }\n}\n");
        write("core/src/main/java/a/A.java", "class A {\n  void t() { /* X-1001 */ }\n}\n");
        TestMapping mapping = new TestMapping(root);
        Reference javaTest = new Reference("X-1001", "core/src/test/java/a/ATest.java", 4, 9, true);
        assertEquals(List.of(new TestMethod("a.ATest", "u")), mapping.methods(javaTest));
        assertEquals(List.of(), mapping.methods(new Reference("X-1001", "core/src/test/java/a/ATest.groovy", 2,
                16, true)));
        assertEquals(List.of(), mapping.methods(new Reference("X-1001", "core/src/main/java/a/A.java", 2, 17,
                false)));
        Map<String, List<TestMethod>> byId = mapping.byRequirement(List.of(
                new Reference("X-1002", "core/src/test/java/a/ATest.java", 3, 9, true), javaTest,
                new Reference("X-999", "core/src/test/java/a/ATest.java", 1, 1, true),
                new Reference("X-1000", "core/src/test/java/a/ATest.groovy", 2, 16, true)));
        assertEquals("{X-999=[a.ATest#t, a.ATest#u], X-1001=[a.ATest#u], X-1002=[a.ATest#t]}", byId.toString());
    }

    @Test
    void byRequirementAgreesWithOneLookupPerCitationAcrossManyFiles() throws IOException {
        List<Reference> refs = new java.util.ArrayList<>();
        for (int f = 0; f < 40; f++) {
            StringBuilder src = new StringBuilder("package p;\n/** Class-level X-" + (1000 + f) + " */\nclass T" + f
                    + "Test {\n");
            refs.add(new Reference("X-" + (1000 + f), "m/src/test/java/p/T" + f + "Test.java", 2, 15, true));
            for (int m = 0; m < 5; m++) {
                src.append("  @Tag(\"X-").append(2000 + (f + m) % 7).append("\") void t").append(m).append("() {}\n");
                refs.add(new Reference("X-" + (2000 + (f + m) % 7), "m/src/test/java/p/T" + f + "Test.java", 4 + m,
                        9, true));
            }
            src.append("}\n");
            write("m/src/test/java/p/T" + f + "Test.java", src.toString());
        }
        refs.add(new Reference("X-2001", "m/src/main/java/p/A.java", 1, 1, false));
        TestMapping lookups = new TestMapping(root);
        java.util.SortedMap<String, java.util.TreeSet<TestMethod>> expected = new java.util.TreeMap<>(
                io.github.spectrace.core.internal.text.NaturalOrder.INSTANCE);
        for (Reference r : refs) {
            List<TestMethod> m = lookups.methods(r);
            if (!m.isEmpty()) {
                expected.computeIfAbsent(r.id(), k -> new java.util.TreeSet<>()).addAll(m);
            }
        }
        assertEquals(47, expected.size());
        assertEquals(expected.toString(), new TestMapping(root).byRequirement(refs).toString());
    }

    @Test
    void byRequirementParsesManyFilesPerBatchAsItParsesOneAlone() throws IOException {
        // Several files per batch, every third one broken: one file's errors must not reach another's outline.
        List<Reference> refs = new java.util.ArrayList<>();
        for (int f = 0; f < 70; f++) {
            String path = "m/src/test/java/p/B" + f + "Test.java";
            String broken = f % 3 == 0 ? "    @Test void broken() { foo( }\n" : "";
            write(path, "package p;\nclass B" + f + "Test {\n" + broken + "    @Test void t() { /* X-" + (1000 + f % 30)
                    + " */ }\n    int x = ; // X-2000\n}\n");
            int line = broken.isEmpty() ? 3 : 4;
            refs.add(new Reference("X-" + (1000 + f % 30), path, line, 25, true));
            refs.add(new Reference("X-2000", path, line + 1, 18, true));
        }
        TestMapping lookups = new TestMapping(root);
        java.util.SortedMap<String, java.util.TreeSet<TestMethod>> expected = new java.util.TreeMap<>(
                io.github.spectrace.core.internal.text.NaturalOrder.INSTANCE);
        for (Reference r : refs) {
            List<TestMethod> m = lookups.methods(r);
            if (!m.isEmpty()) {
                expected.computeIfAbsent(r.id(), k -> new java.util.TreeSet<>()).addAll(m);
            }
        }
        Map<String, List<TestMethod>> byId = new TestMapping(root).byRequirement(refs);
        assertEquals(expected.toString(), byId.toString());
        assertEquals(30, byId.size());
        assertEquals(List.of(new TestMethod("p.B0Test", "t"), new TestMethod("p.B30Test", "t"),
                new TestMethod("p.B60Test", "t")), byId.get("X-1000"));
    }

    @Test
    void byRequirementNamesTheFirstUnreadableSourceInCitationOrder() throws IOException {
        write("m/src/test/java/p/ATest.java", "class ATest { void t() { /* X-1001 */ } }\n");
        List<Reference> refs = List.of(new Reference("X-1001", "m/src/test/java/p/ATest.java", 1, 30, true),
                new Reference("X-1001", "m/src/test/java/p/Gone1.java", 1, 1, true),
                new Reference("X-1001", "m/src/test/java/p/Gone2.java", 1, 1, true));
        for (int run = 0; run < 10; run++) {
            SpecException e = assertThrows(SpecException.class, () -> new TestMapping(root).byRequirement(refs));
            assertEquals(true, e.getMessage().startsWith("m/src/test/java/p/Gone1.java: cannot read"), e.getMessage());
        }
    }

    @Test
    void unreadableTestSourceNamesTheFile() {
        SpecException e = assertThrows(SpecException.class, () -> new TestMapping(root).methods(
                new Reference("X-1001", "core/src/test/java/Gone.java", 1, 1, true)));
        assertEquals("core/src/test/java/Gone.java: cannot read the test source (NoSuchFileException: "
                + root.resolve("core/src/test/java/Gone.java") + "). Check that it is readable, or exclude it from"
                + " the trace.", e.getMessage());
    }
}
