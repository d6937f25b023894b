package io.github.spectrace.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The adapters stay thin: small Mojos, and only spec-core's exported API and model are used. */
class AdapterLayoutTest {

    private static final int MAX_MOJO_LINES = 150;

    @Test
    void everyMojoIsAtMost150Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        List<Path> mojos = sources(Path.of("src/main/java")).stream()
                .filter(p -> p.getFileName().toString().endsWith("Mojo.java")).toList();
        assertTrue(mojos.size() >= 8, "found the Mojos: " + mojos);
        for (Path p : mojos) {
            long lines = Files.readAllLines(p, StandardCharsets.UTF_8).size();
            if (lines > MAX_MOJO_LINES) {
                tooLong.add(p.getFileName() + ": " + lines);
            }
        }
        assertEquals(List.of(), tooLong);
    }

    /** The plugin and the benchmark call the same API; neither reaches into spec-core's internal packages. */
    @Test
    void onlyTheApiAndTheModelAreImported() throws IOException {
        List<String> internal = new ArrayList<>();
        List<Path> files = new ArrayList<>(sources(Path.of("src")));
        files.addAll(sources(Path.of("../bench/src")));
        assertTrue(files.size() > 15, "found the sources");
        for (Path p : files) {
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                if (line.startsWith("import ") && line.contains("io.github.spectrace.core.")
                        && !line.contains("io.github.spectrace.core.api.")
                        && !line.contains("io.github.spectrace.core.model.")) {
                    internal.add(p + ": " + line);
                }
            }
        }
        assertEquals(List.of(), internal);
    }

    private static List<Path> sources(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
