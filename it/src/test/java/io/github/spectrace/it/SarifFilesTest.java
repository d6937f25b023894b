package io.github.spectrace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Every SARIF file that the ITs and the dogfood run wrote is valid against the OASIS SARIF 2.1.0 schema and has
 * what GitHub code scanning needs: rules with help, a distinct category per run, a line for every result, full
 * sentences, fingerprints, and sizes within its limits.
 */
class SarifFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The category of each report's runs. */
    private static final Map<String, List<String>> CATEGORIES = Map.of("lint.sarif", List.of("spec/lint/"),
            "links.sarif", List.of("spec/links/"), "verify.sarif", List.of("spec/verify/"));

    private static List<Path> sarifFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : System.getProperty("sarif.roots", "target/it").split(",")) {
            Path dir = Path.of(root);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    String name = d.getFileName() == null ? "" : d.getFileName().toString();
                    return name.equals("local-repo") || name.equals("node_modules") ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (f.getFileName().toString().endsWith(".sarif") && f.getParent().endsWith("target/spec")) {
                        files.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        files.sort(null);
        return files;
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = SarifFilesTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            JsonNode node = JSON.readTree(in);
            assertEquals("http://json-schema.org/draft-07/schema#", node.get("$schema").asText());
            assertEquals("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema", node.get("title").asText());
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(node);
        }
    }

    @Test
    void everySarifFileIsValidAndFitsCodeScanning() throws IOException {
        List<Path> files = sarifFiles();
        assertFalse(files.isEmpty(), "no SARIF file under " + System.getProperty("sarif.roots"));
        JsonSchema schema = schema();
        int results = 0;
        Set<String> names = new HashSet<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            JsonNode log = JSON.readTree(bytes);
            Set<ValidationMessage> errors = schema.validate(log);
            assertEquals(Set.of(), errors, file + " is not valid against the SARIF 2.1.0 schema");
            assertTrue(gzipped(bytes) <= 10L * 1024 * 1024, file + " is over 10 MB gzipped");
            String name = file.getFileName().toString();
            names.add(name);
            List<String> ids = new ArrayList<>();
            for (JsonNode run : log.get("runs")) {
                ids.add(run.path("automationDetails").path("id").asText());
                results += checkRun(file, run);
            }
            List<String> expected = CATEGORIES.get(name);
            if (expected == null) {
                assertEquals("spec.sarif", name, file + ": an unknown report");
                assertEquals("spec/verify/", ids.get(ids.size() - 1), file.toString());
                List<String> order = List.of("spec/lint/", "spec/links/", "spec/verify/");
                List<String> sorted = new ArrayList<>(ids);
                sorted.sort((a, b) -> order.indexOf(a) - order.indexOf(b));
                assertEquals(sorted, ids, file + ": runs out of order");
                assertEquals(ids.size(), new HashSet<>(ids).size(), file + ": two runs share a category");
            } else {
                assertEquals(expected, ids, file.toString());
            }
        }
        assertTrue(results > 0, "no SARIF file holds a result");
        assertTrue(names.containsAll(CATEGORIES.keySet()), "every goal's report is among " + names);
    }

    /** Checks one run for code scanning; returns its number of results. */
    private static int checkRun(Path file, JsonNode run) {
        JsonNode rules = run.path("tool").path("driver").path("rules");
        List<String> ruleIds = new ArrayList<>();
        for (JsonNode rule : rules) {
            String id = rule.path("id").asText();
            String at = file + ": rule " + id;
            ruleIds.add(id);
            assertFalse(rule.path("name").asText().isEmpty(), at);
            String summary = rule.path("shortDescription").path("text").asText();
            String full = rule.path("fullDescription").path("text").asText();
            assertFalse(summary.isEmpty(), at);
            assertNotEquals(summary, full, at + ": fullDescription only repeats the summary");
            assertTrue(full.contains(" Fix: "), at + ": fullDescription says no fix: " + full);
            assertTrue(rule.path("help").path("text").asText().contains("\nFix: "), at);
            assertTrue(rule.path("help").path("markdown").asText().contains("\n**Fix:** "), at);
            assertTrue(rule.path("helpUri").asText().startsWith("https://"), at);
            assertTrue(rule.path("defaultConfiguration").path("level").asText().matches("error|warning|none"), at);
        }
        List<String> sorted = new ArrayList<>(ruleIds);
        sorted.sort(null);
        assertEquals(sorted, ruleIds, file + ": rules not sorted");
        JsonNode results = run.path("results");
        assertTrue(results.size() <= 25_000, file + ": more results than code scanning accepts");
        for (JsonNode r : results) {
            String at = file + ": " + r;
            assertEquals(r.path("ruleId").asText(), ruleIds.get(r.path("ruleIndex").asInt()), at);
            assertTrue(r.path("level").asText().matches("error|warning"), at);
            String message = r.path("message").path("text").asText();
            assertFalse(message.isEmpty() || Character.isLowerCase(message.charAt(0)), at + ": not a sentence");
            JsonNode location = r.path("locations").get(0).path("physicalLocation");
            String uri = location.path("artifactLocation").path("uri").asText();
            assertEquals("%SRCROOT%", location.path("artifactLocation").path("uriBaseId").asText(), at);
            assertFalse(uri.isEmpty() || uri.startsWith("/") || uri.matches("[A-Za-z][A-Za-z0-9+.-]*:.*"), at);
            JsonNode region = location.path("region");
            assertTrue(region.path("startLine").asInt() >= 1, at + ": no line");
            if (r.path("properties").path("fileLevel").asBoolean()) {
                assertEquals(1, region.path("startLine").asInt(), at);
                assertTrue(region.path("startColumn").isMissingNode(), at);
            }
            assertTrue(r.path("partialFingerprints").path("specKey/v1").asText().matches("[0-9a-f]{16}"), at);
        }
        return results.size();
    }

    private static long gzipped(byte[] bytes) throws IOException {
        long[] n = new long[1];
        try (OutputStream gz = new GZIPOutputStream(new OutputStream() {
            @Override
            public void write(int b) {
                n[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                n[0] += len;
            }
        })) {
            gz.write(bytes);
        }
        return n[0];
    }

    /** The check itself fails on what code scanning rejects. */
    @Test
    void theSchemaRejectsABrokenLog() throws IOException {
        JsonNode bad = JSON.readTree("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}}}]}");
        Set<ValidationMessage> errors = schema().validate(bad);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.iterator().next().getMessage().toLowerCase(Locale.ROOT).contains("name"), errors.toString());
    }
}
