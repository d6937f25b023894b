package io.github.spectrace.maven;

import io.github.spectrace.core.api.InitResult;
import io.github.spectrace.core.model.FileChange;
import io.github.spectrace.core.model.Finding;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Starts a repository on specs: writes a starting {@code SPEC/SPEC.md}, with one example requirement, into every
 * module that has no spec yet (Maven projects and the Cargo, npm, Go and Python packages the plugin finds), and
 * prints the plugin block that runs the gate in {@code mvn verify}. It never changes a file that exists, the POM
 * included.
 *
 * @since 0.1.0
 */
@Mojo(name = "init", threadSafe = true, requiresProject = true)
public class InitMojo extends AbstractSpecMojo {

    @Override
    protected void executeSpec() {
        InitResult result = pipeline().init();
        for (String module : result.modules()) {
            getLog().info("kept " + Finding.escape(module) + ": it has a spec");
        }
        int wrote = 0;
        for (FileChange c : result.changes()) {
            String path = Finding.escape(c.path());
            if (c.status() == FileChange.Status.WROTE) {
                wrote++;
                getLog().info("wrote " + path);
            } else {
                getLog().info("kept " + path + ": the file exists but matches no <includes>; add it to <includes>");
            }
        }
        getLog().info(FindingsLog.plural(wrote, "spec") + " written. To lint the specs in mvn validate and run the"
                + " gate in mvn verify, add this to <build><plugins> of the top-level pom.xml:");
        for (String line : pluginBlock(plugin.getVersion()).split("\n")) {
            getLog().info(line);
        }
    }

    /** The plugin block, as a user pastes it into the top-level POM. */
    static String pluginBlock(String version) {
        return "<!-- Keeps specs, requirements/*.yaml, COMPLIANCE.md, code and tests in agreement. -->\n"
                + "<plugin>\n"
                + "  <groupId>io.github.spectrace</groupId>\n"
                + "  <artifactId>spec-maven-plugin</artifactId>\n"
                + "  <version>" + version + "</version>\n"
                + "  <!-- Binds spec:lint and spec:check-links to validate and spec:verify-drift to verify. -->\n"
                + "  <extensions>true</extensions>\n"
                + "</plugin>";
    }
}
