package io.github.spectrace.core.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Requirement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders the same modules with {@link RequirementsYaml} and with the Jackson rendering it replaced
 * ({@link JacksonRequirementsYaml}) and asserts identical bytes: for a fixed list of strings that need quotes,
 * escapes or blocks, in every place a string goes, and for many random strings.
 */
class RequirementsYamlDifferentialTest {

    /** Strings that exercise every quoting, escaping and block rule, one rule or corner per string. */
    static final List<String> TRICKY = List.of(
            // ordinary
            "a", "Each pool MUST expose a bounded FIFO queue.", ".specs/10-core.md#1-queue--admission",
            "core/src/Queue.java", "OC-CORE-1000", "MUST", "1) Queue & Admission", "Tasks | \"quoted\" & <b>",
            // empty and blank
            "", " ", "  ", "\t", " a", "a ", " a ", "a  b", "a\tb", "\ta", "a\t",
            // reserved words, in every spelling Jackson knows, and near misses
            "true", "True", "TRUE", "tRUE", "false", "False", "FALSE", "yes", "Yes", "YES", "no", "No", "NO",
            "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N", "null", "Null", "NULL", "nULL", "~", "~a",
            "a~", "truex", "nope", "yesterday", "Offset",
            // numbers and things that start like them
            "0", "1", "-1", "+1", "1.0", "-1.5", ".5", "5.", ".", "-", "+", "-.", "+.", "1e5", "1E5", "1e+5",
            "1e-5", "1.5e3", ".5e3", "1_000", "1_000.5", "0x1F", "0x_1f", "0X1F", "0b101", "0b_1", "0b2", "017",
            "0_17", "018", "09", "007", "0_", "00", "0.0", "-0", ".inf", "-.inf", "+.Inf", ".INF", ".nan", ".NaN",
            "-.nan", "1:30", "1:30:00", "12:30.5", "190:20:30", "1.2.3", "1-2", "2024-01-02",
            "2001-12-14t21:59:43.10-05:00", "1a", "1 2", "- 1", "-a", "-1a", "+a", ".a", "..", "...", "...a",
            "---", "---a", "--", "-- a", "1e", "1e+", "e5", "0x", "0xg", "1__", "_1", "1,000",
            // leading indicators
            "-", "- a", "-a", "?", "? a", "?a", ":", ": a", ":a", ",", ",a", "[", "[a", "]", "]a", "{", "{a", "}",
            "}a", "#", "#a", "# a", "&", "&a", "*", "*a", "!", "!a", "|", "|a", ">", ">a", "'", "'a", "\"", "\"a",
            "%", "%a", "@", "@a", "`", "`a",
            // indicators inside
            "a: b", "a:b", "a:", "a::", "a:\tb", "a #b", "a#b", "a\t#b", "a, b", "a,b", "a[b]", "a{b}", "a?b",
            "a ? b", "a - b", "a -", "a'b", "a''b", "'a'", "a\"b", "\"a\"", "a\\b", "\\", "C:\\dir\\file",
            "a|b", "a>b", "a&b", "a*b", "a!b", "a%b", "a@b", "a`b", "http://example.com/a?b=c#d",
            // control and special characters
            "\0", "a\0b", "\u0001", "a\u0001b", "\u0007\b\u000b\f\u001b", "\u007f", "a\u007fb", "\u0080", "\u0085",
            "a\u0085b", "\u00a0", "a\u00a0b", "\u00ad", "\r", "a\rb", "a\r\nb", "\u2028", "a\u2028b", "a\u2029b",
            "\u2028a", "a\u2028", "#a\u2028b", "#a\u2028", "#\u2028a", "a\u2028\u2029b", "a \u2028b",
            "a\u2028 b", "'\u2028'", "\ufeff", "a\ufeffb", "\ufffe", "\uffff", "\ue000",
            // unicode beyond ASCII
            "İstanbul", "ılık", "İı", "é", "naïve café", "日本語", "Ωmega", "\u0130", "\u0131",
            "\ud83d\ude00", "a\ud83d\ude00b", "-\ud83d\ude00", "#\ud83d\ude00", "\ud83d\ude00 ", "\ud83d\ude00:",
            "a:\ud83d\ude00", "\ud800", "a\ud800", "\ud800a", "\udc00", "a\udc00b", "\ud800\ud800",
            "\ud83d\ud83d\ude00", "\ude00\ud83d", "\udbff\uffff", "\udbff\ue000", "\ud800\u0041",
            // line feeds: literal blocks and their fallbacks
            "\n", "\n\n", "a\n", "a\nb", "a\n\nb", "a\n\n", "a\n\n\n", "\na", "\n\na", " a\nb", "a\n b",
            "a \nb", "a\n ", "a\nb ", "a\n\tb", "a\r\nb\r\n", "a\u0085\nb", "a\n\u2028b", "#a\nb", "- a\nb",
            "true\n", "1\n", "a: b\nc", "a\n\u0001", "a\n\ud83d\ude00", "\ud83d\ude00\n", "a\n\n b\n",
            // long strings
            "x".repeat(127), "x".repeat(128), "x".repeat(200), "word ".repeat(40).trim());

