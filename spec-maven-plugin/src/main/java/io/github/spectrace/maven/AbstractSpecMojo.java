package io.github.spectrace.maven;

import io.github.spectrace.core.api.Repository;
import io.github.spectrace.core.api.SpecConfig;
import io.github.spectrace.core.api.SpecPipeline;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The configuration every goal reads, and the one way it becomes a run of the pipeline. */
public abstract class AbstractSpecMojo extends ReactorMojo {

    /**
     * Globs of spec files, relative to the top-level project directory and to each module's base directory.
     * Default: {@code .specs/*.md}, {@code SPEC/SPEC.md} and {@code SPEC.md}. {@code **} crosses directories.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.includes")
    protected List<String> includes;

    /**
     * Globs of spec files to leave out, relative to the same directories as {@code includes}, for example
     * {@code .specs/proposals/**}. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.excludes")
    protected List<String> excludes;

    /**
     * Java regular expressions, each matching one whole requirement ID. Default: one pattern,
     * {@code [A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-[0-9]{3,5}}, which matches {@code OC-CORE-1001} and
     * {@code ORCH-3001}. Do not anchor them with {@code ^} or {@code $}.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<String> idPatterns;

    /**
     * First segments of tokens that name standards, never requirement IDs ({@code RFC} in {@code RFC-2119}).
     * Default: the list in the spec format page; an empty list keeps it, as Maven cannot tell it from none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.standardPrefixes")
    protected List<String> standardPrefixes;

    /**
     * Explicit spec-to-module mappings, checked before the name rules. Each {@code <mapping>} has a
     * {@code <spec>} (file name or repository-relative path) and a {@code <module>} (any module's name or
     * directory name, or a new name for a module of specs only). Default: none.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<Mapping> mappings;

    /**
     * Whether Cargo, npm, Go and Python packages, found from their manifests and workspaces, are modules
     * besides the reactor's projects. Default: {@code true}; {@code false} keeps only the reactor's projects.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.detectModules", defaultValue = "true")
    protected boolean detectModules;

    /**
     * Severity overrides by rule ID: {@code error}, {@code warning} or {@code off}, for example
     * {@code <rules><SPEC-LINE-LENGTH>off</SPEC-LINE-LENGTH></rules>}. Rules not listed keep their default.
     * Unknown rule IDs fail the build.
     *
     * @since 0.1.0
     */
    @Parameter
    protected Map<String, String> rules;

    /**
     * The committed baseline of known findings, relative to the top-level project directory; written by
     * {@code spec:baseline}. The gates report the findings it holds as a count and fail only on new ones.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.baselineFile", defaultValue = "spec-baseline.json")
    protected String baselineFile;

    /**
     * Fails the gates on baseline entries whose findings no longer occur ({@code BASELINE-STALE}), so that the
     * baseline only shrinks.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.baseline.strict", defaultValue = "false")
    protected boolean baselineStrict;

    /**
     * Keeps parsed specs in {@code target/spec/cache/}, so that the next goal or build reads every spec but parses
     * only those that changed; an entry is used only for the same content and the same file. {@code false}
     * parses every spec in every goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.cache", defaultValue = "true")
    protected boolean cache;

    /** Adds this goal's parameters to the configuration; subclasses add theirs after calling this. */
    protected void configure(SpecConfig.Builder config) {
        config.includes(includes).excludes(excludes).idPatterns(idPatterns).standardPrefixes(
                standardPrefixes == null || standardPrefixes.isEmpty() ? null : standardPrefixes)
                .mappings(Mapping.toMap(mappings)).rules(rules).detectModules(detectModules)
                .baselineFile(baselineFile).baselineStrict(baselineStrict).cache(cache);
    }

    /** Validates the configuration, before any file is read, and prepares the run, or throws SpecException. */
    protected SpecPipeline pipeline() {
        return MavenRepository.open(repository(), plugin.getVersion(), this::configure, getLog());
    }

    /** The reactor as a repository description; goals that read test reports add their directories. */
    protected Repository repository() {
        return MavenRepository.of(session, project, null);
    }
}
