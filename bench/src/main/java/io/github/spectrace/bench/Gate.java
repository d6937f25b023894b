package io.github.spectrace.bench;

import io.github.spectrace.core.internal.drift.DriftChecker;
import io.github.spectrace.core.internal.extract.ExtractOptions;
import io.github.spectrace.core.internal.extract.Extraction;
import io.github.spectrace.core.internal.extract.Extractor;
import io.github.spectrace.core.internal.extract.ProjectLayout;
import io.github.spectrace.core.internal.files.FileSync;
import io.github.spectrace.core.internal.links.LinkChecker;
import io.github.spectrace.core.internal.links.LinkReport;
import io.github.spectrace.core.internal.lint.LintOptions;
import io.github.spectrace.core.internal.lint.Linter;
import io.github.spectrace.core.internal.markdown.SpecDocument;
import io.github.spectrace.core.internal.markdown.SpecParser;
import io.github.spectrace.core.internal.render.GeneratedFiles;
import io.github.spectrace.core.internal.render.Sarif;
import io.github.spectrace.core.internal.render.TraceJson;
import io.github.spectrace.core.internal.results.ProofAnalyzer;
import io.github.spectrace.core.internal.results.TestResults;
import io.github.spectrace.core.internal.rules.RuleSettings;
import io.github.spectrace.core.internal.text.IdPatterns;
import io.github.spectrace.core.internal.trace.SourceRoot;
import io.github.spectrace.core.internal.trace.Trace;
import io.github.spectrace.core.internal.trace.TraceChecker;
import io.github.spectrace.core.internal.trace.TraceOptions;
import io.github.spectrace.core.internal.trace.Tracer;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Requirement;
import io.github.spectrace.core.model.RequirementProof;
import io.github.spectrace.core.model.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
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
 * render the generated files, compare them with the disk, apply the trace rules, lint, check links, read the test
 * reports and map test citations to test methods for the proof status, and render trace.json and the SARIF
 * report. Maven's own work (the reactor, the plugin's class loader) is all that is left out.
 *
 * <p>The reactor is every directory with a {@code pom.xml} directly under the root, plus the root, each with the
 * directory name as artifactId and Maven's default source roots, as the generated corpus has them.
 */
public final class Gate {

    /** The phases of one gate run, in order. */
    public static final List<String> PHASES = List.of("extract", "trace", "render", "drift", "traceRules", "lint",
            "links", "proofs", "reports");

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
     * @param reportBytes the size of trace.json and the SARIF report as written
     * @param phaseNanos wall time per phase, by name, in {@link #PHASES} order
     * @param phaseCpuNanos CPU time of the whole process (all threads, JIT and GC included) per phase, which
     *     other processes on the machine disturb less than wall time
     */
    public record Result(List<Finding> findings, int requirements, int references, int dangling, int filesScanned,
            int generatedFiles, int reportBytes, Map<String, Long> phaseNanos, Map<String, Long> phaseCpuNanos) {

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
        rules.addAll(ResultsRules.ALL);
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
        Map<String, Long> cpu = new LinkedHashMap<>();
        long t = System.nanoTime();
        cpuLap = cpuTime();
        Extraction extraction = new Extractor(layout, options).run();
        t = lap(phases, cpu, "extract", t);
        Trace trace = trace(extraction);
        t = lap(phases, cpu, "trace", t);
        SortedMap<String, byte[]> expected = GeneratedFiles.render(extraction, trace.counts(), options);
        t = lap(phases, cpu, "render", t);
        List<String> stale = GeneratedFiles.stale(root, options, expected);
        List<Finding> findings = new ArrayList<>(new DriftChecker(settings, MAX_DIFF_LINES).check(root, expected,
                stale));
        t = lap(phases, cpu, "drift", t);
        findings.addAll(new TraceChecker(settings, Map.of(), Map.of(), "pom.xml").check(extraction, trace));
        // The Mojo's summary line.
        TraceChecker.coverage(extraction, trace);
        t = lap(phases, cpu, "traceRules", t);
        findings.addAll(new Linter(root, lintOptions()).lint(extraction));
        t = lap(phases, cpu, "lint", t);
        SpecParser parser = new SpecParser(IdPatterns.compile(options.idPatterns()));
        LinkReport links = new LinkChecker(root, parser, settings).check(extraction.documents());
        findings.addAll(links.findings());
        t = lap(phases, cpu, "links", t);
        TestResults results = TestResults.read(root, reportDirs());
        List<RequirementProof> proofs = ProofAnalyzer.analyze(root, extraction, trace, results);
        findings.addAll(ProofAnalyzer.unproven(proofs, settings));
        findings.addAll(results.warnings());
        t = lap(phases, cpu, "proofs", t);
        findings.sort(null);
        // As the Mojo does: both to target/spec/, only when they changed; trace.json streamed.
        FileSync.write(root, "target/spec/trace.json", out -> TraceJson.write(out, extraction, proofs, findings));
        String sarif = Sarif.render("spec-maven-plugin", "bench", rules, findings);
        FileSync.apply(root, Map.of("target/spec/verify.sarif", sarif.getBytes(StandardCharsets.UTF_8)), List.of());
        lap(phases, cpu, "reports", t);
        return new Result(findings, extraction.requirementCount(), trace.references().size(),
                trace.dangling().size(), trace.filesScanned(), expected.size(), reportBytes(),
                phases, cpu);
    }

    private long cpuLap;

    private int reportBytes() {
        try {
            return (int) Math.min(Integer.MAX_VALUE, Files.size(root.resolve("target/spec/trace.json"))
                    + Files.size(root.resolve("target/spec/verify.sarif")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long lap(Map<String, Long> phases, Map<String, Long> cpu, String name, long start) {
        long now = System.nanoTime();
        phases.put(name, now - start);
        long c = cpuTime();
        cpu.put(name, c - cpuLap);
        cpuLap = c;
        return now;
    }

    private static long cpuTime() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private List<Path> reportDirs() {
        List<Path> dirs = new ArrayList<>();
        for (ProjectLayout.Module m : layout.modules()) {
            dirs.add(m.baseDir().resolve("target/surefire-reports"));
            dirs.add(m.baseDir().resolve("target/failsafe-reports"));
        }
        return dirs;
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
