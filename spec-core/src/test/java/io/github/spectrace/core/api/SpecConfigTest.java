package io.github.spectrace.core.api;

import io.github.spectrace.core.model.OptionStyle;

import io.github.spectrace.core.internal.Stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.Severity;
import io.github.spectrace.core.model.SpecException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecConfigTest {

    private static final OptionStyle POM = Stages.XML;

    @Test
    void defaultsAreWrittenOnceInTheBuilder() {
        SpecConfig c = SpecConfig.defaults();
        assertEquals("requirements", c.requirementsDirectory());
        assertEquals("COMPLIANCE.md", c.complianceFile());
        assertEquals(List.of(".specs/*.md", "SPEC/SPEC.md", "SPEC.md"), c.includes().stream().map(Object::toString).toList());
        assertEquals(List.of("[A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-[0-9]{3,5}"), c.raw().idPatterns());
        assertEquals(100, c.raw().maxLineLength());
        assertEquals(40, c.raw().maxDiffLines());
        assertEquals(2L * 1024 * 1024, c.raw().maxFileSize());
        assertEquals(Severity.ERROR, c.rules().severity(Rule.SPEC_ID_FORMAT));
        assertEquals(Map.of(), c.minTestCoverage());
    }

    @Test
    void nullAndEmptyListsKeepTheDefault() {
        SpecConfig c = SpecConfig.builder().includes(List.of()).idPatterns(null).excludes(null).build();
        assertEquals(3, c.includes().size());
        assertEquals(1, c.raw().idPatterns().size());
    }

    @Test
    void outputPathsAreNormalised() {
        SpecConfig c = SpecConfig.builder().requirementsDirectory("./gen//reqs/").complianceFile("docs\\C.md").build();
        assertEquals("gen/reqs", c.requirementsDirectory());
        assertEquals("docs/C.md", c.complianceFile());
    }

    // SPEC-CORE-1050
    @Test
    void everyProblemIsReportedAtOnceBeforeAnyFileIsRead() {
        SpecException e = assertThrows(SpecException.class, () -> SpecConfig.builder().style(POM)
                .includes(List.of("/abs/*.md")).idPatterns(List.of("[A-Z+")).rules(Map.of("SPEC-LINE-LENGHT", "off",
                        "SPEC-BUNDLED", "fatal")).maxLineLength(0).maxDiffLines(-1).complianceFile("../C.md")
                .requirementsDirectory("/etc").minTestCoverage(Map.of("must", "2", "sometimes", "1")).build());
        assertEquals(String.join("\n",
                "Invalid glob '/abs/*.md' in <includes>: an absolute path, and nothing outside the project directory"
                        + " is read. Give a glob relative to it, such as .specs/*.md.",
                "<requirementsDirectory> is '/etc', an absolute path. Give a path relative to the top-level project"
                        + " directory, such as requirements.",
                "<complianceFile> is '../C.md', which leaves the top-level project directory. Give a path inside it.",
                "Invalid regular expression in <idPatterns>: '[A-Z+': Unclosed character class near index 4. Fix the"
                        + " <idPattern> value; for example [A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-[0-9]{3,5}.",
                "<rules><SPEC-BUNDLED>fatal</SPEC-BUNDLED></rules> is not a severity. Use error, warning or off.",
                "<rules> configures unknown rule 'SPEC-LINE-LENGHT'. Known rules: " + known() + ".",
                "<maxLineLength> is 0. Give a positive number of characters, such as 100, or turn the rule off with"
                        + " <rules><SPEC-LINE-LENGTH>off</SPEC-LINE-LENGTH></rules>.",
                "<maxDiffLines> is -1. Give a positive number of lines, such as 40.",
                "<minTestCoverage><must>2</must></minTestCoverage> is not a share between 0 and 1. Give one such as"
                        + " 1.0 or 0.8.",
                "<minTestCoverage> names level 'sometimes'. Use must, should, may or info."), e.getMessage());
    }

    @Test
    void neutralStyleNamesOptionsWithoutMarkup() {
        SpecException e = assertThrows(SpecException.class,
                () -> SpecConfig.builder().rules(Map.of("SPEC-BUNDLED", "loud")).build());
        assertEquals("rules.SPEC-BUNDLED=loud is not a severity. Use error, warning or off.", e.getMessage());
    }

    @Test
    void severitiesAndMinimumsAreParsed() {
        SpecConfig c = SpecConfig.builder().rules(Map.of("SPEC-BUNDLED", " OFF ", "TRACE-UNPROVEN", "Warning"))
                .minTestCoverage(Map.of("MUST", "1")).minCodeCoverage(Map.of("should", "0.5")).build();
        assertEquals(null, c.rules().severity(Rule.SPEC_BUNDLED));
        assertEquals(Severity.WARNING, c.rules().severity(Rule.TRACE_UNPROVEN));
        assertEquals(Map.of(Level.MUST, 1.0), c.minTestCoverage());
        assertEquals(Map.of(Level.SHOULD, 0.5), c.minCodeCoverage());
    }

    @Test
    void anEmptyMappingNamesBothHalves() {
        SpecException e = assertThrows(SpecException.class, () -> SpecConfig.builder().style(POM)
                .mappings(Map.of("", "core")).build());
        assertEquals("A <mapping> in <mappings> needs both <spec> and <module>, for example spec"
                + " 60-config-schema.md and module contracts-config-schema.", e.getMessage());
    }

    private static String known() {
        return String.join(", ", java.util.Arrays.stream(Rule.values()).map(Rule::id).sorted().toList());
    }

    @Test
    void globsAndOutputsStayInsideTheProject() {
        SpecException e = assertThrows(SpecException.class, () -> SpecConfig.builder().style(POM)
                .includes(List.of("docs/../../x/*.md")).linkIncludes(List.of("..")).traceTestIncludes(List.of("C:/t"))
                .traceIncludes(List.of("../other/**/*.java")).complianceFile("requirements/core.yaml").maxFileSize(0)
                .build());
        assertEquals(String.join("\n",
                "Invalid glob 'docs/../../x/*.md' in <includes>: '..' would leave the project directory, and"
                        + " nothing outside it is read. Give a glob inside the project, such as docs/**/*.md.",
                "Invalid glob '..' in <linkIncludes>: '..' would leave the project directory, and"
                        + " nothing outside it is read. Give a glob inside the project, such as docs/**/*.md.",
                "Invalid glob '../other/**/*.java' in <traceIncludes>: '..' would leave the project directory, and"
                        + " nothing outside it is read. Give a glob inside the project, such as docs/**/*.md.",
                "Invalid glob 'C:/t' in <traceTestIncludes>: an absolute path, and nothing outside the project"
                        + " directory is read. Give a glob relative to it, such as .specs/*.md.",
                "<complianceFile> is 'requirements/core.yaml', a requirements file in <requirementsDirectory>. Give it"
                        + " a path outside that directory, such as COMPLIANCE.md.",
                "<maxFileSize> is 0. Give a positive size in bytes, such as 2097152."), e.getMessage());
    }
}
