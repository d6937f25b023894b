package io.github.spectrace.maven;

import io.github.spectrace.core.api.DiffResult;
import io.github.spectrace.core.model.FileChange;
import io.github.spectrace.core.model.Finding;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares this tree's requirements with those of another checkout of the repository, such as the target branch
 * of a pull request ({@code git worktree add ../base origin/main}, then {@code mvn spec:diff -Dspec.base=../base}):
 * the requirements added, removed and changed, with their old and new text, level changes, the requirements that
 * lost their last code or test citation, and the coverage per level before and after. It writes
 * {@code target/spec/spec-diff.md}, Markdown for a pull-request comment or a job summary, and its JSON twin
 * {@code target/spec/spec-diff.json}. The base is read with the same configuration and module layout, from its
 * specs and sources, without git. The diff is information: it fails the build only on bad configuration.
 *
 * @since 0.1.0
 */
@Mojo(name = "diff", threadSafe = true, requiresProject = true)
public class DiffMojo extends AbstractTraceMojo {

    /**
     * The top-level directory of the checkout to compare with, relative to the top-level project directory or
     * absolute, outside the project, for example {@code ../base} after {@code git worktree add ../base origin/main}.
     * Required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.base")
    protected String base;

    @Override
    protected void executeSpec() throws MojoExecutionException {
        if (base == null || base.isBlank()) {
            throw new MojoExecutionException("spec:diff needs the checkout to compare with. Check out the target"
                    + " branch next to the project, for example with 'git worktree add ../base origin/main', and run"
                    + " 'mvn spec:diff -Dspec.base=../base'.");
        }
        DiffResult result = pipeline().diff(Path.of(base.strip()));
        GateMarks.done(project, "diff");
        getLog().info(result.diff().headline());
        for (FileChange c : result.files()) {
            getLog().info((c.status() == FileChange.Status.WROTE ? "wrote " : "unchanged ") + Finding.escape(c.path()));
        }
    }
}
