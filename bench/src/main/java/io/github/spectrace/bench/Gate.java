package io.github.spectrace.bench;

import io.github.spectrace.core.api.PhaseListener;
import io.github.spectrace.core.api.Repository;
import io.github.spectrace.core.api.SpecConfig;
import io.github.spectrace.core.api.SpecPipeline;
import io.github.spectrace.core.api.VerifyResult;
import io.github.spectrace.core.model.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The work of {@code spec:verify-drift} with lint and check-links enabled and the default configuration, through
 * the same API the Mojo calls ({@link SpecPipeline}), with a {@link PhaseListener} for the phase times. Maven's own
 * work (the reactor, the plugin's class loader) is all that is left out.
 *
 * <p>The repository is every directory with a {@code pom.xml} directly under the root, plus the root, each with
 * the directory name as its name and Maven's default source roots, as the generated corpus has them.
 */
public final class Gate {

    /** The phases of one gate run, in order. */
    public static final List<String> PHASES = List.of("layout", "extract", "trace", "render", "suspects", "drift",
            "traceRules", "lint", "links", "results", "proofs", "reports");

    private final Repository repository;
    // -Dbench.cache=true measures runs with the incremental cache, as the plugin's default does.
    private final SpecConfig config = SpecConfig.builder().tool("spec-maven-plugin", "bench")
            .cache(Boolean.getBoolean("bench.cache")).build();

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
     * @param known the findings that the committed baseline holds, left out of {@code findings}
     */
    public record Result(List<Finding> findings, int requirements, int references, int dangling, int filesScanned,
            int generatedFiles, int reportBytes, Map<String, Long> phaseNanos, Map<String, Long> phaseCpuNanos,
            int known) {

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
        Path r = root.toAbsolutePath().normalize();
        List<Repository.Module> modules = new ArrayList<>();
        modules.add(module(String.valueOf(r.getFileName()), r, true));
        for (Path dir : moduleDirs(r)) {
            modules.add(module(dir.getFileName().toString(), dir, false));
        }
        this.repository = new Repository(r, r.resolve("pom.xml"), r.resolve("target/spec"), modules);
    }

    private static Repository.Module module(String name, Path base, boolean aggregator) {
        return new Repository.Module(name, base, base.resolve("pom.xml"), aggregator,
                List.of(base.resolve("src/main/java"), base.resolve("src/main/resources")),
                List.of(base.resolve("src/test/java"), base.resolve("src/test/resources")), base.resolve("target"),
                List.of(base.resolve("target/surefire-reports"), base.resolve("target/failsafe-reports")));
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
        return SpecPipeline.open(repository, config, PhaseListener.NONE).extract().changes().size();
    }

    /**
     * Does what {@code spec:baseline} does: writes the baseline of every current finding.
     *
     * @return the number of findings in the baseline
     */
    public int baseline() {
        return SpecPipeline.open(repository, config, PhaseListener.NONE).baseline(false).findings();
    }

    /**
     * The baseline file of the corpus.
     *
     * @return its path
     */
    public Path baselineFile() {
        return repository.root().resolve(config.baselineFile());
    }

    /**
     * Runs the whole gate once.
     *
     * @return the findings and counts
     */
    public Result verify() {
        Map<String, Long> phases = new LinkedHashMap<>();
        Map<String, Long> cpu = new LinkedHashMap<>();
        long[] cpuLap = {cpuTime()};
        VerifyResult r = SpecPipeline.open(repository, config, (phase, nanos) -> {
            phases.put(phase, nanos);
            long c = cpuTime();
            cpu.put(phase, c - cpuLap[0]);
            cpuLap[0] = c;
        }).verify(true, true);
        return new Result(r.findings(), r.requirements(), r.citations(), r.danglingCitations(), r.filesScanned(),
                r.generatedFiles(), reportBytes(), phases, cpu, r.baseline().known());
    }

    private int reportBytes() {
        try {
            Path dir = repository.reportDirectory();
            return (int) Math.min(Integer.MAX_VALUE, Files.size(dir.resolve("trace.json"))
                    + Files.size(dir.resolve("verify.sarif")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long cpuTime() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
