package io.github.spectrace.maven;

import io.github.spectrace.core.api.ExtractResult;
import io.github.spectrace.core.model.FileChange;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.Level;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

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

    /**
     * The most findings of each rule printed to the console as warnings, those of error rules first, each in file
     * and line order; one line then counts the rest of the rule's findings, which {@code spec:lint} reports.
     * {@code 0} prints only each rule's count; a negative number is an error. Default: {@code 100}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.maxConsoleFindings", defaultValue = "100")
    private int maxConsoleFindings;

    @Override
    protected void executeSpec() {
        FindingsLog.checkMax(maxConsoleFindings);
        ExtractResult result = pipeline().extract();
        FindingsLog.warnings(getLog(), result.findings(), maxConsoleFindings);
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
