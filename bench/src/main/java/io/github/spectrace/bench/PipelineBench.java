package io.github.spectrace.bench;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * Times the gate ({@link Gate}) in-process on a generated corpus whose generated files are current: one cold run
 * in the fresh JVM (what the plugin does in a Maven build), then warm-up runs for the JIT, then timed runs. Prints
 * each run, the median and the heap use, and checks the findings per rule, the requirement count and the citation counts against the
 * corpus's {@code expected.properties}. Exits with 1 when a count differs: speed without correctness does not
 * count.
 *
 * <p>The last line starting with {@code RESULT} is for {@code bench/run.sh}.
 */
public final class PipelineBench {

    private PipelineBench() {
    }

    /**
     * Runs the benchmark. When the corpus has no generated files yet, it first writes them as
     * {@code spec:extract} would.
     *
     * @param args {@code --corpus DIR} and optional {@code --warmup 3}, {@code --runs 5},
     *     {@code --profile FILE.jfr} (records the timed runs with JDK Flight Recorder and prints the hottest
     *     methods)
     * @throws Exception on I/O errors
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (!a.containsKey("corpus")) {
            System.err.println("Usage: PipelineBench --corpus DIR [--warmup 3] [--runs 5] [--profile out.jfr]");
            System.exit(2);
        }
        Path corpus = Path.of(a.get("corpus"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "3"));
        int runs = Integer.parseInt(a.getOrDefault("runs", "5"));
        Path profile = a.containsKey("profile") ? Path.of(a.get("profile")) : null;
        int baselineRuns = Integer.parseInt(a.getOrDefault("baseline-runs", "0"));

        Gate gate = new Gate(corpus);
        if (!Files.exists(corpus.resolve("COMPLIANCE.md"))) {
            long t0 = System.nanoTime();
            int generated = gate.extract();
            System.out.printf(Locale.ROOT, "extract first (wrote %d generated files; the cold run below is warmer"
                    + " than the plugin's): %d ms%n", generated, (System.nanoTime() - t0) / 1_000_000);
        }
        // The first run in a fresh JVM is what the plugin does in a Maven build.
        long t0 = System.nanoTime();
        Gate.Result first = gate.verify();
        long cold = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "cold run: %d ms %s%n", cold / 1_000_000,
                first.phaseNanos().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() / 1_000_000).toList());
        for (int i = 0; i < warmup; i++) {
            long s = System.nanoTime();
            gate.verify();
            System.out.printf(Locale.ROOT, "warm-up %d: %d ms%n", i + 1, (System.nanoTime() - s) / 1_000_000);
        }

        Recording recording = null;
        if (profile != null) {
            recording = new Recording(Configuration.getConfiguration("profile"));
            recording.start();
        }
        long[] times = new long[runs];
        long[] peaks = new long[runs];
        long[] allocs = new long[runs];
        Map<String, long[]> phases = new LinkedHashMap<>();
        Map<String, long[]> phasesCpu = new LinkedHashMap<>();
        long gcCount = 0;
        long gcMillis = 0;
        Gate.Result last = first;
        long liveBytes = 0;
        for (int i = 0; i < runs; i++) {
            last = null;
            System.gc();
            resetPeaks();
            long gcc = gcCount();
            long gct = gcTime();
            long alloc = allocated();
            long s = System.nanoTime();
            last = gate.verify();
            times[i] = System.nanoTime() - s;
            allocs[i] = allocated() - alloc;
            peaks[i] = heapPeak();
            gcCount += gcCount() - gcc;
            gcMillis += gcTime() - gct;
            for (Map.Entry<String, Long> e : last.phaseNanos().entrySet()) {
                phases.computeIfAbsent(e.getKey(), k -> new long[runs])[i] = e.getValue();
            }
            for (Map.Entry<String, Long> e : last.phaseCpuNanos().entrySet()) {
                phasesCpu.computeIfAbsent(e.getKey(), k -> new long[runs])[i] = e.getValue();
            }
            System.gc();
            liveBytes = Math.max(liveBytes, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            System.out.printf(Locale.ROOT, "run %d: %d ms, heap peak %d MB, allocated %d MB, %d findings%n", i + 1,
                    times[i] / 1_000_000, peaks[i] >> 20, allocs[i] >> 20, last.findings().size());
        }
        if (recording != null) {
            recording.stop();
            recording.dump(profile);
            recording.close();
            JfrSummary.print(profile, Gate.class.getName() + ".verify", 25, 40);
        }

        StringBuilder phaseLine = new StringBuilder("PHASES");
        for (Map.Entry<String, long[]> e : phases.entrySet()) {
            phaseLine.append(' ').append(e.getKey()).append('=').append(median(e.getValue()) / 1_000_000);
        }
        System.out.println(phaseLine);
        StringBuilder cpuLine = new StringBuilder("PHASES_CPU");
        for (Map.Entry<String, long[]> e : phasesCpu.entrySet()) {
            cpuLine.append(' ').append(e.getKey()).append('=').append(median(e.getValue()) / 1_000_000);
        }
        System.out.println(cpuLine);

        boolean ok = check(last, corpus.resolve("expected.properties"));
        System.out.printf(Locale.ROOT, "RESULT median_ms=%d cold_ms=%d min_ms=%d max_ms=%d heap_peak_mb=%d"
                        + " live_mb=%d alloc_mb=%d gc_count=%d gc_ms=%d max_heap_mb=%d findings=%d check=%s%n",
                median(times) / 1_000_000, cold / 1_000_000, Arrays.stream(times).min().orElse(0) / 1_000_000,
                Arrays.stream(times).max().orElse(0) / 1_000_000, median(peaks) >> 20, liveBytes >> 20,
                median(allocs) >> 20, gcCount, gcMillis, Runtime.getRuntime().maxMemory() >> 20,
                last == null ? 0 : last.findings().size(), ok ? "ok" : "FAILED");
        if (!ok) {
            System.exit(1);
        }
        if (baselineRuns > 0) {
            baseline(gate, baselineRuns, median(times), last.findings().size());
        }
    }

    /**
     * Times the gate with a baseline of every finding: spec:baseline once, then warm runs that must judge no
     * finding and know them all. Prints the median and its baseline phase, the cost of the baseline.
     */
    private static final int PADDED = 10_000;

