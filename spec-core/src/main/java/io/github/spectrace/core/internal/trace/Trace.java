package io.github.spectrace.core.internal.trace;

import io.github.spectrace.core.model.Reference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where code and tests cite requirements.
 *
 * @param references citations of defined IDs, sorted by path, line and column
 * @param dangling citations of IDs that no spec defines, sorted the same way
 * @param filesScanned the number of files read
 * @param filesSkipped the number of files skipped as binary, too large or linking outside the project
 * @param notRegular the repository-relative paths, sorted, of the files skipped because they are not regular files
 *     inside the project: symbolic links that lead outside it or are broken, FIFOs, sockets, devices
 */
public record Trace(List<Reference> references, List<Reference> dangling, int filesScanned, int filesSkipped,
        List<String> notRegular) {

    /** Copies the lists. */
    public Trace {
        references = List.copyOf(references);
        dangling = List.copyOf(dangling);
        notRegular = List.copyOf(notRegular);
    }

    /**
     * A trace in which every skipped file was binary or too large.
     *
     * @param references citations of defined IDs
     * @param dangling citations of undefined IDs
     * @param filesScanned the number of files read
     * @param filesSkipped the number of files skipped
     */
    public Trace(List<Reference> references, List<Reference> dangling, int filesScanned, int filesSkipped) {
        this(references, dangling, filesScanned, filesSkipped, List.of());
    }

    /**
     * An empty trace, for projects without sources.
     *
     * @return a trace with no references
     */
    public static Trace empty() {
        return new Trace(List.of(), List.of(), 0, 0);
    }

    /**
     * The number of code and test citations per ID.
     *
     * @return {@code [code, test]} counts by ID; IDs without citations are absent
     */
    public Map<String, int[]> counts() {
        Map<String, int[]> counts = new HashMap<>();
        for (Reference r : references) {
            counts.computeIfAbsent(r.id(), k -> new int[2])[r.test() ? 1 : 0]++;
        }
        return counts;
    }
}
