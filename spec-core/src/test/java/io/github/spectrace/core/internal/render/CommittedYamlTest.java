package io.github.spectrace.core.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.spectrace.core.internal.text.RandomText;
import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Requirement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed YAML read back: what {@link RequirementsYaml} writes, the reader gets back exactly. */
// SPEC-CORE-1071
class CommittedYamlTest {

    private static final String[] WORDS = {"pool", "MUST", " ", "  ", "yes", "null", "1:20", "#", " #x", ": ", "'",
        "\"", "\\", "\\n", "é", "😀", "\u2028", "\u0085", "\t", "\n", "{", "-", "?", "reviewed:", "title: x", "\uFEFF"};

    @Test
    void readsTitleTextLevelAndTheReviewedBlock() {
        String yaml = RequirementsYaml.HEADER + "\n"
                + "schema_version: 2\n"
                + "module: core\n"
                + "sources:\n"
                + "  - .specs/10-core.md\n"
                + "requirements:\n"
                + "  CORE-1001:\n"
                + "    title: Pools MUST be bounded and fair.\n"
                + "    level: must\n"
                + "    keywords:\n"
                + "      - MUST\n"
                + "    refs: []\n"
                + "    reviewed:\n"
                + "      fingerprint: \"004c29b1\"\n"
                + "      title: \"Pools MUST be \\\"bounded\\\".\"\n"
                + "      text: \"Even\\tif \\u0085empty.\"\n"
                + "  \"2024-06-01\":\n"
                + "    title: \"yes\"\n"
                + "    text: Body.\n"
                + "    level: may\n";
        Map<String, CommittedYaml.Entry> read = CommittedYaml.parse(yaml);
        assertEquals(Map.of("CORE-1001", new CommittedYaml.Entry("must", "Pools MUST be bounded and fair.", "",
                new Reviewed("004c29b1", "Pools MUST be \"bounded\".", "Even\tif \u0085empty.")),
                "2024-06-01", new CommittedYaml.Entry("may", "yes", "Body.", null)), read);
    }

    @Test
    void aFileEqualToItsFreshRenderingIsNotParsed(@TempDir Path root) throws IOException {
        String yaml = RequirementsYaml.HEADER + "\nschema_version: 2\nmodule: a\nsources: []\nrequirements:\n"
                + "  A-1:\n    title: Old MUST.\n    level: must\n";
        Files.createDirectories(root.resolve("requirements"));
        Files.writeString(root.resolve("requirements/a.yaml"), yaml);
        Files.writeString(root.resolve("requirements/b.yaml"), yaml.replace("module: a", "module: b"));
        byte[] same = yaml.getBytes(StandardCharsets.UTF_8);
        CommittedYaml.Read read = CommittedYaml.read(root, "requirements", Map.of("requirements/a.yaml", same,
                "requirements/b.yaml", same));
        assertEquals(Set.of("requirements/a.yaml"), read.unchanged());
        assertEquals(Map.of("A-1", new CommittedYaml.Entry("must", "Old MUST.", "", null)), read.entries());
    }

    @Test
    void randomStatementsAndLongKeysReadBackExactly() {
        Random random = new Random(20261213L);
        List<Requirement> reqs = new ArrayList<>();
        Map<String, Reviewed> reviewed = new HashMap<>();
        Map<String, CommittedYaml.Entry> expected = new HashMap<>();
        for (int i = 0; i < 2_000; i++) {
            String id = (i % 97 == 0 ? "X".repeat(130) : "CORE-") + i;
            String title = RandomText.next(random, WORDS, 8);
            String text = RandomText.next(random, WORDS, 3);
            Level level = Level.values()[random.nextInt(Level.values().length)];
            reqs.add(new Requirement(id, title, level, List.of("MUST"), "s", "a.md", "a.md", 1, 1, List.of(),
                    List.of(), text));
            Reviewed r = null;
            if (random.nextBoolean()) {
                r = new Reviewed("0123abcd", RandomText.next(random, WORDS, 8), RandomText.next(random, WORDS, 2));
                reviewed.put(id, r);
            }
            expected.put(id, new CommittedYaml.Entry(level.id(), title, text, r));
        }
        String yaml = RequirementsYaml.render(new ModuleRequirements("core", List.of("a.md"), reqs), reviewed);
        assertEquals(expected, CommittedYaml.parse(yaml));
    }
}
