package io.github.spectrace.core.internal.render;

import io.github.spectrace.core.internal.extract.ExtractOptions;
import io.github.spectrace.core.internal.extract.Extraction;
import io.github.spectrace.core.internal.files.FileSync;
import io.github.spectrace.core.internal.files.Glob;
import io.github.spectrace.core.internal.files.InOrder;
import io.github.spectrace.core.internal.rules.Diagnostic;
import io.github.spectrace.core.model.FileChange;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.SpecException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The files {@code spec:extract} writes, computed in memory so that nothing is written before all is known. */
public final class GeneratedFiles {

    private GeneratedFiles() {
    }

    /**
     * Renders every requirements YAML and COMPLIANCE.md.
     *
     * @param extraction the model
     * @param counts {@code [code, test]} citation counts by requirement ID, for COMPLIANCE.md; null for a
     *     COMPLIANCE.md without counts
     * @param options where the files go
     * @return UTF-8 content by repository-relative path, sorted by path
     */
    public static SortedMap<String, byte[]> render(Extraction extraction, Map<String, int[]> counts,
            ExtractOptions options) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        String dir = directory(options.requirementsDirectory());
        List<byte[]> yaml = InOrder.map(extraction.modules(),
                m -> RequirementsYaml.render(m).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < yaml.size(); i++) {
            files.put(dir + extraction.modules().get(i).module() + ".yaml", yaml.get(i));
        }
        String compliance = options.complianceFile();
        files.put(compliance,
                ComplianceMarkdown.render(extraction.modules(), compliance, counts).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /**
     * The path of a module's requirements YAML.
     *
     * @param options where the files go
     * @param module the module's name
     * @return the repository-relative path
     */
    public static String yamlPath(ExtractOptions options, String module) {
        return directory(options.requirementsDirectory()) + module + ".yaml";
    }

    /**
     * Renders again, with their {@code reviewed} blocks, the YAML files of the modules that have a changed
     * requirement; the other files stay as rendered.
     *
     * @param files the files rendered without {@code reviewed} blocks
     * @param extraction the model
     * @param reviewed the statements that changed requirements were last reviewed against, by ID
     * @param options where the files go
     * @return the files, sorted by path
     */
    public static SortedMap<String, byte[]> withReviewed(SortedMap<String, byte[]> files, Extraction extraction,
            Map<String, Reviewed> reviewed, ExtractOptions options) {
        if (reviewed.isEmpty()) {
            return files;
        }
        SortedMap<String, byte[]> out = new TreeMap<>(files);
        for (io.github.spectrace.core.model.ModuleRequirements m : extraction.modules()) {
            if (m.requirements().stream().anyMatch(r -> reviewed.containsKey(r.id()))) {
                out.put(yamlPath(options, m.module()),
                        RequirementsYaml.render(m, reviewed).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /**
     * The YAML files in the requirements directory that the plugin did not generate, such as those of the tool it
     * replaced, except those that the excludes match. Nothing is reported when the requirements directory is the
     * top-level directory, where YAML files of every kind live.
     *
     * @param root the top-level directory
     * @param options where the files go, and the excludes
     * @return one warning per file, sorted by path
     */
    // SPEC-CORE-1024
    public static List<Diagnostic> leftovers(Path root, ExtractOptions options) {
        String dir = options.requirementsDirectory();
        if (dir.isEmpty() || dir.equals(".")) {
            return List.of();
        }
        List<String> paths = new ArrayList<>(FileSync.otherFiles(root, dir, ".yaml", RequirementsYaml.HEADER));
        paths.addAll(FileSync.otherFiles(root, dir, ".yml", RequirementsYaml.HEADER));
        paths.sort(null);
        List<Diagnostic> out = new ArrayList<>();
        for (String path : paths) {
            if (Glob.matches(options.excludes(), path)) {
                continue;
            }
            out.add(new Diagnostic(Rule.DRIFT_LEFTOVER, path, 0, 0, path + " is in "
                    + options.names().name("requirementsDirectory") + " but the plugin did not generate it, perhaps"
                    + " left over from the tool it replaced. Delete it, or keep it and list it in "
                    + options.names().name("excludes") + "."));
        }
        return out;
    }

    /**
     * The generated YAML files on disk that the current specs no longer produce.
     *
     * @param root the top-level directory
     * @param options where the files go
     * @param files the freshly rendered files
     * @return sorted repository-relative paths
     */
    public static List<String> stale(Path root, ExtractOptions options, SortedMap<String, byte[]> files) {
        List<String> stale = new ArrayList<>();
        for (String path : FileSync.generatedFiles(root, options.requirementsDirectory(), ".yaml",
                RequirementsYaml.HEADER)) {
            if (!files.containsKey(path)) {
                stale.add(path);
            }
        }
        return stale;
    }

    /**
     * Writes what changed and deletes stale generated YAML files.
     *
     * @param root the top-level directory
     * @param options where the files go
     * @param files the freshly rendered files
     * @return one change per file, sorted by path
     */
    public static List<FileChange> write(Path root, ExtractOptions options, SortedMap<String, byte[]> files) {
        for (String path : files.keySet()) {
            checkOverwritable(root, path, path.equals(options.complianceFile()) ? ComplianceMarkdown.HEADER
                    : RequirementsYaml.HEADER, path.equals(options.complianceFile()) ? "complianceFile"
                    : "requirementsDirectory", options);
        }
        return FileSync.apply(root, files, stale(root, options, files));
    }

    /**
     * Refuses to replace a file that this plugin did not generate: a spec, a POM, a README or a source file that
     * an output path names by mistake. Only a missing file, or a regular file whose first line is the generated
     * file's header, may be written.
     *
     * @param root the top-level directory
     * @param path the output's repository-relative path
     * @param header the first line of the generated file
     * @param option the option that sets the path, for the message
     * @param options how messages name options
     * @throws SpecException naming the file and the option to change
     */
    // SPEC-CORE-1023
    public static void checkOverwritable(Path root, String path, String header, String option,
            ExtractOptions options) {
        Path file = root.resolve(path);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !FileSync.startsWith(file, header)) {
            throw new SpecException(path + ": the file exists and was not generated by spec-maven-plugin (its first"
                    + " line is not the generated header), so it is not overwritten. Set "
                    + options.names().name(option) + " to another path, or move the file away.");
        }
    }

    private static String directory(String dir) {
        String d = dir.replace('\\', '/');
        if (d.isEmpty() || d.equals(".")) {
            return "";
        }
        return d.endsWith("/") ? d : d + "/";
    }
}
