package io.github.spectrace.core.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spectrace.core.internal.Stages;
import io.github.spectrace.core.internal.extract.Extraction;
import io.github.spectrace.core.internal.extract.ProjectLayout;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Requirement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Seeded random Markdown through the whole path from spec files to YAML: parse, extract, render, and read back with
 * SnakeYAML. Nothing may throw, and every value must come back as the string the model holds. A few thousand
 * documents, so that it runs in every build in a few seconds.
 */
class MarkdownToYamlFuzzTest {

    private static final int BATCHES = 12;
    private static final int DOCUMENTS = 250;

    private static final String[] WORDS = {"pool", "MUST", "SHOULD", "MAY", "NOT", "must", "queue", "1:20",
        "2024-06-01", "yes", "no", "null", "~", "<<", "=", "#", " #x", ": ", "'", "\"", "\\", "`code`", "*em*",
        "**bold**", "_u_", "|", "[link](docs/a.md#x)", "<a name=\"h\"></a>", "&amp;", "é", "😀", "\u2028", "\u0085",
        "\t", "{", "}", "[", "]", "-", "%", "@", "!", "?", "(", ")", "..", "/etc/passwd", "ISO-8601", "RFC-2119"};

    @TempDir
    Path root;

    @Test
    void randomSpecsExtractAndReadBackExactly() throws IOException {
        Random random = new Random(20261201L);
        int requirements = 0;
        for (int batch = 0; batch < BATCHES; batch++) {
            Path dir = root.resolve("b" + batch);
            for (int d = 0; d < DOCUMENTS; d++) {
                Path spec = dir.resolve(".specs/" + String.format(java.util.Locale.ROOT, "%03d", d) + "-m" + d % 7
                        + ".md");
                Files.createDirectories(spec.getParent());
                Files.writeString(spec, document(random, batch * DOCUMENTS + d), StandardCharsets.UTF_8);
            }
            Extraction x = Stages.extractor(ProjectLayout.single(dir, "root"), Stages.defaultExtractOptions()).run();
            for (ModuleRequirements m : x.modules()) {
                requirements += m.requirements().size();
                assertReadsBack(m, RequirementsYaml.render(m));
            }
        }
        assertTrue(requirements > 3_000, "the corpus defines enough requirements: " + requirements);
    }

    private static String document(Random r, int n) {
        StringBuilder md = new StringBuilder();
        int blocks = 3 + r.nextInt(12);
        for (int b = 0; b < blocks; b++) {
            switch (r.nextInt(7)) {
                case 0 -> md.append("#".repeat(1 + r.nextInt(4))).append(' ').append(maybeId(r, n)).append(text(r))
                        .append('\n');
                case 1, 2 -> md.append(r.nextBoolean() ? "- " : "1. ").append(maybeId(r, n)).append(text(r))
                        .append('\n');
                case 3 -> md.append("```\n- [X-").append(1000 + r.nextInt(9000)).append("] in code MUST\n```\n");
                case 4 -> md.append("| a | b |\n|---|---|\n| [T-").append(1000 + r.nextInt(9000)).append("] | x |\n");
                case 5 -> md.append(text(r)).append(" (FZ-").append(1000 + r.nextInt(9000)).append(").\n");
                default -> md.append(text(r)).append('\n');
            }
            md.append(r.nextInt(4) == 0 ? "" : "\n");
        }
        return md.toString();
    }

    private static String maybeId(Random r, int n) {
        if (r.nextInt(5) == 0) {
            return "";
        }
        String id = "FZ-" + (char) ('A' + r.nextInt(3)) + "-" + (1000 + r.nextInt(9000));
        return r.nextBoolean() ? "[" + id + "] " : "**" + id + "**: ";
    }

    private static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        int words = 1 + r.nextInt(10);
        for (int w = 0; w < words; w++) {
            sb.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static void assertReadsBack(ModuleRequirements m, String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Map<?, ?> doc = new Yaml(new SafeConstructor(options)).load(yaml);
        assertEquals(m.module(), doc.get("module"), yaml);
        assertEquals(m.sources(), doc.get("sources"), yaml);
        Map<?, ?> reqs = (Map<?, ?>) doc.get("requirements");
        List<String> ids = new ArrayList<>();
        for (Requirement r : m.requirements()) {
            ids.add(r.id());
            Map<?, ?> y = (Map<?, ?>) reqs.get(r.id());
            String where = r.id() + " in\n" + yaml;
            assertEquals(r.title(), y.get("title"), where);
            assertEquals(r.level().id(), y.get("level"), where);
            assertEquals(r.keywords(), y.get("keywords"), where);
            assertEquals(r.section(), y.get("section"), where);
            assertEquals(r.anchor(), y.get("anchor"), where);
            assertEquals(r.source(), y.get("source"), where);
            assertEquals(r.refs(), y.get("refs"), where);
            assertEquals(r.xrefs(), y.get("xrefs"), where);
        }
        assertEquals(ids, new ArrayList<>(reqs == null ? List.of() : reqs.keySet()));
    }
}
