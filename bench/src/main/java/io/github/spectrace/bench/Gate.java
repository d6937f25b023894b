package io.github.spectrace.bench;

import io.github.spectrace.core.drift.DriftChecker;
import io.github.spectrace.core.drift.DriftRules;
import io.github.spectrace.core.extract.ExtractOptions;
import io.github.spectrace.core.extract.Extraction;
import io.github.spectrace.core.extract.Extractor;
import io.github.spectrace.core.extract.GeneratedFiles;
import io.github.spectrace.core.extract.ProjectLayout;
import io.github.spectrace.core.links.LinkChecker;
import io.github.spectrace.core.links.LinkReport;
import io.github.spectrace.core.links.LinkRules;
import io.github.spectrace.core.lint.LintOptions;
import io.github.spectrace.core.lint.LintRules;
import io.github.spectrace.core.lint.Linter;
import io.github.spectrace.core.markdown.SpecDocument;
import io.github.spectrace.core.markdown.SpecParser;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.IdPatterns;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Requirement;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.RuleSettings;
import io.github.spectrace.core.report.Sarif;
import io.github.spectrace.core.trace.SourceRoot;
import io.github.spectrace.core.trace.Trace;
import io.github.spectrace.core.trace.TraceChecker;
import io.github.spectrace.core.trace.TraceOptions;
import io.github.spectrace.core.trace.TraceRules;
import io.github.spectrace.core.trace.Tracer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The work of {@code spec:verify-drift} with lint and check-links enabled, on spec-core alone, wired as
 * {@code VerifyDriftMojo} and {@code AbstractSpecMojo} wire it with the default configuration: extract, trace,
 * render the generated files, compare them with the disk, apply the trace rules, lint, check links, and render the
 * SARIF report. Maven's own work (the reactor, the plugin's class loader) is all that is left out.
 *
 * <p>The reactor is every directory with a {@code pom.xml} directly under the root, plus the root, each with the
 * directory name as artifactId and Maven's default source roots, as the generated corpus has them.
 */
public final class Gate {

    /** The phases of one gate run, in order. */
    public static final List<String> PHASES = List.of("extract", "trace", "render", "drift", "traceRules", "lint",
            "links", "sarif");

    private static final int MAX_DIFF_LINES = 40;

    private final Path root;
    private final ProjectLayout layout;
    private final ExtractOptions options = ExtractOptions.defaults();
    private final RuleSettings settings;
    private final List<Rule> rules = new ArrayList<>();

    /**
     * The result of one run.
     *
     * @param findings every finding, sorted
     * @param requirements requirements extracted
     * @param references citations of defined IDs in code and tests
     * @param dangling citations of undefined IDs in code and tests
     * @param filesScanned files read by the tracer
     * @param generatedFiles generated files compared
     * @param sarifChars the length of the SARIF report, so that its rendering is not optimised away
     * @param phaseNanos wall time per phase, by name, in {@link #PHASES} order
     */
    public record Result(List<Finding> findings, int requirements, int references, int dangling, int filesScanned,
            int generatedFiles, int sarifChars, Map<String, Long> phaseNanos) {

        /**
         * The number of findings per rule.
         *
         * @return counts by rule ID, sorted
         */
        public SortedMap<String, Long> byRule() {
            SortedMap<String, Long> out = new TreeMap<>();
            for (Finding f : findings) {
                out.merge(f.ruleId(), 1L, Long::sum);
            }
            return out;
        }
    }

    /**
     * Prepares a gate for a corpus.
     *
     * @param root the corpus root
     */
    public Gate(Path root) {
        this.root = root.toAbsolutePath().normalize();
        List<ProjectLayout.Module> modules = new ArrayList<>();
        modules.add(new ProjectLayout.Module(String.valueOf(this.root.getFileName()), this.root));
        for (Path dir : moduleDirs(this.root)) {
            modules.add(new ProjectLayout.Module(dir.getFileName().toString(), dir));
        }
        this.layout = new ProjectLayout(this.root, modules);
        rules.addAll(LintRules.ALL);
        rules.addAll(LinkRules.ALL);
        rules.addAll(TraceRules.ALL);
        rules.addAll(DriftRules.ALL);
        this.settings = RuleSettings.of(rules, Map.of());
    }

