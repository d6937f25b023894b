package io.github.spectrace.core.internal.extract;

import io.github.spectrace.core.internal.files.Glob;
import io.github.spectrace.core.model.OptionStyle;
import java.util.List;

/**
 * What to extract, from a validated configuration.
 *
 * @param includes globs of spec files, relative to each module's base directory and to the top-level directory
 * @param excludes globs of files to leave out, relative to the same directories
 * @param mappings explicit spec-to-module mappings, checked before the name rules
 * @param requirementsDirectory where the YAML files go, a normalised repository-relative path ({@code ""} for the
 *     top-level directory)
 * @param complianceFile where COMPLIANCE.md goes, a normalised repository-relative path
 * @param configFile the repository-relative path of the file that holds the configuration, where findings about
 *     it are reported
 * @param names how messages name options
 */
public record ExtractOptions(
        List<Glob> includes,
        List<Glob> excludes,
        List<Mapping> mappings,
        String requirementsDirectory,
        String complianceFile,
        String configFile,
        OptionStyle names) {

    /** Copies the lists. */
    public ExtractOptions {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        mappings = List.copyOf(mappings);
    }

    /**
     * An explicit mapping of a spec file to a module.
     *
     * @param spec the spec's file name (for example {@code 60-config-schema.md}) or repository-relative path
     * @param module the name or directory name of a module
     */
    public record Mapping(String spec, String module) {
    }
}
