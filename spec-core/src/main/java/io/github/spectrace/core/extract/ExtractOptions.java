package io.github.spectrace.core.extract;

import io.github.spectrace.core.SpecException;
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

    /**
     * Copies the lists and normalises the output paths to {@code /}-separated paths without {@code ./}.
     *
     * @throws SpecException if an output path is absolute or leaves the top-level directory
     */
    public ExtractOptions {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        idPatterns = List.copyOf(idPatterns);
        mappings = List.copyOf(mappings);
        requirementsDirectory = relative(requirementsDirectory, "requirementsDirectory");
        String givenCompliance = complianceFile;
        complianceFile = relative(complianceFile, "complianceFile");
        if (complianceFile.isEmpty()) {
            throw new SpecException("<complianceFile> is '" + givenCompliance + "', which names no file. Give a"
                    + " path such as COMPLIANCE.md.");
        }
    }

    private static String relative(String path, String element) {
        Objects.requireNonNull(path, element);
        String p = path.strip().replace('\\', '/');
        if (p.startsWith("/") || p.matches("^[A-Za-z]:/.*")) {
            throw new SpecException("<" + element + "> is '" + path + "', an absolute path. Give a path relative to"
                    + " the top-level project directory, such as " + ("complianceFile".equals(element)
                    ? "COMPLIANCE.md." : "requirements."));
        }
        List<String> parts = new java.util.ArrayList<>();
        for (String part : p.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                throw new SpecException("<" + element + "> is '" + path + "', which leaves the top-level project"
                        + " directory. Give a path inside it.");
            }
            parts.add(part);
        }
        return String.join("/", parts);
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