    private static List<Path> moduleDirs(Path root) {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("pom.xml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Does what {@code spec:extract} does: writes the generated files, so that the gate finds no drift.
     *
     * @return the number of generated files
     */
    public int extract() {
        Extraction extraction = new Extractor(layout, options).run();
        Trace trace = trace(extraction);
        SortedMap<String, byte[]> files = GeneratedFiles.render(extraction, trace.counts(), options);
        GeneratedFiles.write(root, options, files);
        return files.size();
    }

    /**
     * Runs the whole gate once.
     *
     * @return the findings and counts
     */
    public Result verify() {
        Map<String, Long> phases = new LinkedHashMap<>();
        long t = System.nanoTime();
        Extraction extraction = new Extractor(layout, options).run();
        t = lap(phases, "extract", t);
        Trace trace = trace(extraction);
        t = lap(phases, "trace", t);
        SortedMap<String, byte[]> expected = GeneratedFiles.render(extraction, trace.counts(), options);
        t = lap(phases, "render", t);
        List<String> stale = GeneratedFiles.stale(root, options, expected);
        List<Finding> findings = new ArrayList<>(new DriftChecker(settings, MAX_DIFF_LINES).check(root, expected,
                stale));
        t = lap(phases, "drift", t);
        findings.addAll(new TraceChecker(settings, Map.of(), Map.of(), "pom.xml").check(extraction, trace));
        // The Mojo's summary line.
        TraceChecker.coverage(extraction, trace);
        t = lap(phases, "traceRules", t);
        findings.addAll(new Linter(root, lintOptions()).lint(extraction));
        t = lap(phases, "lint", t);
        SpecParser parser = new SpecParser(IdPatterns.compile(options.idPatterns()));
        LinkReport links = new LinkChecker(root, parser, settings).check(extraction.documents());
        findings.addAll(links.findings());
        t = lap(phases, "links", t);
        findings.sort(null);
        String sarif = Sarif.render("spec-maven-plugin", "bench", rules, findings);
        lap(phases, "sarif", t);
        return new Result(findings, extraction.requirementCount(), trace.references().size(),
                trace.dangling().size(), trace.filesScanned(), expected.size(), sarif.length(), phases);
    }

    private static long lap(Map<String, Long> phases, String name, long start) {
        long now = System.nanoTime();
        phases.put(name, now - start);
        return now;
    }

    private LintOptions lintOptions() {
        List<LintOptions.ModuleRef> modules = new ArrayList<>();
        for (ProjectLayout.Module m : layout.modules()) {
            if (!m.baseDir().equals(root)) {
                modules.add(new LintOptions.ModuleRef(m.artifactId(),
                        root.relativize(m.baseDir().resolve("pom.xml")).toString().replace('\\', '/')));
            }
        }
        modules.sort((a, b) -> a.pom().compareTo(b.pom()));
        return new LintOptions(settings, LintOptions.DEFAULT_MAX_LINE_LENGTH, options.idPatterns(), modules,
                Map.of(), Map.of());
    }

    private Trace trace(Extraction extraction) {
        List<SourceRoot> roots = new ArrayList<>();
        List<Path> excludedDirs = new ArrayList<>();
        for (ProjectLayout.Module m : layout.modules()) {
            Path base = m.baseDir();
            roots.add(new SourceRoot(base.resolve("src/main/java"), false));
            roots.add(new SourceRoot(base.resolve("src/main/resources"), false));
            roots.add(new SourceRoot(base.resolve("src/test/java"), true));
            roots.add(new SourceRoot(base.resolve("src/test/resources"), true));
            excludedDirs.add(base.resolve("target"));
        }
        List<Path> excludedFiles = new ArrayList<>();
        for (SpecDocument d : extraction.documents()) {
            excludedFiles.add(root.resolve(d.path()));
        }
        excludedFiles.add(root.resolve(options.complianceFile()));
        for (ModuleRequirements m : extraction.modules()) {
            excludedFiles.add(root.resolve(options.requirementsDirectory()).resolve(m.module() + ".yaml"));
        }
        Set<String> defined = new HashSet<>();
        for (ModuleRequirements m : extraction.modules()) {
            for (Requirement r : m.requirements()) {
                defined.add(r.id());
            }
        }
        return new Tracer(root, IdPatterns.compile(options.idPatterns()), TraceOptions.defaults())
                .scan(roots, excludedDirs, excludedFiles, defined);
    }
}