    static Stream<Arguments> tricky() {
        return TRICKY.stream().map(s -> Arguments.of(describe(s), s));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("tricky")
    void stringsInEveryPlaceMatchJackson(String name, String s) {
        Requirement r = new Requirement("ID-1", s, Level.MUST, List.of(s), s, s, s, 1, 1, List.of(s), List.of(s));
        assertSame("as title, keyword, section, anchor, source, ref and xref: " + name,
                new ModuleRequirements("m", List.of("a.md"), List.of(r)));
        assertSame("as module and source: " + name, new ModuleRequirements(s, List.of(s, s), List.of()));
        assertSame("as the only value of a requirement: " + name, new ModuleRequirements("m", List.of(),
                List.of(new Requirement("ID-1", s, Level.MAY, List.of(), "", "", "", 1, 1, List.of(), List.of()))));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("tricky")
    void idKeysMatchJackson(String name, String s) {
        assertSame("as ID: " + name, new ModuleRequirements("m", List.of("a.md"),
                List.of(requirement("A-1", "first"), requirement(s, s), requirement("A-2", "last"))));
        assertSame("as the only ID: " + name, new ModuleRequirements("m", List.of(), List.of(requirement(s, "t"))));
    }

    @Test
    void emptyModuleMatchesJackson() {
        assertSame("empty module", new ModuleRequirements("m", List.of(), List.of()));
        assertTrue(RequirementsYaml.render(new ModuleRequirements("m", List.of(), List.of()))
                .endsWith("sources: []\nrequirements: {}\n"));
    }

    /** Random strings in every place, compared with Jackson, then read back with Jackson's YAML parser. */
    @Test
    void randomStringsMatchJacksonAndReadBack() throws Exception {
        Random random = new Random(20240611L);
        YAMLMapper mapper = new YAMLMapper();
        int strings = 0;
        int readBack = 0;
        for (int module = 0; module < 600; module++) {
            String[] alphabet = module % 3 == 0 ? ALPHABET : module % 3 == 1 ? PRINTABLE_ASCII : NUMBERISH;
            List<Requirement> requirements = new ArrayList<>();
            Set<String> ids = new LinkedHashSet<>();
            for (int i = 0; i < 8; i++) {
                String id = randomString(random, alphabet);
                if (!ids.add(id)) {
                    continue;
                }
                requirements.add(new Requirement(id, randomString(random, alphabet), Level.values()[i % 4],
                        randomList(random, alphabet), randomString(random, alphabet), randomString(random, alphabet),
                        randomString(random, alphabet), 1, 1, randomList(random, alphabet),
                        randomList(random, alphabet)));
            }
            ModuleRequirements m = new ModuleRequirements(randomString(random, alphabet),
                    randomList(random, alphabet), requirements);
            strings += strings(m).size();
            String mine = RequirementsYaml.render(m);
            String jackson = JacksonRequirementsYaml.render(m);
            if (!mine.equals(jackson)) {
                fail("differs from Jackson for " + culprit(m) + "\n--- Jackson\n" + jackson + "--- mine\n" + mine);
            }
            ModuleRequirements readable = readable(m);
            String readableYaml = RequirementsYaml.render(readable);
            assertEquals(JacksonRequirementsYaml.render(readable), readableYaml, "readable part differs from Jackson");
            readBack += assertReadsBack(mapper, readable, readableYaml);
        }
        assertTrue(strings > 20_000, "strings compared: " + strings);
        assertTrue(readBack > strings / 2, "strings read back: " + readBack + " of " + strings);
    }

    /** Every printable ASCII character, and words that are reserved or start like one. */
    private static final String[] PRINTABLE_ASCII = Stream.concat(
            "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~ "
                    .chars().mapToObj(c -> String.valueOf((char) c)),
            Stream.of("on", "no", "Yes", "nul", "y ")).toArray(String[]::new);

    /** The sign, digits and letters of YAML numbers, reserved words and separators, to reach the number rules. */
    private static final String[] NUMBERISH = {
        "0", "1", "7", "8", "9", "+", "-", ".", "e", "E", "x", "b", "_", ":", "a", "f", "F", "inf", "nan", "NaN",
        "Inf", "0x", "0b", "1e", "1.5", "true", "no", "~", " ", ",", "#"
    };

    /** Letters, digits, spaces, every YAML indicator, quotes, escapes, breaks, control and non-ASCII chars. */
    private static final String[] ALPHABET = {
        "a", "b", "z", "A", "Z", "y", "n", "o", "0", "1", "9", " ", " ", " ", "-", "?", ":", ",", "[", "]", "{",
        "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "~", ".", "+", "_", "=", "/", "\\", "\t",
        "\n", "\r", "\0", "\u0001", "\u0007", "\u001b", "\u007f", "\u0085", "\u00a0", "\u00ff", "\u0100",
        "\u2028", "\u2029", "\ufeff", "\ufffe", "\u0130", "\u0131", "\u00e9", "\u65e5", "\ud83d\ude00",
        "\ud800", "\udc00", "\ue000", "true", "null", "yes", "---", "...", ": ", " #", "- ", "? "
    };

    private static String randomString(Random random, String[] alphabet) {
        int roll = random.nextInt(20);
        int tokens = roll == 0 ? 0 : roll == 1 ? 60 + random.nextInt(80) : 1 + random.nextInt(roll < 12 ? 3 : 10);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            // Bias towards plain letters so that the indicator and break rules meet ordinary text.
            b.append(random.nextInt(3) == 0 ? "ab".substring(random.nextInt(2), 2)
                    : alphabet[random.nextInt(alphabet.length)]);
        }
        return b.toString();
    }

    private static List<String> randomList(Random random, String[] alphabet) {
        int n = random.nextInt(4);
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(randomString(random, alphabet));
        }
        return list;
    }

