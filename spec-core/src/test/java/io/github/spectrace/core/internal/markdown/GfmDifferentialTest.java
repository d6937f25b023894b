package io.github.spectrace.core.internal.markdown;

import com.vladsch.flexmark.parser.Parser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compares the block structure flexmark gives each Markdown file of {@code src/test/resources/gfm/}, with the
 * options and corrections {@link SpecParser} uses ({@link GfmMarkdown}), with the structure cmark-gfm, GitHub's
 * parser, gives it. cmark-gfm's HTML is committed next to each file; {@code regenerate.sh} there makes it.
 *
 * <p>{@code edge/} holds cases written to find differences, {@code project/} copies of the project's own Markdown.
 * A {@code .known} file next to a case records a difference that is known and not fixed, or a cmark-gfm bug: its
 * comments say which and why, and its other lines are the outline flexmark must give. The test fails when
 * flexmark's outline changes, and when the difference is gone, so that the file is deleted.
 */
class GfmDifferentialTest {

    private static final Parser PARSER = GfmMarkdown.parser();

    private static Path dir() {
        try {
            return Path.of(GfmDifferentialTest.class.getResource("/gfm").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String name) {
        try {
            return Files.readString(dir().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> corpus() throws IOException {
        List<String> names = new ArrayList<>();
        for (String sub : List.of("edge", "project")) {
            try (Stream<Path> files = Files.list(dir().resolve(sub))) {
                files.map(p -> sub + "/" + p.getFileName()).filter(n -> n.endsWith(".md")).sorted()
                        .forEach(names::add);
            }
        }
        return names.stream();
    }

    private static List<String> flexmark(String name) {
        String text = read(name);
        return GfmOutline.of(GfmMarkdown.parse(PARSER, text), text);
    }

    private static List<String> cmark(String name) {
        return GfmOutline.ofHtml(read(name.replaceAll("\\.md$", ".html")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void flexmarkStructuresLikeGitHub(String name) {
        List<String> flexmark = flexmark(name);
        List<String> cmark = cmark(name);
        String known = name.replaceAll("\\.md$", ".known");
        if (Files.exists(dir().resolve(known))) {
            List<String> expected = read(known).lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
            assertEquals(String.join("\n", expected), String.join("\n", flexmark), "flexmark's outline of " + name);
            assertNotEquals(cmark, flexmark, name + " now parses as on GitHub: delete " + known);
        } else {
            // Joined, so that a failure shows a diff of the two outlines.
            assertEquals(String.join("\n", cmark), String.join("\n", flexmark), name);
        }
    }

    @Test
    void tableThenDashesIsATableAndABreak() {
        List<String> expected = List.of(
                "1: h1 Limits",
                "3: table 2x2",
                "6: hr",
                "8: p [LIM-102] A pool MUST hold at most 100 tasks.",
                "10: table 1x2",
                "12: hr",
                "14: table 1x2",
                "16: hr",
                "18: table 2x2",
                "22: table 1x1",
                "24: hr",
                "26: h2 | a | b |",
                "29: h2 Just a paragraph");
        assertEquals(expected, cmark("edge/table-then-dashes.md"));
        assertEquals(expected, flexmark("edge/table-then-dashes.md"));
        // What the fix is for: flexmark alone reads the table as the text of a setext heading.
        String text = read("edge/table-then-dashes.md");
        assertEquals("3: h2 | ID | Limit | |----|-------| | [LIM-101] | 10 pools |",
                GfmOutline.of(PARSER.parse(text), text).get(1));
    }

    @Test
    void outlineOfHtml() {
        String html = """
                <h2 data-sourcepos="1:1-1:9">A <em>b</em> &amp; <code>c</code> <img src="i.png" alt="d" /></h2>
                <ul data-sourcepos="2:1-4:0">
                <li data-sourcepos="2:1-2:7"><input type="checkbox" checked="" disabled="" /> done</li>
                <li data-sourcepos="3:1-4:0">
                <p data-sourcepos="3:3-3:5">one</p>
                <blockquote data-sourcepos="4:3-4:5">
                <p data-sourcepos="4:5-4:5">q</p>
                </blockquote>
                <!-- raw HTML omitted -->
                <p data-sourcepos="6:3-6:5">two <!-- raw HTML omitted -->x</p>
                </li>
                </ul>
                <!-- raw HTML omitted -->
                <table data-sourcepos="8:1-10:5">
                <thead><tr><th>a</th><th>b</th></tr></thead>
                <tbody><tr><td>1</td><td></td></tr></tbody>
                </table>
                <pre data-sourcepos="11:1-12:3"><code>&lt;x&gt;
                </code></pre>
                <hr data-sourcepos="13:1-13:3" />
                """;
        assertEquals(List.of(
                "1: h2 A b & c d",
                "2: ul",
                "2:   task [x] done",
                "3:   li one two x",
                "4:     quote",
                "4:       p q",
                "?:     html",
                "?: html",
                "8: table 2x2",
                "11: pre",
                "13: hr"), GfmOutline.ofHtml(html));
    }

    @Test
    void theCorpusHasEveryKindOfBlock() throws IOException {
        TreeSet<String> kinds = new TreeSet<>();
        for (String name : corpus().toList()) {
            for (String line : cmark(name)) {
                String entry = line.substring(line.indexOf(':') + 1).strip();
                kinds.add(entry.split(" ", 2)[0]);
            }
        }
        assertEquals(new TreeSet<>(List.of("footnotes", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "html", "li", "ol",
                "p", "pre", "quote", "table", "task", "ul")), kinds);
    }

    @Test
    void goldenFilesAreThoseOfTheirInputs() throws IOException, NoSuchAlgorithmException {
        Map<String, String> listed = new TreeMap<>();
        for (String line : read("inputs.sha256").lines().toList()) {
            listed.put(line.substring(66), line.substring(0, 64));
        }
        Map<String, String> actual = new TreeMap<>();
        for (String name : corpus().toList()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dir().resolve(name)));
            actual.put(name, HexFormat.of().formatHex(digest));
            assertTrue(Files.exists(dir().resolve(name.replaceAll("\\.md$", ".html"))), name + " has no .html");
        }
        assertEquals(listed, actual, "an .md file changed since its .html was made: run gfm/regenerate.sh");
    }

    @Test
    void theCorpusCitesNoRequirementOfTheProject() throws IOException {
        // Test resources are scanned for citations; a copy of a spec would count as a test of every requirement.
        Pattern own = Pattern.compile("SPEC" + "-(?:CORE|PLUGIN)-[0-9]");
        List<String> citing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir())) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                if (own.matcher(Files.readString(p, StandardCharsets.UTF_8)).find()) {
                    citing.add(dir().relativize(p).toString());
                }
            }
        }
        assertEquals(List.of(), citing);
    }
}
