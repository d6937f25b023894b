package io.github.spectrace.core.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spectrace.core.internal.text.RandomText;
import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Requirement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.JsonSchema;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Renders modules with {@link RequirementsYaml}, reads the UTF-8 bytes back with SnakeYAML (YAML 1.1) and with
 * snakeyaml-engine (YAML 1.2, core and JSON schema), and asserts that every string comes back as the same
 * {@link String}, never as a boolean, number, date or null, and that the layout is unchanged: the same keys in
 * the same order. The strings are a fixed list of hard cases, put in every place a string goes, and seeded random
 * strings over printable ASCII, control characters, line and paragraph separators and characters beyond the BMP.
 */
class RequirementsYamlReadBackTest {

    /**
     * Strings that exercise every quoting and escaping rule, and the rules of YAML readers, one corner each: the list
     * the Jackson comparison used, then the cases of the conservative policy.
     */
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
            // line feeds, which the old writer put in literal blocks
            "\n", "\n\n", "a\n", "a\nb", "a\n\nb", "a\n\n", "a\n\n\n", "\na", "\n\na", " a\nb", "a\n b",
            "a \nb", "a\n ", "a\nb ", "a\n\tb", "a\r\nb\r\n", "a\u0085\nb", "a\n\u2028b", "#a\nb", "- a\nb",
            "true\n", "1\n", "a: b\nc", "a\n\u0001", "a\n\ud83d\ude00", "\ud83d\ude00\n", "a\n\n b\n",
            // long strings
            "x".repeat(127), "x".repeat(128), "x".repeat(200), "word ".repeat(40).trim(),
            // plain under the conservative policy
            "(ORCH-3001) first", "/v1/tasks", "_private", "a.", "a-", "a()", "/", "(", "( ", "(#", "/#a",
            // reserved in some reader, or close to it
            "yEs", "oN", "nan", "NaN", "inf", "Infinity", "None", "nil", ".iNf", ".nAn", "_", "__", "_1_000", "0o17",
            "<<", "=", "<", "<<<", "==", "!!str", "%YAML",
            // dates, times and sexagesimal numbers
            "2024-06-01", "2001-12-14 21:59:43.10 -5", "2001-12-14T21:59:43Z", "2024-6-1", "1:20", "-1:20", "1:2",
            "a:20",
            // a colon before a line separator, which made the old output unreadable
            "a:\u2028", ":\u2028", "a:\u2028b",
            // more special characters, and pairs at the ends of the range
            "\u009f", "\ufffd", "\udbff\udfff", "\ud800\udc00",
            // keys too long to be implicit, once escaped
            "x".repeat(126), "x".repeat(1100), "\u0001".repeat(30), "\"".repeat(64));

    static Stream<Arguments> tricky() {
        return TRICKY.stream().map(s -> Arguments.of(describe(s), s));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("tricky")
    void trickyStringsReadBackInEveryPlace(String name, String s) {
        Requirement r = new Requirement("ID-1", s, Level.MUST, List.of(s), s, s, s, 1, 1, List.of(s, s),
                List.of(s));
        assertReadsBack(new ModuleRequirements("m", List.of("a.md"), List.of(r)));
        assertReadsBack(new ModuleRequirements(s, List.of(s, "b.md", s), List.of()));
        assertReadsBack(new ModuleRequirements("m", List.of(),
                List.of(requirement("A-1", "first"), requirement(s, s), requirement("A-2", "last"))));
        assertReadsBack(new ModuleRequirements("m", List.of(), List.of(requirement(s, "t"))));
    }

    @Test
    void emptyModuleReadsBack() {
        ModuleRequirements m = new ModuleRequirements("m", List.of(), List.of());
        assertReadsBack(m);
        assertTrue(RequirementsYaml.render(m).endsWith("sources: []\nrequirements: {}\n"));
    }

    /** Every printable ASCII character, and words that readers resolve or that start like one. */
    private static final String[] PRINTABLE_ASCII = Stream.concat(
            IntStream.rangeClosed(0x20, 0x7e).mapToObj(c -> String.valueOf((char) c)),
            Stream.of("ab", "Ab", "ab", "Ab", "on", "no", "Yes", "nul", "null", "true", "y ", "~", "<<", "=", ": ",
                    " #", "- ", "? ", "---", "...", ".inf", ".nan", "0x", "1e", "2024-06-01", "12:30", "1:20"))
            .toArray(String[]::new);

    /** Every C0 and C1 control character and DEL, between letters, spaces and indicators. */
    private static final String[] CONTROL = Stream.concat(
            IntStream.concat(IntStream.rangeClosed(0, 0x1f), IntStream.rangeClosed(0x7f, 0x9f))
                    .mapToObj(c -> String.valueOf((char) c)),
            Stream.of("a", "b", "ab", "Ab", "ab", " ", ":", "#", "-", "\"", "\\"))
            .toArray(String[]::new);

    /** Line and paragraph separators, the BOM, non-characters, letters beyond ASCII, pairs and lone surrogates. */
    private static final String[] UNICODE = {
        "\u2028", "\u2029", "\u0085", "\ufeff", "\ufffe", "\uffff", "\ufffd", "\u00a0", "\u00ff", "\u0100",
        "\u00e9", "\u0130", "\u0131", "\u65e5", "\ue000", "\ud83d\ude00", "\ud800\udc00", "\udbff\udfff",
        "\ud834\udd1e", "\ud800", "\udc00", "\udbff", "a", "b", "ab", "Ab", "ab", " ", ":", "#", "-", ".", "\n"
    };

    /** The signs, digits, letters and separators of YAML numbers, dates, times and reserved words. */
    private static final String[] NUMBERISH = {
        "0", "1", "7", "8", "9", "12", "+", "-", ".", "e", "E", "x", "o", "b", "_", ":", "T", "t", "Z", "a", "f",
        "inf", "nan", "NaN", "Inf", "0x", "0b", "0o", "1e", "1.5", "true", "no", "on", "y", "~", " ", ",", "#",
        "2024-06-01", "21:59:43", "<<", "="
    };

    /** All of the above. */
    private static final String[] MIXED = Stream.of(PRINTABLE_ASCII, CONTROL, UNICODE, NUMBERISH)
            .flatMap(Stream::of).toArray(String[]::new);

    /** Random strings in every place, read back through both readers. */
    @Test
    void randomStringsReadBack() {
        Random random = new Random(20240611L);
        int strings = 0;
        int plain = 0;
        String[][] corpora = {PRINTABLE_ASCII, CONTROL, UNICODE, NUMBERISH, MIXED};
        for (int module = 0; module < 500; module++) {
            String[] alphabet = corpora[module % corpora.length];
            // Mostly short strings, where the reader's rules bite; now and then a long one.
            int maxParts = module % 10 == 9 ? 60 : 6;
            List<Requirement> requirements = new ArrayList<>();
            Set<String> ids = new LinkedHashSet<>();
            for (int i = 0; i < 8; i++) {
                String id = RandomText.next(random, alphabet, maxParts);
                if (!ids.add(id)) {
                    continue;
                }
                requirements.add(new Requirement(id, RandomText.next(random, alphabet, maxParts),
                        Level.values()[i % 4], list(random, alphabet, maxParts),
                        RandomText.next(random, alphabet, maxParts), RandomText.next(random, alphabet, maxParts),
                        RandomText.next(random, alphabet, maxParts), 1, 1, list(random, alphabet, maxParts),
                        list(random, alphabet, maxParts)));
            }
            ModuleRequirements m = new ModuleRequirements(RandomText.next(random, alphabet, maxParts),
                    list(random, alphabet, maxParts), requirements);
            assertReadsBack(m);
            for (String s : strings(m)) {
                strings++;
                plain += YamlWriter.isPlain(s) ? 1 : 0;
            }
        }
        assertTrue(strings > 30_000, "strings read back: " + strings);
        // Both ways of writing a string are reached often.
        assertTrue(plain > strings / 20 && plain < strings / 2, "plain: " + plain + " of " + strings);
    }

    private static List<String> list(Random random, String[] alphabet, int maxParts) {
        int n = random.nextInt(4);
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(RandomText.next(random, alphabet, maxParts));
        }
        return list;
    }

    /** Renders the module, checks that the text survives UTF-8, and reads the bytes back with each reader. */
    private static void assertReadsBack(ModuleRequirements m) {
        String yaml = RequirementsYaml.render(m);
        byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
        // An unpaired surrogate written as is would become '?' here.
        assertEquals(yaml, new String(bytes, StandardCharsets.UTF_8), "the YAML is not valid UTF-8");
        Map<String, Object> expected = expected(m);
        for (Reader reader : Reader.values()) {
            Object actual;
            try {
                actual = reader.load(bytes);
            } catch (RuntimeException e) {
                throw new AssertionError(reader + " cannot read:\n" + yaml, e);
            }
            assertSameTree(expected, actual, reader + ": ", yaml);
        }
    }

    /** The readers that every file must pass. */
    private enum Reader {
        SNAKEYAML_1_1 {
            @Override
            Object load(byte[] yaml) {
                LoaderOptions options = new LoaderOptions();
                options.setAllowDuplicateKeys(false);
                return new Yaml(new SafeConstructor(options)).load(new ByteArrayInputStream(yaml));
            }
        },
        ENGINE_1_2_CORE {
            @Override
            Object load(byte[] yaml) {
                return new Load(LoadSettings.builder().setSchema(new CoreSchema()).setAllowDuplicateKeys(false)
                        .build()).loadFromInputStream(new ByteArrayInputStream(yaml));
            }
        },
        ENGINE_1_2_JSON {
            @Override
            Object load(byte[] yaml) {
                return new Load(LoadSettings.builder().setSchema(new JsonSchema()).setAllowDuplicateKeys(false)
                        .build()).loadFromInputStream(new ByteArrayInputStream(yaml));
            }
        };

        abstract Object load(byte[] yaml);
    }

    /** The tree a reader must produce: maps in key order, lists, strings, and the schema version as an integer. */
    private static Map<String, Object> expected(ModuleRequirements m) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema_version", RequirementsYaml.SCHEMA_VERSION);
        root.put("module", m.module());
        root.put("sources", m.sources());
        Map<String, Object> requirements = new LinkedHashMap<>();
        for (Requirement r : m.requirements()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("title", r.title());
            fields.put("level", r.level().id());
            fields.put("keywords", r.keywords());
            fields.put("section", r.section());
            fields.put("anchor", r.anchor());
            fields.put("source", r.source());
            fields.put("refs", r.refs());
            fields.put("xrefs", r.xrefs());
            requirements.put(r.id(), fields);
        }
        root.put("requirements", requirements);
        return root;
    }

    /**
     * Compares a tree that a reader produced with the expected one: the same map keys in the same order, the same
     * list lengths, and each string as a {@link String} equal to the expected one.
     */
    private static void assertSameTree(Object expected, Object actual, String where, String yaml) {
        if (expected instanceof String s) {
            if (!(actual instanceof String) || !s.equals(actual)) {
                throw new AssertionError(where + describe(s) + " read back as " + describeValue(actual) + " in:\n"
                        + yaml);
            }
            return;
        }
        if (expected instanceof Integer) {
            assertEquals(expected, actual, where);
            return;
        }
        if (expected instanceof List<?> list) {
            if (!(actual instanceof List<?> got) || got.size() != list.size()) {
                throw new AssertionError(where + "expected a list of " + list.size() + ", read "
                        + describeValue(actual) + " in:\n" + yaml);
            }
            for (int i = 0; i < list.size(); i++) {
                assertSameTree(list.get(i), got.get(i), where + "[" + i + "] ", yaml);
            }
            return;
        }
        Map<?, ?> map = (Map<?, ?>) expected;
        if (!(actual instanceof Map<?, ?> got) || got.size() != map.size()) {
            throw new AssertionError(where + "expected a map of " + map.size() + ", read " + describeValue(actual)
                    + " in:\n" + yaml);
        }
        List<?> expectedKeys = new ArrayList<>(map.keySet());
        List<?> keys = new ArrayList<>(got.keySet());
        for (int i = 0; i < keys.size(); i++) {
            Object key = expectedKeys.get(i);
            assertSameTree(key, keys.get(i), where + "key " + i + " ", yaml);
            assertSameTree(map.get(key), got.get(keys.get(i)), where + key + " ", yaml);
        }
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

    private static Requirement requirement(String id, String title) {
        return new Requirement(id, title, Level.SHOULD, List.of("SHOULD"), "Section", "a.md#section", "a.md", 1, 1,
                List.of("x/y.java"), List.of());
    }

    private static String describeValue(Object value) {
        return value instanceof String s ? describe(s)
                : value == null ? "null" : value.getClass().getSimpleName() + " " + value;
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
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return b.append('"').toString();
    }
}
