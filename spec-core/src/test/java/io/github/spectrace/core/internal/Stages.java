package io.github.spectrace.core.internal;

import io.github.spectrace.core.internal.extract.ExtractOptions;
import io.github.spectrace.core.internal.extract.Extractor;
import io.github.spectrace.core.internal.extract.ProjectLayout;
import io.github.spectrace.core.internal.files.ExistenceCache;
import io.github.spectrace.core.internal.files.FileWalker;
import io.github.spectrace.core.internal.files.Glob;
import io.github.spectrace.core.internal.markdown.SpecParser;
import io.github.spectrace.core.internal.rules.Diagnostic;
import io.github.spectrace.core.internal.rules.RuleSettings;
import io.github.spectrace.core.internal.text.IdPatterns;
import io.github.spectrace.core.model.OptionStyle;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the stages for unit tests the way the pipeline does, with options named as in a POM. */
public final class Stages {

    /** Options as POM elements, as the Maven plugin names them. */
    public static final OptionStyle XML = new OptionStyle() {
        @Override
        public String name(String option) {
            return "<" + option + ">";
        }

        @Override
        public String entry(String option, String key, String value) {
            return "<" + option + "><" + key + ">" + value + "</" + key + "></" + option + ">";
        }
    };

    private Stages() {
    }

    /**
     * Compiles globs.
     *
     * @param globs the globs
     * @return the compiled globs
     */
    public static List<Glob> globs(List<String> globs) {
        List<Glob> out = new ArrayList<>();
        for (String g : globs) {
            out.add(Glob.of(g, "<includes>"));
        }
        return out;
    }

    /**
     * Extraction options.
     *
     * @param includes include globs
     * @param excludes exclude globs
     * @param mappings mappings
     * @param requirementsDirectory the YAML directory
     * @param complianceFile the summary
     * @return the options
     */
    public static ExtractOptions extractOptions(List<String> includes, List<String> excludes,
            List<ExtractOptions.Mapping> mappings, String requirementsDirectory, String complianceFile) {
        return new ExtractOptions(globs(includes), globs(excludes), mappings, requirementsDirectory, complianceFile,
                "pom.xml", XML);
    }

    /**
     * The default extraction options.
     *
     * @return the options
     */
    public static ExtractOptions defaultExtractOptions() {
        return extractOptions(List.of(".specs/*.md", "SPEC/SPEC.md"), List.of(), List.of(), "requirements",
                "COMPLIANCE.md");
    }

    /**
     * A parser for the default ID pattern.
     *
     * @return the parser
     */
    public static SpecParser parser() {
        return new SpecParser(IdPatterns.compile(List.of(IdPatterns.DEFAULT)));
    }

    /**
     * A walker that skips no build directory but {@code target}.
     *
     * @param root the top-level directory
     * @return the walker
     */
    public static FileWalker walker(Path root) {
        return new FileWalker(root, Set.of());
    }

    /**
     * An extractor.
     *
     * @param layout the layout
     * @param options the options
     * @return the extractor
     */
    public static Extractor extractor(ProjectLayout layout, ExtractOptions options) {
        return new Extractor(layout, options, parser(), walker(layout.root()), new ExistenceCache(layout.root()));
    }

    /**
     * Rule settings from overrides by rule ID.
     *
     * @param overrides {@code error}, {@code warning} or {@code off} by rule ID
     * @return the settings
     */
    public static RuleSettings settings(Map<String, String> overrides) {
        Map<Rule, Severity> m = new EnumMap<>(Rule.class);
        overrides.forEach((id, v) -> m.put(Rule.byId(id), v.equals("off") ? null
                : v.equals("error") ? Severity.ERROR : Severity.WARNING));
        return RuleSettings.of(m);
    }

    /**
     * Diagnostics as findings with the default severities.
     *
     * @param diagnostics the diagnostics
     * @return the findings, sorted
     */
    public static List<Finding> findings(List<Diagnostic> diagnostics) {
        return RuleSettings.defaults().apply(diagnostics);
    }

    /**
     * Diagnostics as findings with configured severities.
     *
     * @param diagnostics the diagnostics
     * @param overrides severities by rule ID
     * @return the findings, sorted
     */
    public static List<Finding> findings(List<Diagnostic> diagnostics, Map<String, String> overrides) {
        return settings(overrides).apply(diagnostics);
    }

    /**
     * The default trace options.
     *
     * @return the options
     */
    public static io.github.spectrace.core.internal.trace.TraceOptions traceOptions() {
        return new io.github.spectrace.core.internal.trace.TraceOptions(false, false, 2097152, List.of(), List.of(),
                List.of());
    }

    /**
     * A tracer with a walker that skips {@code target}.
     *
     * @param root the top-level directory
     * @param options the options
     * @return the tracer
     */
    public static io.github.spectrace.core.internal.trace.Tracer tracer(Path root,
            io.github.spectrace.core.internal.trace.TraceOptions options) {
        return new io.github.spectrace.core.internal.trace.Tracer(root, IdPatterns.compile(List.of(IdPatterns.DEFAULT)),
                options, walker(root));
    }

    /**
     * An extraction of no documents.
     *
     * @param modules the modules
     * @return the extraction
     */
    public static io.github.spectrace.core.internal.extract.Extraction extraction(
            List<io.github.spectrace.core.model.ModuleRequirements> modules) {
        return new io.github.spectrace.core.internal.extract.Extraction(List.of(), modules, List.of(),
                new io.github.spectrace.core.internal.extract.Definitions(List.of()));
    }

    /**
     * Writes a UTF-8 file under a directory, creating its parents.
     *
     * @param root the directory
     * @param path the file's relative path
     * @param text the content
     * @throws java.io.IOException if writing fails
     */
    public static void write(Path root, String path, String text) throws java.io.IOException {
        Path p = root.resolve(path);
        java.nio.file.Files.createDirectories(p.getParent());
        java.nio.file.Files.writeString(p, text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * A reactor of a top-level aggregator and one module, {@code core}, with Maven's source, test and report
     * directories: the repository most API tests run on.
     *
     * @param root the top-level directory
     * @return the repository
     */
    public static io.github.spectrace.core.api.Repository coreReactor(Path root) {
        Path core = root.resolve("core");
        return new io.github.spectrace.core.api.Repository(root, root.resolve("pom.xml"), root.resolve("target/spec"),
                List.of(new io.github.spectrace.core.api.Repository.Module("demo", root, root.resolve("pom.xml"), true,
                        List.of(), List.of(), root.resolve("target"), List.of()),
                new io.github.spectrace.core.api.Repository.Module("core", core, core.resolve("pom.xml"), false,
                        List.of(core.resolve("src/main/java")), List.of(core.resolve("src/test/java")),
                        core.resolve("target"), List.of(core.resolve("target/surefire-reports")))));
    }
}
