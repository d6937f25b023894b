package io.github.spectrace.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JDK Flight Recorder file: the methods most often on top of the sampled stacks (self) and anywhere
 * on them (total), the time the JIT compilers spent, and the time GC paused the application. For example, for
 * the cold gate as the plugin runs it:
 *
 * <pre>
 * java -XX:StartFlightRecording=filename=cold.jfr,settings=profile -cp ... PipelineBench --corpus C --warmup 0 --runs 0
 * java -cp ... JfrSummary cold.jfr io.github.spectrace.bench.Gate.verify
 * </pre>
 */
public final class JfrSummary {

    private JfrSummary() {
    }

    /**
     * Prints the summary.
     *
     * @param args the recording, and optionally a method ({@code package.Class.method}) whose samples alone count
     * @throws IOException if the recording cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: JfrSummary recording.jfr [only.samples.under.Class.method]");
            System.exit(2);
        }
        print(Path.of(args[0]), args.length > 1 ? args[1] : null, 25, 40);
    }

    /**
     * Prints the summary of a recording.
     *
     * @param jfr the recording
     * @param under count only samples with this method on the stack, or null for all
     * @param selfLimit how many self entries to print
     * @param totalLimit how many total entries to print
     * @throws IOException if the recording cannot be read
     */
    static void print(Path jfr, String under, int selfLimit, int totalLimit) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        Duration compile = Duration.ZERO;
        int compilations = 0;
        Duration gcPause = Duration.ZERO;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.Compilation")) {
                compile = compile.plus(e.getDuration());
                compilations++;
                continue;
            }
            if (type.equals("jdk.GarbageCollection")) {
                gcPause = gcPause.plus(e.getDuration("sumOfPauses"));
                continue;
            }
            if (!type.equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            List<RecordedFrame> frames = st.getFrames();
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                seen.add(name(f));
            }
            if (under != null && !seen.contains(under)) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            for (String n : seen) {
                total.merge(n, 1, Integer::sum);
            }
        }
        System.out.printf(Locale.ROOT, "PROFILE %d execution samples%s in %s; JIT: %d compilations, %.1f s of"
                + " compiler threads; GC pauses %.1f s%n", samples, under == null ? "" : " under " + under, jfr,
                compilations, compile.toMillis() / 1000.0, gcPause.toMillis() / 1000.0);
        print("self", self, samples, selfLimit);
        print("total", total, samples, totalLimit);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String what, Map<String, Integer> counts, int samples, int limit) {
        System.out.println("PROFILE top " + what + ":");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> System.out.printf(Locale.ROOT, "PROFILE %6.1f%% %6d  %s%n",
                        100.0 * e.getValue() / Math.max(1, samples), e.getValue(), e.getKey()));
    }
}
