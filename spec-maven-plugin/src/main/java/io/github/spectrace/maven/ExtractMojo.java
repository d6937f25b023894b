package io.github.spectrace.maven;

import io.github.spectrace.core.internal.extract.ExtractOptions;
import io.github.spectrace.core.internal.extract.Extraction;
import io.github.spectrace.core.internal.render.GeneratedFiles;
import io.github.spectrace.core.internal.extract.ProjectLayout;
import io.github.spectrace.core.internal.files.FileSync;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.internal.trace.Trace;
import java.util.List;
import java.util.SortedMap;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Parses the Markdown specs and writes {@code requirements/<module>.yaml} and {@code COMPLIANCE.md} under the
 * top-level project. COMPLIANCE.md also counts the citations of each requirement in code and tests. Only files whose content changed are written, each atomically; a second run with the
 * same specs writes nothing. Generated YAML files whose spec is gone are deleted.
 *
 * @since 0.1.0
 */
@Mojo(name = "extract", threadSafe = true, aggregator = false, requiresProject = true)
public class ExtractMojo extends AbstractSpecMojo {

    @Override
    protected void executeSpec() {
        ProjectLayout layout = layout();
        ExtractOptions options = extractOptions();
        Extraction extraction = extract(layout, options);
        for (Finding w : extraction.warnings()) {
            getLog().warn(w.format());
        }
        Trace trace = trace(layout, options, extraction);
        SortedMap<String, byte[]> files = GeneratedFiles.render(extraction, trace.counts(), options);
        List<FileSync.Change> changes = GeneratedFiles.write(layout.root(), options, files);
        int wrote = 0;
        int unchanged = 0;
        int deleted = 0;
        for (FileSync.Change c : changes) {
            switch (c.status()) {
                case WROTE -> {
                    wrote++;
                    getLog().info("wrote " + c.path());
                }
                case UNCHANGED -> {
                    unchanged++;
                    getLog().info("unchanged " + c.path());
                }
                case DELETED -> {
                    deleted++;
                    getLog().info("deleted " + c.path() + " (no spec maps to this module any more)");
                }
            }
        }
        int[] levels = new int[Level.values().length];
        for (ModuleRequirements m : extraction.modules()) {
            for (Level l : Level.values()) {
                levels[l.ordinal()] += m.count(l);
            }
        }
        getLog().info(plural(extraction.requirementCount(), "requirement") + " (" + levels[0] + " must, " + levels[1]
                + " should, " + levels[2] + " may, " + levels[3] + " info) from "
                + plural(extraction.documents().size(), "spec file") + " in " + plural(extraction.modules().size(),
                        "module") + "; " + plural(wrote, "file") + " written, " + unchanged + " unchanged, " + deleted
                + " deleted");
    }
}
