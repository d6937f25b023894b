package io.github.spectrace.core.internal.drift;

import io.github.spectrace.core.internal.extract.Extraction;
import io.github.spectrace.core.internal.render.CommittedYaml;
import io.github.spectrace.core.internal.render.Reviewed;
import io.github.spectrace.core.internal.rules.Diagnostic;
import io.github.spectrace.core.internal.text.Fingerprint;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Reference;
import io.github.spectrace.core.model.Requirement;
import io.github.spectrace.core.model.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suspect citations: requirements whose statement changed since their code and test citations were last
 * reviewed. The reviewed statement is kept in the committed YAML itself. An entry whose statement is the current
 * one needs nothing; when the statement changes under citations, the entry gets a {@code reviewed} block with the
 * old statement, which stays until {@code spec:review} drops it or the statement changes back.
 */
// SPEC-CORE-1071
public final class Suspects {

    /** The most characters of a statement that a message quotes. */
    static final int MAX_QUOTED = 120;

    private Suspects() {
    }

    /**
     * The reviewed statement of each requirement whose statement differs from it.
     *
     * @param extraction the current requirements
     * @param committed the committed YAML entries by ID
     * @param current the IDs whose committed entry is known to hold the current statement and no reviewed one
     * @param counts {@code [code, test]} citation counts by ID, computed only when a statement changed
     * @return the reviewed statements by ID
     */
    public static Map<String, Reviewed> reviewed(Extraction extraction, Map<String, CommittedYaml.Entry> committed,
            Set<String> current, java.util.function.Supplier<Map<String, int[]>> counts) {
        Map<String, Reviewed> out = new HashMap<>();
        if (committed.isEmpty()) {
            return out;
        }
        for (ModuleRequirements m : extraction.modules()) {
            for (Requirement r : m.requirements()) {
                CommittedYaml.Entry e = committed.get(r.id());
                if (e == null || out.containsKey(r.id()) || current.contains(r.id())) {
                    continue;
                }
                // Comparing the strings first keeps hashing off the common path, where nothing changed.
                boolean same = e.title().equals(r.title()) && e.text().equals(r.text())
                        && e.level().equals(r.level().id());
                if (e.reviewed() != null) {
                    if (!(same ? e.fingerprint() : fingerprint(r)).equals(e.reviewed().fingerprint())) {
                        out.put(r.id(), e.reviewed());
                    }
                } else if (!same && cited(counts, r.id())) {
                    String old = e.fingerprint();
                    if (!old.equals(fingerprint(r))) {
                        out.put(r.id(), new Reviewed(old, e.title(), e.text()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * One {@link Rule#TRACE_SUSPECT} per cited requirement with a reviewed statement, at its definition, with its
     * citations as related places.
     *
     * @param extraction the current requirements
     * @param reviewed the reviewed statements by ID
     * @param references every citation, sorted
     * @return the diagnostics
     */
    public static List<Diagnostic> check(Extraction extraction, Map<String, Reviewed> reviewed,
            List<Reference> references) {
        List<Diagnostic> out = new ArrayList<>();
        if (reviewed.isEmpty()) {
            return out;
        }
        Map<String, List<Reference>> citing = new HashMap<>();
        for (Reference ref : references) {
            if (reviewed.containsKey(ref.id())) {
                citing.computeIfAbsent(ref.id(), k -> new ArrayList<>()).add(ref);
            }
        }
        Set<String> done = new HashSet<>();
        for (ModuleRequirements m : extraction.modules()) {
            for (Requirement r : m.requirements()) {
                Reviewed old = reviewed.get(r.id());
                List<Reference> refs = citing.getOrDefault(r.id(), List.of());
                if (old == null || refs.isEmpty() || !done.add(r.id())) {
                    continue;
                }
                int tests = 0;
                for (Reference ref : refs) {
                    tests += ref.test() ? 1 : 0;
                }
                String verb = refs.size() == 1 ? " was" : " were";
                out.add(new Diagnostic(Rule.TRACE_SUSPECT, r.source(), r.line(), r.column(), r.id()
                        + " changed since its " + citations(refs.size() - tests, tests) + verb + " reviewed: \""
                        + quoted(old.title(), old.text()) + "\" → \"" + quoted(r.title(), r.text())
                        + "\"; check the citing code and tests, then run mvn spec:review -Dspec.ids=" + r.id() + ".",
                        refs));
            }
        }
        return out;
    }

    /**
     * The fingerprint of a requirement's current statement.
     *
     * @param r the requirement
     * @return 8 hex digits
     */
    public static String fingerprint(Requirement r) {
        return Fingerprint.of(r.level().id(), r.title(), r.text());
    }

    /** {@code 2 code and 3 test citations}, {@code 1 test citation}. */
    static String citations(int code, int test) {
        if (code == 0 || test == 0) {
            int n = code + test;
            return n + (code == 0 ? " test citation" : " code citation") + (n == 1 ? "" : "s");
        }
        return code + " code and " + test + " test citation" + (test == 1 ? "" : "s");
    }

    /** A statement as a message quotes it: on one line, and cut with … after {@value #MAX_QUOTED} characters. */
    static String quoted(String title, String text) {
        String s = (text.isEmpty() ? title : title + " " + text).replaceAll("\\s+", " ").strip();
        if (s.codePointCount(0, s.length()) <= MAX_QUOTED) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, MAX_QUOTED - 1)).stripTrailing() + "…";
    }

    private static boolean cited(java.util.function.Supplier<Map<String, int[]>> counts, String id) {
        int[] c = counts.get().get(id);
        return c != null && c[0] + c[1] > 0;
    }
}
