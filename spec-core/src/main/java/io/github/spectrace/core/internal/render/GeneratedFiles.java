package io.github.spectrace.core.internal.render;

import io.github.spectrace.core.internal.extract.ExtractOptions;
import io.github.spectrace.core.internal.extract.Extraction;
import io.github.spectrace.core.internal.files.FileSync;
import io.github.spectrace.core.internal.files.InOrder;
import io.github.spectrace.core.model.FileChange;
import java.nio.charset.StandardCharsets;
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
     * @param counts {@code [code, test]} citation counts by requirement ID, for COMPLIANCE.md
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
        return FileSync.apply(root, files, stale(root, options, files));
    }

    private static String directory(String dir) {
        String d = dir.replace('\\', '/');
        if (d.isEmpty() || d.equals(".")) {
            return "";
        }
        return d.endsWith("/") ? d : d + "/";
    }
}
