package io.github.spectrace.core.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Requirement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact text of single values, plain or quoted, of each escape, and of a whole small file. */
class YamlWriterTest {

    static Stream<Arguments> plain() {
        return Stream.of("OC-CORE-1000", "must", "MUST NOT", "core/src/Queue.java",
                ".specs/10-core.md#1-queue--admission", "Each pool MUST expose a bounded FIFO queue.",
                "(ORCH-3001) first", "/v1/tasks", "_private", "a#b", "a  b", "yesterday", "Offset", "nope", "a.",
                "x".repeat(300)).map(s -> Arguments.of(s));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("plain")
    void safeStringsArePlain(String s) {
        assertEquals(s, value(s));
    }

    static Stream<Arguments> quoted() {
        return Stream.of(
                // not safe as a whole, though every character is
                Arguments.of("", "\"\""),
                Arguments.of("y", "\"y\""),
                Arguments.of("N", "\"N\""),
                Arguments.of("yes", "\"yes\""),
                Arguments.of("Off", "\"Off\""),
                Arguments.of("tRuE", "\"tRuE\""),
                Arguments.of("NULL", "\"NULL\""),
                Arguments.of(".inf", "\".inf\""),
                Arguments.of(".NaN", "\".NaN\""),
                Arguments.of("a ", "\"a \""),
                Arguments.of(" a", "\" a\""),
                Arguments.of("a #b", "\"a #b\""),
                Arguments.of("_1", "\"_1\""),
                Arguments.of(".5", "\".5\""),
                Arguments.of("123", "\"123\""),
                Arguments.of("-1", "\"-1\""),
                Arguments.of("#a", "\"#a\""),
                // a character outside the safe set
                Arguments.of("2024-06-01", "\"2024-06-01\""),
                Arguments.of("1:20", "\"1:20\""),
                Arguments.of("a:b", "\"a:b\""),
                Arguments.of("a: b", "\"a: b\""),
                Arguments.of("<<", "\"<<\""),
                Arguments.of("=", "\"=\""),
                Arguments.of("~", "\"~\""),
                Arguments.of("1) Queue & Admission", "\"1) Queue & Admission\""),
                Arguments.of("a, b", "\"a, b\""),
                Arguments.of("it's", "\"it's\""),
                // the named escapes
                Arguments.of("a\"b", "\"a\\\"b\""),
                Arguments.of("C:\\dir", "\"C:\\\\dir\""),
                Arguments.of("a\nb", "\"a\\nb\""),
                Arguments.of("a\tb", "\"a\\tb\""),
                // four hex digits, upper case
                Arguments.of("\0", "\"\\u0000\""),
                Arguments.of("a\rb", "\"a\\u000Db\""),
                Arguments.of("\u001b[0m", "\"\\u001B[0m\""),
                Arguments.of("\u007f", "\"\\u007F\""),
                Arguments.of("\u0085", "\"\\u0085\""),
                Arguments.of("\u009f", "\"\\u009F\""),
                Arguments.of("a:\u2028b", "\"a:\\u2028b\""),
                Arguments.of("\u2029", "\"\\u2029\""),
                Arguments.of("\ufeffa", "\"\\uFEFFa\""),
                Arguments.of("\ufffe\uffff", "\"\\uFFFE\\uFFFF\""),
                Arguments.of("\ud800", "\"\\uD800\""),
                Arguments.of("a\udc00\ud83d", "\"a\\uDC00\\uD83D\""),
                // printable characters beyond ASCII stay as they are
                Arguments.of("naïve café", "\"naïve café\""),
                Arguments.of("日本語", "\"日本語\""),
                Arguments.of("a\u00a0b", "\"a\u00a0b\""),
                Arguments.of("\ufffd\ue000", "\"\ufffd\ue000\""),
                Arguments.of("\ud83d\ude00", "\"\ud83d\ude00\""));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("quoted")
    void otherStringsAreDoubleQuoted(String s, String written) {
        assertEquals(written, value(s));
    }

    @Test
    void wholeFile() {
        Requirement plain = new Requirement("OC-CORE-1000", "Each pool MUST expose a bounded FIFO queue.", Level.MUST,
                List.of("MUST"), "1) Queue & Admission", ".specs/10-core.md#1-queue--admission", ".specs/10-core.md",
                3, 3, List.of("core/src/Queue.java"), List.of());
        Requirement quoted = new Requirement("2024-06-01", "yes", Level.MAY, List.of(), "", ".specs/10-core.md",
                ".specs/10-core.md", 4, 3, List.of(), List.of("1:20", "OC-CORE-1000"));
        Requirement longKey = new Requirement("X".repeat(128), "t", Level.INFO, List.of(), "s", "a.md", "a.md", 5, 3,
                List.of(), List.of());
        String yaml = RequirementsYaml.render(new ModuleRequirements("demo-core", List.of(".specs/10-core.md"),
                List.of(plain, quoted, longKey)));
        assertEquals(RequirementsYaml.HEADER + "\n"
                + "schema_version: 2\n"
                + "module: demo-core\n"
                + "sources:\n"
                + "  - .specs/10-core.md\n"
                + "requirements:\n"
                + "  OC-CORE-1000:\n"
                + "    title: Each pool MUST expose a bounded FIFO queue.\n"
                + "    level: must\n"
                + "    keywords:\n"
                + "      - MUST\n"
                + "    section: \"1) Queue & Admission\"\n"
                + "    anchor: .specs/10-core.md#1-queue--admission\n"
                + "    source: .specs/10-core.md\n"
                + "    refs:\n"
                + "      - core/src/Queue.java\n"
                + "    xrefs: []\n"
                + "  \"2024-06-01\":\n"
                + "    title: \"yes\"\n"
                + "    level: may\n"
                + "    keywords: []\n"
                + "    section: \"\"\n"
                + "    anchor: .specs/10-core.md\n"
                + "    source: .specs/10-core.md\n"
                + "    refs: []\n"
                + "    xrefs:\n"
                + "      - \"1:20\"\n"
                + "      - OC-CORE-1000\n"
                + "  ? " + "X".repeat(128) + "\n"
                + "  : title: t\n"
                + "    level: info\n"
                + "    keywords: []\n"
                + "    section: s\n"
                + "    anchor: a.md\n"
                + "    source: a.md\n"
                + "    refs: []\n"
                + "    xrefs: []\n", yaml);
    }

    /** The limit counts written characters, quotes and escapes included. */
    @Test
    void keysOf128WrittenCharactersAreExplicit() {
        assertEquals("x".repeat(127) + ":\n  a: b\n", key("x".repeat(127)));
        assertEquals("? " + "x".repeat(128) + "\n: a: b\n", key("x".repeat(128)));
        // One quote, its escape and the two quotes around it: 123 + 4 = 127, and 124 + 4 = 128.
        assertEquals("\"" + "x".repeat(123) + "\\\"\":\n  a: b\n", key("x".repeat(123) + "\""));
        assertEquals("? \"" + "x".repeat(124) + "\\\"\"\n: a: b\n", key("x".repeat(124) + "\""));
    }

    /** One value as written after {@code key:}. */
    private static String value(String s) {
        YamlWriter w = new YamlWriter("#", 0);
        w.field(0, "k");
        w.string(s);
        String text = w.finish();
        return text.substring("#\nk: ".length(), text.length() - 1);
    }

    /** A mapping with one free-form key whose value is {@code a: b}, without the header. */
    private static String key(String key) {
        YamlWriter w = new YamlWriter("#", 0);
        w.entry(0, key);
        w.field(2, "a");
        w.string("b");
        return w.finish().substring("#\n".length());
    }
}
