package io.github.spectrace.core.drift;

import io.github.spectrace.core.SpecException;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.RuleSettings;
import io.github.spectrace.core.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Compares generated files on disk, byte for byte, with what the specs produce now. It writes nothing. */
// SPEC-CORE-1035
public final class DriftChecker {

    private final RuleSettings settings;
    private final int maxDiffLines;

    /**
     * Creates a checker.
     *
     * @param settings rule severities
     * @param maxDiffLines the most diff lines to show per changed file
     */
    public DriftChecker(RuleSettings settings, int maxDiffLines) {
        this.settings = settings;
        this.maxDiffLines = maxDiffLines;
    }

    /**
     * Compares.
     *
     * @param root the top-level directory
     * @param expected the freshly rendered files by repository-relative path
     * @param stale generated files on disk that nothing produces any more
     * @return the findings, sorted
     * @throws SpecException if a file cannot be read
     */
    public List<Finding> check(Path root, Map<String, byte[]> expected, List<String> stale) {
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            Path file = root.resolve(e.getKey());
            if (!Files.isRegularFile(file)) {
                add(out, DriftRules.MISSING, e.getKey(), 0, "is missing; the specs produce it.");
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
                add(out, DriftRules.CHANGED, e.getKey(), Math.max(line, 1), msg.toString());
            }
        }
        for (String s : stale) {
            add(out, DriftRules.STALE, s, 0, "was generated earlier, but no spec maps to this module any more.");
        }
        out.sort(null);
        return out;
    }

    private void add(List<Finding> out, Rule rule, String path, int line, String message) {
        Severity s = settings.severity(rule);
        if (s != null) {
            out.add(new Finding(path, line, 0, rule.id(), s, message));
        }
    }
}
