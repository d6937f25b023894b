package io.github.spectrace.core.extract;

import io.github.spectrace.core.model.IdPatterns;
import java.util.List;
import java.util.Objects;

/**
 * What to extract and where to write it.
 *
 * @param includes globs of spec files, relative to each module's base directory and to the top-level directory
 * @param excludes globs of files to leave out, relative to the same directories
 * @param idPatterns regular expressions, each matching one whole requirement ID
 * @param mappings explicit spec-to-module mappings, checked before the name rules
 * @param requirementsDirectory where the YAML files go, relative to the top-level directory
 * @param complianceFile where COMPLIANCE.md goes, relative to the top-level directory
 */
public record ExtractOptions(
        List<String> includes,
        List<String> excludes,
        List<String> idPatterns,
        List<Mapping> mappings,
        String requirementsDirectory,
        String complianceFile) {

    /** The default include globs. */
    public static final List<String> DEFAULT_INCLUDES = List.of(".specs/*.md", "SPEC/SPEC.md");

    /** Copies the lists and validates the components. */
    public ExtractOptions {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        idPatterns = List.copyOf(idPatterns);
        mappings = List.copyOf(mappings);
        Objects.requireNonNull(requirementsDirectory, "requirementsDirectory");
        Objects.requireNonNull(complianceFile, "complianceFile");
    }

    /**
     * The defaults: {@code .specs/*.md} and {@code SPEC/SPEC.md}, the default ID pattern, no mappings,
     * {@code requirements/} and {@code COMPLIANCE.md}.
     *
     * @return the default options
     */
    public static ExtractOptions defaults() {
        return new ExtractOptions(DEFAULT_INCLUDES, List.of(), List.of(IdPatterns.DEFAULT), List.of(),
                "requirements", "COMPLIANCE.md");
    }

    /**
     * An explicit mapping of a spec file to a module.
     *
     * @param spec the spec's file name (for example {@code 60-config-schema.md}) or repository-relative path
     * @param module the artifactId or directory name of a reactor module
     */
    public record Mapping(String spec, String module) {
    }
}