    /**
     * Reads the YAML back with Jackson and asserts that every string comes back unchanged.
     *
     * @return how many strings were compared
     */
    private static int assertReadsBack(YAMLMapper mapper, ModuleRequirements m, String yaml) throws Exception {
        Map<?, ?> root;
        try {
            root = mapper.readValue(yaml, Map.class);
        } catch (IOException e) {
            throw new AssertionError("Jackson cannot read what it wrote:\n" + yaml, e);
        }
        int compared = 0;
        compared += check(m.module(), root.get("module"), "module");
        compared += checkList(m.sources(), root.get("sources"), "sources");
        Map<?, ?> requirements = (Map<?, ?>) root.get("requirements");
        assertEquals(m.requirements().size(), requirements.size(), "requirement count");
        List<?> keys = new ArrayList<>(requirements.keySet());
        for (int i = 0; i < keys.size(); i++) {
            Requirement r = m.requirements().get(i);
            Object key = keys.get(i);
            compared += check(r.id(), key, "id");
            Map<?, ?> fields = (Map<?, ?>) requirements.get(key);
            compared += check(r.title(), fields.get("title"), "title");
            compared += check(r.level().id(), fields.get("level"), "level");
            compared += checkList(r.keywords(), fields.get("keywords"), "keywords");
            compared += check(r.section(), fields.get("section"), "section");
            compared += check(r.anchor(), fields.get("anchor"), "anchor");
            compared += check(r.source(), fields.get("source"), "source");
            compared += checkList(r.refs(), fields.get("refs"), "refs");
            compared += checkList(r.xrefs(), fields.get("xrefs"), "xrefs");
        }
        return compared;
    }

