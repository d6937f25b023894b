package io.github.spectrace.core.internal.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Requirement;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The Jackson-based rendering that {@link RequirementsYaml} replaced, kept unchanged as the reference for the
 * differential tests: jackson-dataformat-yaml 2.21 with the SnakeYAML emitter and the same generator features.
 */
final class JacksonRequirementsYaml {

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private JacksonRequirementsYaml() {
    }

    /**
     * Renders one module's file.
     *
     * @param module the module's requirements, already sorted
     * @return the file content, LF line ends, ending in a newline
     */
    public static String render(ModuleRequirements module) {
        StringWriter out = new StringWriter();
        out.write(RequirementsYaml.HEADER);
        out.write('\n');
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("schema_version", RequirementsYaml.SCHEMA_VERSION);
            g.writeStringField("module", module.module());
            writeList(g, "sources", module.sources());
            g.writeFieldName("requirements");
            g.writeStartObject();
            for (Requirement r : module.requirements()) {
                g.writeFieldName(r.id());
                g.writeStartObject();
                g.writeStringField("title", r.title());
                g.writeStringField("level", r.level().id());
                writeList(g, "keywords", r.keywords());
                g.writeStringField("section", r.section());
                g.writeStringField("anchor", r.anchor());
                g.writeStringField("source", r.source());
                writeList(g, "refs", r.refs());
                writeList(g, "xrefs", r.xrefs());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            // A StringWriter does not fail; this is a bug, not user input.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeList(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
