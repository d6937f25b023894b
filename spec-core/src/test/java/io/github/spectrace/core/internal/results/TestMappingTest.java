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
