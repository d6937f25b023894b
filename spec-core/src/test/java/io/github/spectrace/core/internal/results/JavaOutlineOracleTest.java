package io.github.spectrace.core.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spectrace.core.model.TestMethod;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Compares the hand-written {@link JavaOutline} with its oracle, {@link JavacOutline}, which builds the same outline
 * from javac's syntax tree. On every file of a corpus that javac parses without errors, both must give the same
 * {@code methods()} and the same {@code methodsAt(line, column)} on every line, at column 1, at the first non-blank
 * column and at every column where a comment, an annotation, a brace or an identifier starts. Files with syntax
 * errors are skipped: there the outline recovers in its own, documented way.
 *
 * <p>The corpus is a set of small tricky sources below and every Java file of this repository's spec-core,
 * spec-maven-plugin and bench sources. {@link #jdkSources()} runs the same comparison on a zip of sources, such as
 * the JDK's {@code lib/src.zip}, when the system property {@value #ZIP_PROPERTY} names it; it is skipped otherwise,
 * since it takes minutes: {@code mvn -o -pl spec-core test -Dtest=JavaOutlineOracleTest
 * -Doutline.oracle.zip=/usr/lib/jvm/java-17-openjdk-amd64/lib/src.zip} (Surefire passes user properties on).
 */
// SPEC-CORE-1042
class JavaOutlineOracleTest {

    private static final String ZIP_PROPERTY = "outline.oracle.zip";

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    /** The tricky sources, one construct or a few each; every one compiles as far as the parser is concerned. */
    private static final List<String> TRICKY = List.of(
            """
            package p.q;
            import java.util.*;
            /** Text blocks with braces, quotes and comment markers. */
            class TextBlocks {
                String a = \"""
                    { } // /* " "" \\\""" }
                    \""";
                @Test void m() { String b = \"""
                    } { \""" + "}"; }
                String c = \"""
                    ""\";
                void n() {}
            }
            """,
            """
            class Strings {
                String a = "// not a comment { /* }";
                char b = '{', c = '}', d = '\\'', e = '"', f = '\\\\';
                String g = "\\"{\\\\"; // real comment {
                void m() { String h = "}"; char i = '}'; } // trailing }
                void n() { /* } */ }
            }
            """,
            """
            class Escapes \\u007b
                void t\\u0065st() { /* \\u007d */ }
                // an escaped line end ends this comment \\u000a void hidden() { }
                String s = "\\\\u007b"; // an escaped backslash: no escape
                void uuu() \\uuuu007B \\u007D
                char c = '\\u005c'';
                /* block with an escaped end \\u002a/ void afterBlock() {}
            \\u007D
            class Second\\u0020{ void x() {}\\u000d\\u000a// after an escaped CRLF
            }
            """,
            """
            @Suite({@Select(packages = {"a", "{"}), @Other}) // header
            @Tag({"A", "B"})
            @SuppressWarnings(value = {"x"})
            public final class Annotated<T extends java.util.Map<String, java.util.List<T>>>
                    extends Base<java.util.List<java.util.Map<T, T>>> implements I<Annotated<T>>, J {
                @Tag({"C"}) @Deprecated(since = "1", forRemoval = true)
                @ParameterizedTest
                @ValueSource(ints = {1, 2})
                <K extends Comparable<K>> java.util.Map<K, java.util.List<T>> m(java.util.List<java.util.Map<K, T>> in) {
                    return null;
                }
                int shift(@Size({1}) int x, final @A("}") int... y) { return x >> 2 >>> 1; }
                @A(value = @B({@C(1)})) void nested() throws java.io.IOException, RuntimeException {}
                <T> void generic() {}
                int[] arrays()[] { return null; }
                public @Nullable String typeUse(java.lang.@A String s) { return s; }
                abstract void noBody() throws Exception;
                void receiver(Annotated<T> this) {}
            }
            """,
            """
            package p;
            class Fields {
                int[] a = {1, 2, 3}, b = {};
                int[][] c = {{1}, {2, 3}};
                Runnable r = () -> { if (true) { return; } };
                Object o = new Object() { @Override public String toString() { return "{"; } };
                java.util.function.Function<Integer, Integer> f = x -> { int y = x; return y; };
                int s = switch (a.length) { case 1 -> { yield 2; } default -> 3; };
                static { int x = 1; }
                { int y = 2; }
                void first() {}
                static int afterStatic; static { }
                void second() {} { }
                void third() {};
                ; // stray semicolon
                void fourth() {}
            }
            """,
            """
            package p;
            public record Range(@Min({0}) int low, int high) implements Comparable<Range> {
                public Range { if (low > high) { throw new IllegalArgumentException("{"); } }
                public Range(int x) { this(x, x); }
                static Range of(int x) { return new Range(x); }
                public int compareTo(Range o) { return 0; }
                record Inner<T>(T t) { Inner { } }
                static int count;
            }
            """,
            """
            enum Mode implements Runnable {
                @Deprecated FAST("f") { // in a constant body
                    @Override int weight() { return 1; }
                    class InConstant { void c() {} }
                },
                SLOW("s", new int[] {1}) { public void run() { } },
                MEDIUM,
                ;
                private final String s;
                Mode(String s, int... x) { this.s = s; }
                int weight() { return 0; }
                public void run() { }
                enum Inner { A, B, }
                enum Empty { ; void e() {} }
                enum Trailing { X, Y, ; int t() { return 1; } }
                enum Bodies { A { }, B { void b() {} } }
            }
            """,
            """
            interface Contract<T> extends Comparable<T> {
                int CONSTANT = 1;
                int size(); // abstract
                default boolean isEmpty() { return size() == 0; }
                static Contract<String> empty() { return null; }
                private void helper() { }
                interface Nested { void n(); }
                @interface Marker {
                    String[] value() default {"{", "}"};
                    int count() default 1;
                    Class<?> type() default Object.class;
                    Nested.Kind kind() default @Other;
                    enum Kind { A }
                }
                @ interface Spaced { }
            }
            """,
            """
            class Locals {
                @Test void outer() {
                    Runnable r = () -> { /* lambda */ };
                    java.util.Comparator<String> c = new java.util.Comparator<>() {
                        @Override public int compare(String a, String b) { return 0; }
                    };
                    class Local { void helper() { } }
                    record Point(int x) { Point { } }
                    enum LocalEnum { A, B }
                    interface LocalI { void i(); }
                    new Thread() { { } }.start();
                    label: for (int i = 0; i < 1; i++) { break label; }
                }
                @Test void next() {}
            }
            """,
            """
            sealed interface Shape permits Circle, Square, Other {
            }
            final class Circle implements Shape { void c() {} }
            non-sealed class Square implements Shape { void s() {} }
            sealed abstract class Other implements Shape permits Other.Sub {
                static final class Sub extends Other { void sub() {} }
            }
            ;
            /* between */ class AfterSemicolon { void a() {} } // end
            class SameLine { } class Next { void n() {} }
            """,
            """
            class Comments {
                void a() {} // on the closing line
                void b() {
                } /* block on the closing line */ // and a line comment
                void c() {} /* a block comment
                   that spans lines */ void d() {}
                /** Javadoc of e */
                @Test
                void e() {}
                // a comment between members
                int between;
                void f() {} void g() {} /* one line */ void h() {}
            }
            """,
            """
            class Outer {
                int field;
                class A {
                    int x;
                    class B {
                        void deep() {}
                        class C { void deeper() {} }
                    }
                    void afterB() {}
                }
                static class D { }
                void outerMethod() {}
                interface E { class F { void f() {} } }
            }
            """,
            """
            class Constructors<T> {
                Constructors() { }
                <U> Constructors(U u) { }
                public Constructors(int a) throws Exception { this(); }
                void method() { }
                Constructors(String s) { }
            }
            """,
            "",
            "package only.a.pkg;\n",
            "// only a comment\n",
            "module com.example { requires java.base; exports a.b; }\n",
            "@Deprecated\npackage p.info;\n",
            "class Crlf {\r\n  int x; // c\r\n  @Test\r\n  void t() {\r\n    // A-2\r\n  }\r\n}\r\n",
            "class Cr {\r  void t() {} // c\r  void u() {}\r}\r",
            "class P {\n\t/* \uD83D\uDE00 */ @Test void a() {}/* x */ void b() {}\n}\n",
            "class \u00e9t\u00e9 { void caf\u00e9() {} void \uD835\uDC9C() {} }\n",
            """
            import java.util.List;;
            import java.util.Map;
            class AfterDoubleSemicolon { void x() {} }
            """,
            """
            class Numbers {
                double a = 1.0e+5, b = .5f, c = 0x1.8p-3, d = 1_000L, e = 0x1e+2;
                int f = 'a' + 1; long g = 0b1010L;
                void m() { double x = 1.; }
            }
            """,
            """
            /** @deprecated */
            class Deprecated1 {
                /** @deprecated */
                <T> void generic() {}
                /** @deprecated */
                int f;
            }
            """);

    @Test
    void trickySourcesOutlineAsJavacOutlinesThem() {
        List<String> errors = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (int i = 0; i < TRICKY.size(); i++) {
            sources.put("tricky " + i, TRICKY.get(i));
        }
        int compared = compare(sources, errors, disagreements);
        assertEquals(List.of(), errors, "every tricky source is valid Java");
        assertEquals(TRICKY.size(), compared);
        assertEquals(List.of(), disagreements);
    }

    @Test
    void repositorySourcesOutlineAsJavacOutlinesThem() throws IOException {
        Path repo = Path.of("").toAbsolutePath().getParent();
        Map<String, String> sources = new LinkedHashMap<>();
        for (String module : List.of("spec-core/src", "spec-maven-plugin/src", "bench/src")) {
            try (Stream<Path> s = Files.walk(repo.resolve(module))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    sources.put(repo.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        List<String> errors = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        int compared = compare(sources, errors, disagreements);
        assertTrue(compared > 150, compared + " files compared");
        assertEquals(List.of(), errors, "the repository's sources are valid Java");
        assertEquals(List.of(), disagreements);
    }

    /** The comparison over a zip of sources, by hand only; see the class comment. */
    @Test
    void jdkSources() throws IOException {
        String zip = System.getProperty(ZIP_PROPERTY);
        Assumptions.assumeTrue(zip != null && !zip.isBlank(), ZIP_PROPERTY + " names no zip of sources");
        List<String> errors = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        try (ZipFile z = new ZipFile(zip)) {
            Map<String, String> batch = new LinkedHashMap<>();
            Enumeration<? extends ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!e.getName().endsWith(".java")) {
                    continue;
                }
                try (InputStream in = z.getInputStream(e)) {
                    batch.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
                if (batch.size() == 200) {
                    compared += compare(batch, errors, disagreements);
                    batch.clear();
                }
            }
            compared += compare(batch, errors, disagreements);
        }
        System.out.println(compared + " files compared, " + errors.size() + " skipped for syntax errors "
                + errors + ", " + disagreements.size() + " disagreements");
        disagreements.forEach(System.out::println);
        assertEquals(List.of(), disagreements);
    }

    /**
     * Compares the two outlines of each source javac parses without errors.
     *
     * @return the number of sources compared; the names of the others are added to {@code errors}, and one line
     *     per source that disagrees to {@code disagreements}
     */
    private static int compare(Map<String, String> sources, List<String> errors, List<String> disagreements) {
        List<String> names = new ArrayList<>(sources.keySet());
        List<String> texts = new ArrayList<>(sources.values());
        List<JavacOutline> oracle = JavacOutline.parse(texts, JAVAC);
        int compared = 0;
        for (int i = 0; i < texts.size(); i++) {
            if (oracle.get(i).errors()) {
                errors.add(names.get(i));
                continue;
            }
            compared++;
            String d = disagreement(texts.get(i), oracle.get(i), JavaOutline.parse(texts.get(i)));
            if (d != null) {
                disagreements.add(names.get(i) + ": " + d);
            }
        }
        return compared;
    }

    /** The first difference between two outlines of a text, or null. */
    private static String disagreement(String text, JavacOutline expected, JavaOutline actual) {
        if (!expected.methods().equals(actual.methods())) {
            return "methods() " + expected.methods() + " but was " + actual.methods();
        }
        String[] lines = text.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            for (int column : columns(lines[l])) {
                List<TestMethod> e = expected.methodsAt(l + 1, column);
                List<TestMethod> a = actual.methodsAt(l + 1, column);
                if (!e.equals(a)) {
                    return (l + 1) + ":" + column + " " + e + " but was " + a + " in: " + lines[l].strip();
                }
            }
        }
        return null;
    }

    /**
     * Column 1, the first non-blank column, and every column where {@code //}, {@code /*}, {@code @}, a brace or an
     * identifier starts, read from the raw line; one past the end too, where a line end is.
     */
    private static TreeSet<Integer> columns(String line) {
        TreeSet<Integer> out = new TreeSet<>();
        out.add(1);
        out.add(line.length() + 1);
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                out.add(i + 1);
                break;
            }
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean identifier = Character.isJavaIdentifierStart(c)
                    && (i == 0 || !Character.isJavaIdentifierPart(line.charAt(i - 1)));
            boolean comment = c == '/' && i + 1 < line.length() && (line.charAt(i + 1) == '/'
                    || line.charAt(i + 1) == '*');
            if (identifier || comment || c == '@' || c == '{' || c == '}') {
                out.add(i + 1);
            }
        }
        return out;
    }
}
