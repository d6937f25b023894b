package io.github.spectrace.core.internal.drift;

import io.github.spectrace.core.internal.files.FileSync;
import io.github.spectrace.core.internal.rules.Diagnostic;
import io.github.spectrace.core.model.SpecException;
import io.github.spectrace.core.model.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Compares generated files on disk, byte for byte, with what the specs produce now. It writes nothing. */
// SPEC-CORE-1035
public final class DriftChecker {

    private final int maxDiffLines;

    /**
     * Creates a checker.
     *
     * @param maxDiffLines the most diff lines to show per changed file
     */
    public DriftChecker(int maxDiffLines) {
        this.maxDiffLines = maxDiffLines;
    }

    /**
     * Compares.
     *
     * @param root the top-level directory
     * @param expected the freshly rendered files by repository-relative path
     * @param stale generated files on disk that nothing produces any more
     * @return the diagnostics
     * @throws SpecException if a file cannot be read
     */
    public List<Diagnostic> check(Path root, Map<String, byte[]> expected, List<String> stale) {
        List<Diagnostic> out = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            Path file = root.resolve(e.getKey());
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                add(out, Rule.DRIFT_MISSING, e.getKey(), 0, "is missing; the specs produce it.");
                continue;
            }
            if (!FileSync.regularInside(root, file)) {
                // Never read through it: a link to a file outside the project would print that file in the diff.
                add(out, Rule.DRIFT_CHANGED, e.getKey(), 0, "is not a regular file inside the project (a symbolic"
                        + " link, a directory, a FIFO or a device, or a file in a directory that links outside), so"
                        + " it is not read. Delete it and run spec:extract, which writes a regular file there.");
                continue;
            }
            byte[] actual;
            try {
                actual = Files.readAllBytes(file);
            } catch (IOException ex) {
                throw new SpecException(e.getKey() + ": cannot read the generated file (" + ex.getMessage()
                        + "). Check that it is readable.", ex);
            }
            if (!Arrays.equals(actual, e.getValue())) {
                String a = new String(actual, StandardCharsets.UTF_8);
                String b = new String(e.getValue(), StandardCharsets.UTF_8);
                int line = UnifiedDiff.firstDifference(a, b);
                StringBuilder msg = new StringBuilder("differs from what the specs produce");
                if (line == 0 || a.replace("\r\n", "\n").equals(b)) {
                    msg.append(" only in its line ends or encoding: generated files use UTF-8 and LF. If git"
                            + " converts them on checkout, add '*.yaml text eol=lf' and 'COMPLIANCE.md text eol=lf'"
                            + " to .gitattributes.");
                    line = 1;
                } else {
                    msg.append(":");
                    for (String d : UnifiedDiff.diff(e.getKey(), a, b, maxDiffLines)) {
                        msg.append('\n').append(d);
                    }
                }
                add(out, Rule.DRIFT_CHANGED, e.getKey(), Math.max(line, 1), msg.toString());
            }
        }
        for (String s : stale) {
            add(out, Rule.DRIFT_STALE, s, 0, "was generated earlier, but no spec maps to this module any more.");
        }
        return out;
    }

    private static void add(List<Diagnostic> out, Rule rule, String path, int line, String message) {
        out.add(new Diagnostic(rule, path, line, 0, message));
    }
}
