package io.github.spectrace.core.api;

import io.github.spectrace.core.internal.render.JobSummary;

import io.github.spectrace.core.internal.render.ComplianceMarkdown;

import io.github.spectrace.core.internal.baseline.Baseline;
import io.github.spectrace.core.internal.cache.FileCache;
import io.github.spectrace.core.internal.diff.RequirementDiffs;
import io.github.spectrace.core.internal.drift.DriftChecker;
import io.github.spectrace.core.internal.drift.Suspects;
import io.github.spectrace.core.internal.render.CommittedYaml;
import io.github.spectrace.core.internal.render.Reviewed;
import io.github.spectrace.core.internal.text.NaturalOrder;
import io.github.spectrace.core.internal.text.Suggestions;
import io.github.spectrace.core.internal.extract.ExtractOptions;
import io.github.spectrace.core.internal.extract.Extraction;
import io.github.spectrace.core.internal.extract.Extractor;
import io.github.spectrace.core.internal.extract.ProjectLayout;
import io.github.spectrace.core.internal.extract.SpecHints;
import io.github.spectrace.core.internal.files.ExistenceCache;
import io.github.spectrace.core.internal.files.FileSync;
import io.github.spectrace.core.internal.files.FileWalker;
import io.github.spectrace.core.internal.files.Glob;
import io.github.spectrace.core.internal.files.RepoPath;
import io.github.spectrace.core.internal.files.SpecFiles;
import io.github.spectrace.core.internal.links.LinkChecker;
import io.github.spectrace.core.internal.links.LinkReport;
import io.github.spectrace.core.internal.lint.LintOptions;
import io.github.spectrace.core.internal.lint.Linter;
import io.github.spectrace.core.internal.markdown.SpecDocument;
import io.github.spectrace.core.internal.markdown.SpecParser;
import io.github.spectrace.core.internal.render.DiffReport;
import io.github.spectrace.core.internal.render.GeneratedFiles;
import io.github.spectrace.core.internal.render.Sarif;
import io.github.spectrace.core.internal.render.TraceJson;
import io.github.spectrace.core.internal.results.ProofAnalyzer;
import io.github.spectrace.core.internal.results.TestResults;
import io.github.spectrace.core.internal.rules.Diagnostic;
import io.github.spectrace.core.internal.rules.RuleSettings;
import io.github.spectrace.core.internal.render.SpecTemplate;
import io.github.spectrace.core.internal.layout.Manifests;
import io.github.spectrace.core.internal.text.IdPatterns;
import io.github.spectrace.core.model.OptionStyle;
import io.github.spectrace.core.internal.trace.SourceRoot;
import io.github.spectrace.core.internal.trace.Trace;
import io.github.spectrace.core.internal.trace.TraceChecker;
import io.github.spectrace.core.internal.trace.TraceOptions;
import io.github.spectrace.core.internal.trace.Tracer;
import io.github.spectrace.core.model.Ecosystem;
import io.github.spectrace.core.model.FileChange;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.LevelCoverage;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Requirement;
import io.github.spectrace.core.model.RequirementDiff;
import io.github.spectrace.core.model.RequirementProof;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.SpecException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * One run of the pipeline over a repository: files, then the requirement model, then findings and outputs. Each
 * goal has one entry point. Whatever several goals need (the parsed specs, the citations, the test results) is
 * computed once per run and shared, so a gate that also lints parses each spec once.
 *
 * <p>The pipeline returns data and writes only its documented outputs; it never logs. Problems in the user's files
 * are findings; broken configuration, unreadable files and invalid UTF-8 are {@link SpecException}s whose message is
 * meant for the user as it is. A run is not thread-safe; use one per thread.
 */
// SPEC-CORE-1053
public final class SpecPipeline {

    /** More than a baseline of a million entries: a file this large is not one, and is not read into memory. */
    private static final long MAX_BASELINE_BYTES = 64L << 20;

    /** The rules that judge test reports, which the first half of a split gate leaves out. */
    private static final Set<Rule> RESULT_RULES = EnumSet.of(Rule.TRACE_UNPROVEN, Rule.TRACE_FAILING,
            Rule.RESULTS_MALFORMED);

    /** The most directories that the finding about missing specs names. */
    private static final int MAX_HINTS = 5;

    private final Repository repo;
    /** The repository as the caller described it, before modules were detected: what a base checkout mirrors. */
    private final Repository input;
    private final SpecConfig config;
    private final PhaseListener listener;
    private final Path root;
    private final String configFile;
    private final OptionStyle names;
    private final RuleSettings settings;
    private final IdPatterns patterns;
    private final SpecParser parser;
    private final FileWalker walker;
    private final ExistenceCache exists;
    private final ExtractOptions extractOptions;
    private final Extractor extractor;
    private final FileCache specCache;

    private Extraction extraction;
    private Trace trace;
    private Map<String, int[]> counts;
    private SortedMap<String, byte[]> generated;
    /** The generated files without any {@code reviewed} block. */
    private SortedMap<String, byte[]> plain;
    private Map<String, Reviewed> reviewed;
    private TestResults results;
    private List<RequirementProof> proofs;
    private List<Diagnostic> lint;
    private LinkReport links;
    private List<Diagnostic> noSpecs;
    private Baseline baseline;
    /** The first half of a gate split around the reactor's tests, for {@link #verifyResults}. */
    private Gate early;
    private boolean earlyDrift;
    private boolean baselineRead;
    /** Manifests that cannot be parsed, reported by every goal. */
    private final List<Diagnostic> layoutProblems = new ArrayList<>();

    private SpecPipeline(Repository repository, SpecConfig config, PhaseListener listener) {
        this(repository, config, listener, config.cache());
    }