    /**
     * The module with every string that Jackson cannot carry through its own write and read (see
     * {@link #readsBack}) left out of lists or replaced by {@code x}, since one such string can make the whole
     * file unreadable.
     */
    private static ModuleRequirements readable(ModuleRequirements m) {
        List<Requirement> requirements = new ArrayList<>();
        for (Requirement r : m.requirements()) {
            if (readsBack(r.id())) {
                requirements.add(new Requirement(r.id(), readable(r.title()), r.level(), readable(r.keywords()),
                        readable(r.section()), readable(r.anchor()), readable(r.source()), r.line(), r.column(),
                        readable(r.refs()), readable(r.xrefs())));
            }
        }
        return new ModuleRequirements(readable(m.module()), readable(m.sources()), requirements);
    }

    private static String readable(String s) {
        return readsBack(s) ? s : "x";
    }

    private static List<String> readable(List<String> list) {
        return list.stream().filter(RequirementsYamlDifferentialTest::readsBack).toList();
    }

    private static int checkList(List<String> expected, Object actual, String what) {
        List<?> list = (List<?>) actual;
        assertEquals(expected.size(), list.size(), what + " size");
        int compared = 0;
        for (int i = 0; i < expected.size(); i++) {
            compared += check(expected.get(i), list.get(i), what);
        }
        return compared;
    }

    private static int check(String expected, Object actual, String what) {
        assertEquals(expected, actual, () -> what + " " + describe(expected) + " read back as "
                + describe(String.valueOf(actual)));
        return 1;
    }

    /**
     * Whether a string survives Jackson's own write and read. Not: an unpaired surrogate (in double quotes a high
     * surrogate is joined with whatever char follows it); a next-line, line or paragraph separator character,
     * which the emitter leaves as a line break in plain and single-quoted text and the reader folds or rejects.
     */
    static boolean readsBack(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(i + 1));
                if (!pair) {
                    return false;
                }
                i++;
            } else if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** Every free-form string of a module: module, sources, and per requirement the ID and its strings. */
    private static List<String> strings(ModuleRequirements m) {
        List<String> all = new ArrayList<>();
        all.add(m.module());
        all.addAll(m.sources());
        for (Requirement r : m.requirements()) {
            all.addAll(List.of(r.id(), r.title(), r.section(), r.anchor(), r.source()));
            all.addAll(r.keywords());
            all.addAll(r.refs());
            all.addAll(r.xrefs());
        }
        return all;
    }

    /** The strings of a module that differ from Jackson on their own, to name them in a failure. */
    private static String culprit(ModuleRequirements m) {
        List<String> bad = new ArrayList<>();
        for (String s : strings(m)) {
            ModuleRequirements one = new ModuleRequirements("m", List.of(s), List.of(requirement(s, s)));
            if (!RequirementsYaml.render(one).equals(JacksonRequirementsYaml.render(one))) {
                bad.add(describe(s));
            }
        }
        return bad.isEmpty() ? "the combination" : String.join(", ", bad);
    }

    private static Requirement requirement(String id, String title) {
        return new Requirement(id, title, Level.SHOULD, List.of("SHOULD"), "Section", "a.md#section", "a.md", 1, 1,
                List.of("x/y.java"), List.of());
    }

    private static void assertSame(String what, ModuleRequirements m) {
        byte[] jackson = JacksonRequirementsYaml.render(m).getBytes(StandardCharsets.UTF_8);
        byte[] mine = RequirementsYaml.render(m).getBytes(StandardCharsets.UTF_8);
        assertEquals(new String(jackson, StandardCharsets.UTF_8), new String(mine, StandardCharsets.UTF_8),
                () -> what + ": text differs");
        // Equal text, then equal bytes; also compared directly, as the files are bytes.
        assertTrue(Arrays.equals(jackson, mine), () -> what + ": bytes differ");
    }

    /** The string as a Java literal, so that control characters and surrogates show in test names. */
    static String describe(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                b.append(c);
            } else {
                String hex = Integer.toHexString(c);
                b.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
            }
        }
        return b.append('"').toString();
    }
}