    private static void baseline(Gate gate, int runs, long without, int findings) throws IOException {
        long s0 = System.nanoTime();
        int known = gate.baseline();
        long write = System.nanoTime() - s0;
        // A baseline of 10,000 entries: the corpus's findings, and entries of findings that no longer occur.
        String text = Files.readString(gate.baselineFile());
        StringBuilder pad = new StringBuilder();
        for (int i = known; i < PADDED; i++) {
            pad.append(",\n    {\"rule\": \"TRACE-UNTESTED\", \"file\": \"gone/SPEC/SPEC.md\", \"subject\": \"GONE-")
                    .append(i).append("\", \"count\": 1}");
        }
        int end = text.lastIndexOf("\n  ]");
        Files.writeString(gate.baselineFile(), text.substring(0, end) + pad + text.substring(end));
        long[] times = new long[runs];
        long[] phase = new long[runs];
        Gate.Result r = null;
        try {
            for (int i = 0; i < runs; i++) {
                System.gc();
                long s = System.nanoTime();
                r = gate.verify();
                times[i] = System.nanoTime() - s;
                phase[i] = r.phaseNanos().getOrDefault("baseline", 0L);
            }
        } finally {
            Files.deleteIfExists(gate.baselineFile());
        }
        boolean ok = known == findings && r.findings().isEmpty() && r.known() == findings;
        System.out.printf(Locale.ROOT, "BASELINE entries=%d findings=%d known=%d new=%d write_ms=%d median_ms=%d"
                        + " without_ms=%d baseline_phase_ms=%d phase_share=%.2f%% check=%s%n", Math.max(PADDED, known),
                known, r.known(),
                r.findings().size(), write / 1_000_000, median(times) / 1_000_000, without / 1_000_000,
                median(phase) / 1_000_000, 100.0 * median(phase) / median(times), ok ? "ok" : "FAILED");
        if (!ok) {
            System.exit(1);
        }
    }

    /**
     * Compares the findings and counts with the expected ones and prints each comparison.
     *
     * @param result a gate result
     * @param expectedFile the corpus's expected counts
     * @return true if everything matches
     * @throws IOException if the file cannot be read
     */
    static boolean check(Gate.Result result, Path expectedFile) throws IOException {
        Map<String, Long> expected = expectedRules(expectedFile);
        Map<String, Long> actual = result.byRule();
        boolean ok = true;
        for (String rule : new TreeSet<>(union(expected.keySet(), actual.keySet()))) {
            long e = expected.getOrDefault(rule, 0L);
            long got = actual.getOrDefault(rule, 0L);
            ok &= e == got;
            System.out.printf(Locale.ROOT, "CHECK %-24s expected %7d actual %7d %s%n", rule, e, got,
                    e == got ? "ok" : "MISMATCH");
        }
        Properties p = load(expectedFile);
        long[][] counts = {
            {Long.parseLong(p.getProperty("requirements")), result.requirements()},
            {Long.parseLong(p.getProperty("citations.code")) + Long.parseLong(p.getProperty("citations.test")),
                result.references()},
            {Long.parseLong(p.getProperty("citations.dangling")), result.dangling()},
            {Long.parseLong(p.getProperty("files.sources")) + Long.parseLong(p.getProperty("files.tests")),
                result.filesScanned()},
        };
        String[] names = {"requirements", "citations", "dangling citations", "files scanned"};
        for (int i = 0; i < counts.length; i++) {
            boolean same = counts[i][0] == counts[i][1];
            ok &= same;
            System.out.printf(Locale.ROOT, "CHECK %-24s expected %7d actual %7d %s%n", names[i], counts[i][0],
                    counts[i][1], same ? "ok" : "MISMATCH");
        }
        return ok;
    }

    /**
     * The expected findings per rule of a corpus.
     *
     * @param expectedFile {@code expected.properties}
     * @return non-zero counts by rule ID
     * @throws IOException if the file cannot be read
     */
    static SortedMap<String, Long> expectedRules(Path expectedFile) throws IOException {
        SortedMap<String, Long> out = new TreeMap<>();
        Properties p = load(expectedFile);
        for (String k : p.stringPropertyNames()) {
            long v = Long.parseLong(p.getProperty(k));
            if (k.startsWith("rule.") && v != 0) {
                out.put(k.substring("rule.".length()), v);
            }
        }
        return out;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static List<String> union(java.util.Collection<String> a, java.util.Collection<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    static long median(long[] values) {
        if (values.length == 0) {
            return 0;
        }
        long[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Bytes allocated so far by all live threads, which include the common pool's workers. */
    private static long allocated() {
        java.lang.management.ThreadMXBean t = ManagementFactory.getThreadMXBean();
        if (t instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported()) {
            long sum = 0;
            for (long b : sun.getThreadAllocatedBytes(t.getAllThreadIds())) {
                sum += Math.max(0, b);
            }
            return sum;
        }
        return 0;
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, b.getCollectionCount());
        }
        return n;
    }

    private static long gcTime() {
        long n = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, b.getCollectionTime());
        }
        return n;
    }

}