    private SpecPipeline(Repository repository, SpecConfig config, PhaseListener listener, boolean cached) {
        this.config = config;
        this.listener = listener;
        this.input = repository;
        this.root = repository.root();
        this.configFile = RepoPath.of(root, repository.configFile()).value();
        this.names = config.style();
        this.settings = config.rules();
        this.patterns = config.patterns();
        this.parser = new SpecParser(patterns);
        Set<Path> buildDirs = new HashSet<>();
        for (Repository.Module m : repository.modules()) {
            buildDirs.add(m.buildDirectory());
        }
        Set<Path> mavenSources = new HashSet<>();
        for (Repository.Module m : repository.modules()) {
            if (m.ecosystem() == Ecosystem.MAVEN) {
                mavenSources.add(m.baseDir().resolve("src"));
            }
        }
        List<Manifests.Found> found = config.detectModules()
                ? timed("layout", () -> new Manifests(root, new FileWalker(root, buildDirs), config.excludes(),
                        mavenSources).find(layoutProblems))
                : List.of();
        this.repo = withDetected(repository, found);
        List<ProjectLayout.Module> modules = new ArrayList<>();
        for (Repository.Module m : repo.modules()) {
            buildDirs.add(m.buildDirectory());
            modules.add(new ProjectLayout.Module(m.name(), m.baseDir()));
        }
        this.walker = new FileWalker(root, buildDirs);
        this.exists = new ExistenceCache(root);
        List<ExtractOptions.Mapping> mappings = new ArrayList<>();
        config.raw().mappings().forEach((spec, module) -> mappings.add(new ExtractOptions.Mapping(spec, module)));
        this.extractOptions = new ExtractOptions(config.includes(), config.excludes(), mappings,
                config.requirementsDirectory(), config.complianceFile(), configFile, names);
        if (cached) {
            // Source files are not cached: hashing and decoding their citations took more time than scanning them.
            String fingerprint = FileCache.codeOf(SpecPipeline.class) + "\n" + config.cacheFingerprint();
            Path file = repo.reportDirectory().resolve("cache").resolve("specs.bin");
            // Neither read nor written through a directory link that leaves the project.
            FileSync.checkInside(root, file, RepoPath.of(root, file).value());
            this.specCache = FileCache.open(file, fingerprint);
        } else {
            this.specCache = FileCache.none();
        }
        this.extractor = new Extractor(new ProjectLayout(root, modules), extractOptions, parser, walker, exists,
                specCache);
    }

    /**
     * Adds the modules found from manifests. A module found where a Maven project is, replaces it when the Maven
     * project only aggregates (a pom that exists to run the plugin over a Cargo or npm workspace); otherwise the
     * Maven project stays.
     */
    private static Repository withDetected(Repository repository, List<Manifests.Found> found) {
        if (found.isEmpty()) {
            return repository;
        }
        List<Repository.Module> modules = new ArrayList<>(repository.modules());
        for (Manifests.Found f : found) {
            Repository.Module same = null;
            for (Repository.Module m : modules) {
                if (m.baseDir().equals(f.dir())) {
                    same = m;
                }
            }
            if (same != null && (same.ecosystem() != Ecosystem.MAVEN || !same.aggregator())) {
                continue;
            }
            modules.remove(same);
            modules.add(new Repository.Module(f.name(), f.dir(), f.manifest(), false, f.sourceRoots(),
                    f.testRoots(), f.buildDirectory(), List.of(), f.ecosystem(), f.testGlobs()));
        }
        return new Repository(repository.root(), repository.configFile(), repository.reportDirectory(), modules);
    }

    /**
     * The modules of the run, Maven's and those found from the manifests of other ecosystems, sorted by base
     * directory.
     *
     * @return the modules
     */
    public List<Repository.Module> modules() {
        return repo.modules();
    }

