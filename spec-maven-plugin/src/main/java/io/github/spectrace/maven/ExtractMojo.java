package io.github.spectrace.maven;

import io.github.spectrace.core.api.ExtractResult;
import io.github.spectrace.core.model.FileChange;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.Level;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Parses the Markdown specs and writes {@code requirements/<module>.yaml} and {@code COMPLIANCE.md} under the
 * top-level project. COMPLIANCE.md also counts the citations of each requirement in code and tests, unless
 * {@code complianceCounts} is false. Only files whose content changed are written, each atomically; a second run
 * with the same specs writes nothing. Generated YAML files whose spec is gone are deleted. Problems that do not stop
 * extraction, such as a duplicate ID, are printed as warnings; spec:extract never fails on them, spec:lint does.
 *
 * @since 0.1.0
 */
@Mojo(name = "extract", threadSafe = true, requiresProject = true)
public class ExtractMojo extends AbstractTraceMojo {

    @Override
    protected void executeSpec() {
        ExtractResult result = pipeline().extract();
        for (Finding f : result.findings()) {
            getLog().warn(f.format());
        }
        int[] done = new int[FileChange.Status.values().length];
        for (FileChange c : result.changes()) {
            done[c.status().ordinal()]++;
            String path = Finding.escape(c.path());
            getLog().info(switch (c.status()) {
                case WROTE -> "wrote " + path;
                case UNCHANGED -> "unchanged " + path;
                case DELETED -> "deleted " + path + " (no spec maps to this module any more)";
            });
        }
        int total = result.requirements().values().stream().mapToInt(Integer::intValue).sum();
        getLog().info(FindingsLog.plural(total, "requirement") + " (" + result.requirements().get(Level.MUST)
                + " must, " + result.requirements().get(Level.SHOULD) + " should, " + result.requirements().get(Level.MAY)
                + " may, " + result.requirements().get(Level.INFO) + " info) from "
                + FindingsLog.plural(result.specFiles(), "spec file") + " in "
                + FindingsLog.plural(result.modules(), "module") + "; "
                + FindingsLog.plural(done[FileChange.Status.WROTE.ordinal()], "file") + " written, "
                + done[FileChange.Status.UNCHANGED.ordinal()] + " unchanged, " + done[FileChange.Status.DELETED.ordinal()]
                + " deleted");
    }
}
