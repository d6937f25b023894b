package io.github.spectrace.core.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.spectrace.core.model.TestMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written outline on sources that do not compile, where it need not agree with javac (see
 * {@link JavaOutlineOracleTest} for those that do): what it recognises, exactly, and that it never throws.
 */
class JavaOutlineTest {

    @Test
    void anEmptyFileOrOnlyAPackageHasNoMethods() {
        assertEquals(List.of(), methods(""));
        assertEquals(List.of(), strings(JavaOutline.parse("").methodsAt(1, 1)));
        assertEquals(List.of(), methods("package p;\n"));
        assertEquals(List.of(), strings(JavaOutline.parse("package p;\n").methodsAt(1, 1)));
        assertEquals(List.of(), strings(JavaOutline.parse("package p;\n").methodsAt(2, 1)));
    }

    @Test
    void anUnterminatedCommentRunsToTheEnd() {
        String src = "package p;\nclass A {\n  void a() {}\n  /* open M1\n  void b() {}\n}\n";
        assertEquals(List.of("p.A#a"), methods(src));
        assertEquals(List.of(), at(src, "M1"));
        assertEquals(List.of(), at(src, "void b"));
    }

    @Test
    void anUnterminatedStringEndsAtItsLineEnd() {
        String src = "class S {\n  void a() { String s = \"{ ; M1\n  }\n  void b() { /* M2 */ }\n}\n";
        assertEquals(List.of("S#a", "S#b"), methods(src));
        assertEquals(List.of("S#a"), at(src, "M1"));
        assertEquals(List.of("S#b"), at(src, "M2"));
    }

    @Test
    void anUnterminatedTextBlockRunsToTheEnd() {
        String src = "class T {\n  void a() {}\n  String s = \"\"\"\n    } M1\n  void b() { /* M2 */ }\n}\n";
        assertEquals(List.of("T#a"), methods(src));
        assertEquals(List.of(), at(src, "M1"));
        assertEquals(List.of(), at(src, "M2"));
    }

    @Test
    void aBraceLeftOpenMakesTheRestPartOfItsMethod() {
        String src = "class U {\n  void a() {\n    if (x) {\n  }\n  void b() { /* M1 */ }\n}\n";
        assertEquals(List.of("U#a"), methods(src));
        assertEquals(List.of("U#a"), at(src, "M1"));
    }

    @Test
    void anExtraClosingBraceEndsTheClassAndWhatFollowsIsNoDeclaration() {
        String src = "class V {\n  void a() {}\n  }\n  void b() { /* M1 */ }\n}\nclass W { void w() {} }\n";
        assertEquals(List.of("V#a", "W#w"), methods(src));
        assertEquals(List.of(), at(src, "M1"));
        assertEquals(List.of("W#w"), at(src, "class W"));
    }

    @Test
    void unbalancedParenthesesAndHeadersKeepTheMembersAround() {
        String field = "class N { int x = foo(; void a() { /* M1 */ } }\n";
        assertEquals(List.of("N#a"), methods(field));
        assertEquals(List.of("N#a"), at(field, "M1"));
        String header = "class R { void a() {} record Q(int x { void q() {} } void b() { /* M1 */ } }\n";
        assertEquals(List.of("R#a", "R#b", "R$Q#q"), methods(header));
        assertEquals(List.of("R#b"), at(header, "M1"));
    }

    @Test
    void anInvalidUnicodeEscapeIsABackslash() {
        String src = "class E { void a() { String s = \"\\u12\"; /* M1 */ } char c = '\\u007b'; void b() {} }\n";
        assertEquals(List.of("E#a", "E#b"), methods(src));
        assertEquals(List.of("E#a"), at(src, "M1"));
    }

    @Test
    void garbageOutlinesToNothing() {
        assertEquals(List.of(), methods("}}} {{{ ((( \" ''' /* "));
        assertEquals(List.of(), methods("void m() { } int x; @A"));
        assertEquals(List.of(), methods("class"));
        assertEquals(List.of(), methods("class {"));
        assertEquals(List.of(), methods("\\u"));
    }

    @Test
    void pathologicalTextsFinishWithoutThrowing() {
        // Each would be slow if a scan restarted at every character, or overflow the stack if classes recursed
        // without bound.
        assertEquals(List.of(), methods("\\".repeat(100_000) + "u007b"));
        assertEquals(List.of(), methods("{".repeat(100_000)));
        assertEquals(List.of(), methods("/*".repeat(100_000)));
        assertEquals(List.of(), methods("@A(".repeat(50_000)));
        assertEquals(List.of(), methods("class A { ".repeat(20_000)));
        assertEquals(List.of("A#m"), methods("class A { " + "class B { ".repeat(20_000) + "}".repeat(20_000)
                + " void m() {} }"));
        assertEquals(List.of("A#m"), methods("class A { void m() {} " + "/**/ int x; ".repeat(50_000) + "}"));
    }

    @Test
    void randomFragmentsNeverThrow() {
        String[] fragments = {"class ", "interface ", "enum ", "record ", "@interface ", "@A", "(", ")", "{", "}",
            ";", ",", "=", "<", ">", "\"", "'", "\"\"\"", "\n", "//", "/*", "*/", "\\", "\\u007b", "\\u000a", "X ",
            "void ", "m", "default ", "static ", "sealed ", "non-sealed ", "permits ", "package ", "import ",
            "module ", "1.5e+3", "->", "[]", "."};
        Random random = new Random(42);
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                b.append(fragments[random.nextInt(fragments.length)]);
            }
            String src = b.toString();
            try {
                JavaOutline o = JavaOutline.parse(src);
                o.methods();
                for (int line = 1; line <= 3; line++) {
                    for (int column = 1; column <= 20; column++) {
                        o.methodsAt(line, column);
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                failed.add(src + " -> " + e);
            }
        }
        assertEquals(List.of(), failed);
    }

    /** The methods a citation at the first occurrence of {@code marker} maps to, as strings. */
    private static List<String> at(String source, String marker) {
        int offset = source.indexOf(marker);
        assertEquals(true, offset >= 0, marker);
        int line = 1 + (int) source.substring(0, offset).chars().filter(c -> c == '\n').count();
        int column = offset - (source.lastIndexOf('\n', offset - 1) + 1) + 1;
        return strings(JavaOutline.parse(source).methodsAt(line, column));
    }

    private static List<String> strings(List<TestMethod> methods) {
        return methods.stream().map(TestMethod::toString).toList();
    }

    private static List<String> methods(String source) {
        return strings(JavaOutline.parse(source).methods());
    }
}