    /**
     * One line that counts the modules by ecosystem, most first: {@code 12 modules: 9 Cargo, 3 Maven}.
     *
     * @return the line
     */
    public String moduleSummary() {
        Map<Ecosystem, Integer> counts = new EnumMap<>(Ecosystem.class);
        for (Repository.Module m : repo.modules()) {
            counts.merge(m.ecosystem(), 1, Integer::sum);
        }
        List<Map.Entry<Ecosystem, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                : b.getValue() - a.getValue());
        List<String> parts = new ArrayList<>();
        sorted.forEach(e -> parts.add(e.getValue() + " " + e.getKey().label()));
        int n = repo.modules().size();
        return n + (n == 1 ? " module: " : " modules: ") + String.join(", ", parts);
    }

    /**
     * Prepares a run. Reads no spec: it reads the manifests of Cargo, npm, Go and Python packages to find their
     * modules, and checks the configuration against the repository.
     *
     * @param repository the repository
     * @param config the validated configuration
     * @param listener told how long each phase took
     * @return the run
     * @throws SpecException if the configuration does not fit the repository
     */
    public static SpecPipeline open(Repository repository, SpecConfig config, PhaseListener listener) {
        return new SpecPipeline(repository, config, listener == null ? PhaseListener.NONE : listener);
    }

    /**
     * {@code spec:init}: writes a starting {@code SPEC/SPEC.md} into each module that has no spec yet, never over
     * an existing file. Modules that only aggregate others get none, unless the repository has no other module.
     *
     * @return what was written, and the modules that already had a spec
     * @throws SpecException when a file cannot be written
     */
    public InitResult init() {
        Set<String> withSpec = new HashSet<>();
        extraction().modules().forEach(m -> withSpec.add(m.module()));
        List<FileChange> changes = new ArrayList<>();
        Set<String> had = new java.util.TreeSet<>();
        boolean alone = repo.modules().size() == 1;
        for (Repository.Module m : repo.modules()) {
            if (withSpec.contains(m.name())) {
                had.add(m.name());
            } else if ((alone || !m.aggregator()) && m.baseDir().startsWith(root)) {
                String path = RepoPath.of(root, m.baseDir().resolve("SPEC/SPEC.md")).value();
                changes.add(new FileChange(path, FileSync.create(root, path,
                        SpecTemplate.spec(m.name()).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            }
        }
        changes.sort(java.util.Comparator.comparing(FileChange::path));
        return new InitResult(changes, List.copyOf(had));
    }

    /**
     * {@code spec:extract}: writes every {@code requirements/<module>.yaml} and the compliance summary whose content
     * changed, each atomically, and deletes generated requirements files that no spec produces any more.
     *
     * @return what was written, and the problems that did not stop extraction
     * @throws SpecException on unreadable or undecodable files, or when a file cannot be written
     */
    public ExtractResult extract() {
        List<FileChange> changes = write(generated());
        Map<Level, Integer> levels = new EnumMap<>(Level.class);
        for (Level l : Level.values()) {
            levels.put(l, 0);
        }
        for (ModuleRequirements m : extraction().modules()) {
            for (Requirement r : m.requirements()) {
                levels.merge(r.level(), 1, Integer::sum);
            }
        }
        List<Diagnostic> problems = new ArrayList<>(extraction().diagnostics());
        problems.addAll(noSpecs());
        problems.addAll(GeneratedFiles.leftovers(root, extractOptions));
        return new ExtractResult(changes, settings.apply(problems), extraction().documents().size(),
                extraction().modules().size(), levels);
    }

    /**
     * {@code spec:review}: records that the code and test citations of some requirements were checked against
     * their current statements, by dropping the {@code reviewed} blocks of their YAML entries. It writes what
     * {@link #extract()} writes, so the generated files are current afterwards.
     *
     * @param ids the IDs to review; {@code all} reviews every suspect requirement
     * @return the requirements reviewed, the requested ones that were not suspect, and what was written
     * @throws SpecException naming the IDs that no spec defines, or when a file cannot be written
     */
    // SPEC-CORE-1072
    public ReviewResult review(Set<String> ids) {
        Map<String, int[]> c = counts();
        Map<String, Reviewed> before = reviewed();
        Set<String> defined = new HashSet<>();
        extraction().modules().forEach(m -> m.requirements().forEach(r -> defined.add(r.id())));
        boolean all = ids.contains("all");
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            if (!id.equals("all") && !defined.contains(id)) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            unknown.sort(NaturalOrder.INSTANCE);
            List<String> parts = new ArrayList<>();
            Suggestions suggestions = Suggestions.of(defined);
            for (String id : unknown) {
                String guess = suggestions.closest(id);
                parts.add(guess == null ? id : id + " (did you mean " + guess + "?)");
            }
            throw new SpecException("Cannot review " + String.join(", ", parts) + ": no spec defines "
                    + (unknown.size() == 1 ? "it" : "them") + ". Name IDs that the specs define, or all.");
        }
        Map<String, Reviewed> remaining = new HashMap<>(before);
        List<String> requested = new ArrayList<>(all ? remaining.keySet() : ids);
        requested.sort(NaturalOrder.INSTANCE);
        List<ReviewResult.Entry> done = new ArrayList<>();
        List<String> notSuspect = new ArrayList<>();
        for (String id : requested) {
            if (remaining.remove(id) == null) {
                notSuspect.add(id);
            } else {
                int[] n = c.getOrDefault(id, new int[2]);
                done.add(new ReviewResult.Entry(id, n[0], n[1]));
            }
        }
        SortedMap<String, byte[]> files = GeneratedFiles.withReviewed(plain, extraction(), remaining, extractOptions);
        return new ReviewResult(done, notSuspect, write(files));
    }

    /** Writes the generated files as spec:extract does, refusing to delete every requirements file by mistake. */
    private List<FileChange> write(SortedMap<String, byte[]> files) {
        GeneratedFiles.checkOverwritable(root, config.complianceFile(), ComplianceMarkdown.HEADER, "complianceFile",
                extractOptions);
        List<String> stale = GeneratedFiles.stale(root, extractOptions, files);
        if (extraction().documents().isEmpty() && !stale.isEmpty()) {
            // Never silent: a typo in the includes must not delete every committed requirements file.
            throw new SpecException("No spec file matches " + names.name("includes") + " ("
                    + String.join(", ", config.raw().includes()) + "), but " + config.requirementsDirectory()
                    + "/ holds " + stale.size() + " generated requirements file" + (stale.size() == 1 ? "" : "s")
                    + ", which spec:extract would delete. Fix " + names.name("includes") + ", or delete the files"
                    + " by hand if the specs are really gone.");
        }
        return GeneratedFiles.write(root, extractOptions, files);
    }

    /**
     * {@code spec:lint}: checks the specs and writes {@code lint.sarif}.
     *
     * @return the findings
     */
    public CheckResult lint() {
        List<Diagnostic> all = new ArrayList<>(lintDiagnostics());
        all.addAll(noSpecs());
        Gate gate = gate(settings.apply(all), EnumSet.of(Rule.Check.SPECS, Rule.Check.LINT));
        Written sarif = sarif("lint.sarif", gate);
        return new CheckResult(gate.fresh, extraction().documents().size(), 0, 0, sarif.path, gate.status,
                sarif.warnings);
    }

    /**
     * {@code spec:check-links}: checks the links of the specs, or of the files the configuration names, and writes
     * {@code links.sarif}.
     *
     * @return the findings and counts
     */
    public CheckResult checkLinks() {
        LinkReport report = linkReport();
        List<Diagnostic> all = new ArrayList<>(report.findings());
        if (config.linkIncludes().isEmpty()) {
            all.addAll(noSpecs());
        }
        Gate gate = gate(settings.apply(all), EnumSet.of(Rule.Check.SPECS, Rule.Check.LINKS));
        Written sarif = sarif("links.sarif", gate);
        return new CheckResult(gate.fresh, report.files(), report.links(), report.external(), sarif.path, gate.status,
                sarif.warnings);
    }

    /**
     * {@code spec:verify-drift}: compares the generated files with the committed ones, applies the trace rules and
     * the test results, and writes {@code verify.sarif}, {@code trace.json} and {@code summary.md}, the result for a
     * CI job summary.
     *
     * @param withLint also lint the specs
     * @param withLinks also check the links
     * @return the findings and statistics
     */
    public VerifyResult verify(boolean withLint, boolean withLinks) {
        Set<Rule.Check> checks = EnumSet.noneOf(Rule.Check.class);
        List<Diagnostic> drift = new ArrayList<>();
        List<Diagnostic> all = gateDiagnostics(withLint, withLinks, checks, drift, true);
        return verifyResult(gate(settings.apply(all), checks), !settings.apply(drift).isEmpty(), true);
    }

    /**
     * The first half of {@code spec:verify-drift} in a reactor, before the modules' tests have run: every check of
     * {@link #verify} except those that read test reports. Writes {@code verify.sarif} and {@code summary.md};
     * {@link #verifyResults} completes them.
     *
     * @param withLint also lint the specs
     * @param withLinks also check the links
     * @return the findings and statistics of these checks
     */
    // SPEC-CORE-1054
    public VerifyResult verifySpecs(boolean withLint, boolean withLinks) {
        Set<Rule.Check> checks = EnumSet.noneOf(Rule.Check.class);
        List<Diagnostic> drift = new ArrayList<>();
        List<Diagnostic> all = gateDiagnostics(withLint, withLinks, checks, drift, false);
        checks.remove(Rule.Check.RESULTS);
        early = gate(settings.apply(all), checks, r -> checks.contains(r.check()) && !RESULT_RULES.contains(r));
        earlyDrift = !settings.apply(drift).isEmpty();
        return verifyResult(early, earlyDrift, false);
    }

    /**
     * The second half of {@code spec:verify-drift} in a reactor, after the last module's tests: the checks of this
     * build's test reports ({@code TRACE-FAILING}, {@code TRACE-UNPROVEN}, {@code RESULTS-MALFORMED}), and
     * {@code trace.json}, {@code verify.sarif} and {@code summary.md} with the findings of both halves.
     *
     * @return the findings of the test reports only; those of {@link #verifySpecs} were returned by it
     * @throws IllegalStateException when {@link #verifySpecs} did not run first on this run
     */
    public VerifyResult verifyResults() {
        if (early == null) {
            throw new IllegalStateException("verifySpecs must run first");
        }
        Gate late = gate(settings.apply(proofDiagnostics()), EnumSet.of(Rule.Check.RESULTS), RESULT_RULES::contains);
        Gate both = early.and(late);
        VerifyResult whole = verifyResult(both, earlyDrift, true);
        return new VerifyResult(late.fresh, false, whole.specFiles(), whole.generatedFiles(), whole.coverage(),
                whole.filesScanned(), whole.filesSkipped(), whole.requirements(), whole.citations(),
                whole.danglingCitations(), whole.sarif(), late.status, whole.testReports(), whole.sarifWarnings(),
                whole.mergedSarif());
    }

    /** Writes the reports of a gate (trace.json only with test results) and describes it. */
    private VerifyResult verifyResult(Gate gate, boolean drift, boolean withResults) {
        if (withResults) {
            writeTraceJson(gate.all);
        }
        Written sarif = sarif("verify.sarif", gate);
        List<LevelCoverage> coverage = LevelCoverage.of(extraction().modules(), counts());
        String diff = config.raw().summaryDiff() ? readReport("spec-diff.md") : null;
        String summary = JobSummary.render(gate.fresh, coverage, config.raw().webUrl(), diff);
        report("summary.md", out -> out.write(summary.getBytes(StandardCharsets.UTF_8)));
        List<String> warnings = new ArrayList<>(sarif.warnings);
        String merged = withResults && config.raw().mergedSarif() != null ? mergeSarif(sarif, warnings) : null;
        return new VerifyResult(gate.fresh, drift, extraction().documents().size(), generated().size(), coverage,
                trace().filesScanned(), trace().filesSkipped(), extraction().requirementCount(),
                trace().references().size(), trace().dangling().size(), sarif.path, gate.status,
                withResults ? testResults().reports() : 0, warnings, merged);
    }

    /**
     * Writes {@code spec.sarif}: the runs of the reports this build wrote before, then verify-drift's, for one
     * upload. Each run keeps its category; only the size of the whole file is checked again.
     */
    private String mergeSarif(Written verify, List<String> warnings) {
        java.util.LinkedHashMap<String, String> logs = new java.util.LinkedHashMap<>();
        for (String name : config.raw().mergedSarif()) {
            if (!name.matches("[a-z]+\\.sarif") || name.equals("verify.sarif") || name.equals("spec.sarif")) {
                throw new IllegalArgumentException("not a report of another goal: " + name);
            }
            String log = readReport(name);
            if (log == null) {
                warnings.add(reportPath(name) + " is missing or not a regular file, so spec.sarif holds no run of it.");
            } else {
                logs.put(reportPath(name), log);
            }
        }
        logs.put(verify.path, verify.json);
        Sarif.Output merged;
        try {
            merged = Sarif.merge(reportPath("spec.sarif"), Sarif.Limits.GITHUB, logs);
        } catch (IllegalArgumentException e) {
            throw new SpecException(e.getMessage() + " is not a SARIF log (" + e.getCause().getMessage() + "), so it"
                    + " cannot be merged into spec.sarif. Run the goal that writes it again, without editing it.", e);
        }
        warnings.addAll(merged.warnings());
        return report("spec.sarif", out -> out.write(merged.json().getBytes(StandardCharsets.UTF_8)));
    }

    /** A report this build wrote under the report directory, or null when it is missing or not a regular file. */
    private String readReport(String name) {
        Path file = repo.reportDirectory().resolve(name);
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SpecException(reportPath(name) + " cannot be read (" + SpecFiles.describe(e) + "). Check that"
                    + " it is readable, or run the goal that writes it again.", e);
        }
    }

    /** A report's path as the log shows it: relative to the project when it is inside. */
    private String reportPath(String name) {
        Path file = repo.reportDirectory().resolve(name);
        return file.startsWith(root) ? RepoPath.of(root, file).value() : name;
    }

    /**
     * {@code spec:baseline}: writes the committed baseline of the current findings of every gate (lint, links,
     * drift, trace rules and test reports), so that the gates then fail only on new ones. The file is overwritten
     * only when it is a baseline already.
     *
     * @param shrinkOnly add no finding that the current baseline does not hold, for CI
     * @return what was written
     * @throws SpecException when the path holds another file, or the file cannot be written
     */
    public BaselineResult baseline(boolean shrinkOnly) {
        String path = config.baselineFile();
        Baseline old = baselineFile();
        Path file = root.resolve(path);
        if (old == null && java.nio.file.Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new SpecException(path + ": the file exists and is not a baseline written by spec:baseline, so it is"
                    + " not overwritten. Set " + names.name("baselineFile") + " to another path, or move the file"
                    + " away.");
        }
        List<Finding> findings = settings.apply(gateDiagnostics(true, true, EnumSet.noneOf(Rule.Check.class),
                new ArrayList<>(), true));
        Baseline.Update update = Baseline.render(findings, old, shrinkOnly);
        FileSync.checkInside(root, file, path);
        FileChange.Status status = FileSync.write(root, path, out -> out.write(update.content()));
        return new BaselineResult(new FileChange(path, status), update.entries(), update.findings(), update.added(),
                update.removed(), update.notAdded());
    }

    /**
     * The diagnostics of {@code verify-drift}: drift, leftovers, missing specs, trace rules with the coverage
     * minimums, optionally lint and links, and the test reports. Adds the checks that ran, and the drift ones.
     */
    private List<Diagnostic> gateDiagnostics(boolean withLint, boolean withLinks, Set<Rule.Check> checks,
            List<Diagnostic> drift, boolean withResults) {
        checks.addAll(EnumSet.of(Rule.Check.SPECS, Rule.Check.DRIFT, Rule.Check.TRACE, Rule.Check.RESULTS));
        SortedMap<String, byte[]> expected = generated();
        List<String> stale = GeneratedFiles.stale(root, extractOptions, expected);
        drift.addAll(timed("drift", () -> new DriftChecker(config.raw().maxDiffLines())
                .check(root, expected, stale)));
        List<Diagnostic> all = new ArrayList<>(drift);
        all.addAll(GeneratedFiles.leftovers(root, extractOptions));
        all.addAll(noSpecs());
        all.addAll(traceDiagnostics(config.minTestCoverage(), config.minCodeCoverage()));
        if (withLint) {
            all.addAll(lintDiagnostics());
            checks.add(Rule.Check.LINT);
        }
        if (withLinks) {
            all.addAll(linkReport().findings());
            checks.add(Rule.Check.LINKS);
        }
        if (withResults) {
            all.addAll(proofDiagnostics());
        }
        return all;
    }

    /**
     * A gate's findings after the baseline: all of them, for SARIF and trace.json, and the new ones, which the gate
     * judges. With a strict baseline, entries whose findings no longer occur are new findings themselves.
     */
    private static final class Gate {
        final List<Finding> all;
        final List<Finding> fresh;
        final Set<Finding> known;
        final Set<Rule.Check> checks;
        final BaselineStatus status;

        Gate(List<Finding> all, List<Finding> fresh, Set<Finding> known, Set<Rule.Check> checks,
                BaselineStatus status) {
            this.all = all;
            this.fresh = fresh;
            this.known = known;
            this.checks = checks;
            this.status = status;
        }

        /** This gate and a later one of the same run, as one. */
        Gate and(Gate later) {
            List<Finding> a = new ArrayList<>(all);
            a.addAll(later.all);
            a.sort(null);
            List<Finding> f = new ArrayList<>(fresh);
            f.addAll(later.fresh);
            f.sort(null);
            Set<Finding> k = null;
            if (known != null || later.known != null) {
                k = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                k.addAll(known == null ? Set.of() : known);
                k.addAll(later.known == null ? Set.of() : later.known);
            }
            Set<Rule.Check> c = EnumSet.copyOf(checks);
            c.addAll(later.checks);
            BaselineStatus s = status.used() ? new BaselineStatus(status.file(), status.known() + later.status.known(),
                    status.fixed() + later.status.fixed()) : later.status;
            return new Gate(a, f, k, c, s);
        }
    }

    private Gate gate(List<Finding> findings, Set<Rule.Check> checks) {
        return gate(findings, checks, r -> checks.contains(r.check()));
    }

    /** The baseline applied to findings; {@code scope} says which rules' entries the run judged. */
    private Gate gate(List<Finding> findings, Set<Rule.Check> checks, java.util.function.Predicate<Rule> scope) {
        Baseline b = baselineFile();
        if (b == null) {
            return new Gate(findings, findings, null, checks, BaselineStatus.NONE);
        }
        Baseline.Split split = timed("baseline", () -> b.split(findings, r -> scope.test(r) && settings.enabled(r)));
        List<Finding> fresh = new ArrayList<>(split.fresh());
        if (config.baselineStrict()) {
            List<Diagnostic> stale = new ArrayList<>();
            for (Baseline.Stale st : split.stale()) {
                Baseline.Entry e = st.entry();
                stale.add(new Diagnostic(Rule.BASELINE_STALE, b.path(), e.line(), 0, e.describe() + ": "
                        + (st.fixed() == e.count() ? "no longer occurs" : st.fixed() + " of its " + e.count()
                                + " findings no longer occur") + ", and the baseline is strict. Run mvn spec:baseline"
                        + " to remove what is fixed, so that the baseline only shrinks.", e.describe()));
            }
            fresh.addAll(settings.apply(stale));
            fresh.sort(null);
        }
        Set<Finding> known = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        known.addAll(split.known());
        List<Finding> all = new ArrayList<>(fresh);
        all.addAll(split.known());
        all.sort(null);
        Set<Rule.Check> withBaseline = EnumSet.copyOf(checks);
        withBaseline.add(Rule.Check.BASELINE);
        return new Gate(all, fresh, known, withBaseline, new BaselineStatus(b.path(), split.known().size(),
                split.fixed()));
    }

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            throw new SpecException(RepoPath.slashes(file.getFileName()) + ": cannot read the baseline ("
                    + SpecFiles.describe(e) + ").", e);
        }
    }

    /** The committed baseline, read once; null when there is none. */
    private Baseline baselineFile() {
        if (!baselineRead) {
            baselineRead = true;
            String path = config.baselineFile();
            Path file = root.resolve(path);
            if (java.nio.file.Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                if (!FileSync.regularInside(root, file)) {
                    throw new SpecException(path + ": the baseline is not a regular file inside the project (a link, a"
                            + " directory, a device, or a file in a directory that links outside), so it is not read. Replace it with the file that spec:baseline writes.");
                }
                if (sizeOf(file) > MAX_BASELINE_BYTES) {
                    throw new SpecException(path + ": the baseline is larger than " + (MAX_BASELINE_BYTES >> 20)
                            + " MiB, which no baseline written by spec:baseline is, so it is not read. Delete it and"
                            + " run mvn spec:baseline.");
                }
                if (FileSync.startsWith(file, Baseline.HEADER)) {
                    baseline = Baseline.parse(path, SpecFiles.readUtf8(file, path));
                } else if (!path.endsWith(".json") || !SpecFiles.readUtf8(file, path).isBlank()) {
                    throw new SpecException(path + ": the file is not a baseline written by spec:baseline (it does"
                            + " not start with its header). Set " + names.name("baselineFile") + " to another path,"
                            + " or delete the file and run mvn spec:baseline.");
                }
            }
        }
        return baseline;
    }

    /**
     * The data of the compliance report: every requirement with its citations and this build's test results, and
     * the findings of lint, links, trace rules (without coverage minimums) and test reports. Writes
     * {@code trace.json}.
     *
     * @return the report's data
     */
    public ReportResult report() {
        List<Finding> lintFindings = settings.apply(lintDiagnostics());
        List<Finding> linkFindings = settings.apply(linkReport().findings());
        List<Diagnostic> all = new ArrayList<>(lintDiagnostics());
        all.addAll(linkReport().findings());
        all.addAll(traceDiagnostics(Map.of(), Map.of()));
        all.addAll(proofDiagnostics());
        List<Finding> findings = settings.apply(all);
        writeTraceJson(findings);
        List<String> modules = new ArrayList<>();
        for (ModuleRequirements m : extraction().modules()) {
            modules.add(m.module());
        }
        return new ReportResult(modules, proofs(), findings, lintFindings.size(), linkFindings.size(),
                testResults().reports(), trace().references().size());
    }

    /**
     * {@code spec:diff}: compares this tree's requirements with those of another checkout of the repository, such
     * as the target branch of a pull request, and writes {@code spec-diff.md} and {@code spec-diff.json}. The base
     * gets the same configuration and the same module layout, relative to its own top-level directory; its specs
     * and sources are read as this tree's are, with no git, and nothing outside it is read or written.
     *
     * @param base the base checkout's top-level directory, outside this project
     * @return the diff, and what happened to the two files
     * @throws SpecException when the base is missing, is or holds this project, lies inside it, or has unreadable
     *     files
     */
    // SPEC-CORE-1081
    public DiffResult diff(Path base) {
        Path dir = checkBase(base);
        String shown = shown(dir);
        // The base lies outside this project, so nothing is cached there.
        SpecPipeline before = new SpecPipeline(input.relocated(dir), config,
                (phase, nanos) -> listener.phaseEnded("base " + phase, nanos), false);
        List<ModuleRequirements> baseModules;
        Map<String, int[]> baseCounts;
        try {
            baseModules = before.extraction().modules();
            baseCounts = before.counts();
        } catch (SpecException e) {
            throw new SpecException("In the base checkout " + shown + ": " + e.getMessage(), e);
        }
        List<ModuleRequirements> modules = extraction().modules();
        Map<String, int[]> c = counts();
        RequirementDiff diff = timed("diff", () -> RequirementDiffs.compare(baseModules, baseCounts, modules, c));
        String md = DiffReport.markdown(diff);
        String json = DiffReport.json(diff);
        return new DiffResult(diff, List.of(
                writeReport("spec-diff.md", out -> out.write(md.getBytes(StandardCharsets.UTF_8))),
                writeReport("spec-diff.json", out -> out.write(json.getBytes(StandardCharsets.UTF_8)))));
    }

    /** The base as a real directory outside this project, or a message that says how to make one. */
    private Path checkBase(Path base) {
        Path dir = root.resolve(base).toAbsolutePath().normalize();
        String shown = shown(dir);
        String option = names.name("base");
        if (!Files.isDirectory(dir)) {
            throw new SpecException("The base checkout " + shown + " (" + option + ") does not exist or is not a"
                    + " directory. Check out the branch to compare with there, for example with 'git worktree add "
                    + shown + " origin/main', or set " + option + " to another checkout of the repository.");
        }
        Path real;
        Path realRoot;
        try {
            real = dir.toRealPath();
            realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new SpecException("The base checkout " + shown + " (" + option + ") cannot be read ("
                    + SpecFiles.describe(e) + "). Check that it is readable.", e);
        }
        if (realRoot.startsWith(real)) {
            throw new SpecException("The base checkout " + shown + " (" + option + ") is this project or a"
                    + " directory above it, so it would compare the project with itself. Check out the branch to"
                    + " compare with next to the project, for example with 'git worktree add ../base origin/main',"
                    + " and set " + option + " to ../base.");
        }
        if (real.startsWith(realRoot)) {
            throw new SpecException("The base checkout " + shown + " (" + option + ") is inside this project, whose"
                    + " specs and sources would then hold the base's too. Check it out next to the project, for"
                    + " example with 'git worktree add ../base origin/main', and set " + option + " to ../base.");
        }
        return dir;
    }

    /** A directory as the user sees it: relative to the project, never absolute. */
    private String shown(Path dir) {
        String rel = RepoPath.slashes(root.relativize(dir));
        return rel.isEmpty() ? "." : rel;
    }

    /**
     * Writes a file atomically, and only when its content changed, as the pipeline writes its own outputs: for
     * adapters that render more, such as a standalone report page.
     *
     * @param directory the directory, created when missing
     * @param name the file name
     * @param content the content
     * @return what happened to the file
     * @throws SpecException when the file cannot be written
     */
    public static FileChange.Status writeFile(Path directory, String name, byte[] content) {
        return FileSync.write(directory.toAbsolutePath().normalize(), name, out -> out.write(content));
    }

    /**
     * Never silent: when the includes match no spec, the run says so, located at the configuration, and names the
     * directories whose Markdown files hold IDs, where the specs probably are.
     */
    private List<Diagnostic> noSpecs() {
        if (!extraction().documents().isEmpty()) {
            return layoutProblems;
        }
        if (noSpecs == null) {
            SpecHints.Result hints = timed("hints", () -> new SpecHints(root, walker, patterns)
                    .find(Set.of(repo.reportDirectory()), Set.of(config.complianceFile())));
            String includes = names.name("includes");
            StringBuilder message = new StringBuilder("No spec file matches ").append(includes).append(" (")
                    .append(String.join(", ", config.raw().includes())).append(") in the top-level directory or any"
                    + " module, so nothing was checked.");
            List<String> dirs = hints.directories();
            if (dirs.isEmpty()) {
                message.append(" Set ").append(includes)
                        .append(" to where the specs are, for example **/.specs/*.md.");
            } else {
                int listed = Math.min(dirs.size(), MAX_HINTS);
                message.append(" Markdown files with requirement IDs are in ")
                        .append(String.join(", ", dirs.subList(0, listed)));
                int more = dirs.size() - listed;
                if (more > 0) {
                    message.append(" and ").append(more).append(more == 1 ? " more directory" : " more directories");
                }
                if (hints.stopped()) {
                    message.append(" (the search stopped after reading ").append(hints.filesRead())
                            .append(" Markdown files)");
                }
                message.append(". Point ").append(includes).append(" at the ones that hold specs, for example ")
                        .append(hints.example()).append('.');
            }
            List<Diagnostic> all = new ArrayList<>(layoutProblems);
            all.add(new Diagnostic(Rule.SPEC_NONE_FOUND, configFile, 0, 0, message.toString()));
            noSpecs = List.copyOf(all);
        }
        return noSpecs;
    }

    /** For tests: how many specs were parsed, rather than taken from the cache. */
    int cacheMisses() {
        return specCache.misses();
    }

    private Extraction extraction() {
        if (extraction == null) {
            extraction = timed("extract", extractor::run);
            specCache.save();
        }
        return extraction;
    }

    private Trace trace() {
        if (trace == null) {
            Extraction ex = extraction();
            trace = timed("trace", () -> {
                List<SourceRoot> roots = new ArrayList<>();
                for (Repository.Module m : repo.modules()) {
                    List<Glob> testFiles = new ArrayList<>();
                    m.testFiles().forEach(g -> testFiles.add(Glob.of(g, "testFiles")));
                    m.sourceRoots().forEach(d -> roots.add(new SourceRoot(d, false, testFiles, m.baseDir())));
                    m.testRoots().forEach(d -> roots.add(new SourceRoot(d, true)));
                }
                List<Path> excludedFiles = new ArrayList<>();
                for (SpecDocument d : ex.documents()) {
                    excludedFiles.add(root.resolve(d.path()));
                }
                excludedFiles.add(root.resolve(config.complianceFile()));
                Set<String> defined = new HashSet<>();
                for (ModuleRequirements m : ex.modules()) {
                    excludedFiles.add(root.resolve(config.requirementsDirectory()).resolve(m.module() + ".yaml"));
                    m.requirements().forEach(r -> defined.add(r.id()));
                }
                TraceOptions options = new TraceOptions(config.raw().underscoreIds(), config.raw().strict(),
                        config.raw().maxFileSize(), config.traceIncludes(), config.traceExcludes(),
                        config.traceTestIncludes());
                return new Tracer(root, patterns, options, walker).scan(roots, excludedFiles, defined);
            });
        }
        return trace;
    }

    private Map<String, int[]> counts() {
        if (counts == null) {
            counts = trace().counts();
        }
        return counts;
    }

    private SortedMap<String, byte[]> generated() {
        if (generated == null) {
            Extraction ex = extraction();
            // Without counts, spec:extract scans no source at all.
            Map<String, int[]> c = config.complianceCounts() ? counts() : null;
            plain = timed("render", () -> GeneratedFiles.render(ex, c, extractOptions));
            // The committed YAML is the store of reviewed statements: a file equal to its plain rendering holds
            // nothing but current statements, so only the files that differ are parsed.
            generated = timed("suspects", () -> {
                CommittedYaml.Read committed = CommittedYaml.read(root, config.requirementsDirectory(), plain);
                Set<String> current = new HashSet<>();
                for (ModuleRequirements m : ex.modules()) {
                    if (committed.unchanged().contains(GeneratedFiles.yamlPath(extractOptions, m.module()))) {
                        m.requirements().forEach(r -> current.add(r.id()));
                    }
                }
                // Counts are needed only for a changed statement: whether anything cites it.
                reviewed = Suspects.reviewed(ex, committed.entries(), current, this::counts);
                return GeneratedFiles.withReviewed(plain, ex, reviewed, extractOptions);
            });
        }
        return generated;
    }

    /** The statements that changed requirements were last reviewed against, from the committed YAML. */
    private Map<String, Reviewed> reviewed() {
        generated();
        return reviewed;
    }

    private List<Diagnostic> traceDiagnostics(Map<Level, Double> minTest, Map<Level, Double> minCode) {
        Extraction ex = extraction();
        Trace t = trace();
        List<Diagnostic> out = new ArrayList<>(timed("traceRules", () -> new TraceChecker(settings, minTest, minCode,
                configFile, names).check(ex, t)));
        out.addAll(Suspects.check(ex, reviewed(), t.references()));
        if (t.filesScanned() == 0 && ex.requirementCount() > 0) {
            // Never silent: with no sources, every requirement is "untested", and nothing would say why.
            out.add(new Diagnostic(Rule.TRACE_NOTHING_SCANNED, configFile, 0, 0, "No source or test file was scanned"
                    + " for citations: the modules' source and test roots are empty or missing, so no requirement can"
                    + " count as cited. Name the files with "
                    + names.name("traceIncludes") + " and " + names.name("traceTestIncludes") + ", for example"
                    + " src/**/*.rs and tests/**/*.rs."));
        }
        return out;
    }

    private List<Diagnostic> lintDiagnostics() {
        if (lint == null) {
            Extraction ex = extraction();
            lint = timed("lint", () -> {
                List<LintOptions.ModuleRef> modules = new ArrayList<>();
                for (Repository.Module m : repo.modules()) {
                    if (!m.aggregator()) {
                        modules.add(new LintOptions.ModuleRef(m.name(), RepoPath.of(root, m.descriptor()).value()));
                    }
                }
                modules.sort((a, b) -> a.pom().compareTo(b.pom()));
                LintOptions options = new LintOptions(settings, config.raw().maxLineLength(),
                        config.raw().idPatterns(), modules, config.specExempt(), config.raw().idPrefixes(), names);
                return new Linter(root, options).lint(ex);
            });
        }
        return lint;
    }

    private LinkReport linkReport() {
        if (links == null) {
            List<SpecDocument> documents = config.linkIncludes().isEmpty() ? extraction().documents() : null;
            links = timed("links", () -> {
                List<SpecDocument> docs = documents;
                List<Diagnostic> notRead = new ArrayList<>();
                if (docs == null) {
                    docs = new ArrayList<>();
                    List<RepoPath> skipped = new ArrayList<>();
                    for (FileWalker.Found f : walker.glob(config.linkIncludes(), config.linkExcludes(), skipped)) {
                        String path = f.path().value();
                        docs.add(parser.parse(path, SpecFiles.readUtf8(f.file(), path)));
                    }
                    for (RepoPath p : new java.util.TreeSet<>(skipped)) {
                        notRead.add(new Diagnostic(Rule.LINK_TARGET_SKIPPED, p.value(), 0, 0, p.value() + " matches "
                                + names.name("linkIncludes") + " but is not a regular file inside the project: a"
                                + " symbolic link that leads outside it or is broken, a FIFO, a socket or a device."
                                + " It is not read, so its links are not checked. Put the file itself in the"
                                + " repository."));
                    }
                }
                LinkReport checked = new LinkChecker(root, parser, exists).check(docs);
                if (notRead.isEmpty()) {
                    return checked;
                }
                notRead.addAll(checked.findings());
                return new LinkReport(notRead, checked.files(), checked.links(), checked.external());
            });
        }
        return links;
    }

    private TestResults testResults() {
        if (results == null) {
            results = timed("results", () -> {
                List<Path> dirs = new ArrayList<>();
                for (Repository.Module m : repo.modules()) {
                    dirs.addAll(m.testReportDirectories());
                }
                return TestResults.read(root, dirs);
            });
        }
        return results;
    }

    private List<RequirementProof> proofs() {
        if (proofs == null) {
            Extraction ex = extraction();
            Trace t = trace();
            TestResults r = testResults();
            proofs = timed("proofs", () -> ProofAnalyzer.analyze(root, ex, t, r));
        }
        return proofs;
    }

    private List<Diagnostic> proofDiagnostics() {
        List<Diagnostic> out = new ArrayList<>(testResults().warnings());
        boolean failing = settings.enabled(Rule.TRACE_FAILING);
        if (failing) {
            out.addAll(ProofAnalyzer.failing(proofs()));
        }
        if (settings.enabled(Rule.TRACE_UNPROVEN)) {
            out.addAll(ProofAnalyzer.unproven(proofs(), failing));
        }
        proofs();
        return out;
    }

    private void writeTraceJson(List<Finding> findings) {
        Extraction ex = extraction();
        List<RequirementProof> p = proofs();
        timed("reports", () -> report("trace.json", out -> TraceJson.write(out, ex, p, findings)));
    }

    /** A SARIF report as written: its path, its content and what to say about its size. */
    private record Written(String path, String json, List<String> warnings) {
    }

    private Written sarif(String name, Gate gate) {
        String goal = name.substring(0, name.indexOf('.'));
        Set<Finding> known = gate.known;
        Sarif.Output out = Sarif.fit(reportPath(name), Sarif.Limits.GITHUB, config.raw().toolName(),
                config.raw().toolVersion(), List.copyOf(Rule.of(gate.checks)), gate.all, "spec/" + goal + "/",
                known == null ? null : known::contains);
        String path = report(name, o -> o.write(out.json().getBytes(StandardCharsets.UTF_8)));
        return new Written(path, out.json(), out.warnings());
    }

    /** Writes a report under the report directory, atomically and only if it changed; returns where. */
    private String report(String name, FileSync.Content content) {
        return writeReport(name, content).path();
    }

    private FileChange writeReport(String name, FileSync.Content content) {
        Path file = repo.reportDirectory().resolve(name);
        Path base = file.startsWith(root) ? root : file.getParent();
        String rel = RepoPath.of(base, file).value();
        return new FileChange(rel, FileSync.write(base, rel, content));
    }

    private <T> T timed(String phase, Supplier<T> work) {
        long t = System.nanoTime();
        T result = work.get();
        listener.phaseEnded(phase, System.nanoTime() - t);
        return result;
    }
}
