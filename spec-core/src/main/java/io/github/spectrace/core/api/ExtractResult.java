package io.github.spectrace.core.api;


import io.github.spectrace.core.model.FileChange;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.Level;
import java.util.List;
import java.util.Map;

/**
 * What {@link SpecPipeline#extract()} did.
 *
 * @param changes one entry per generated file, sorted by path
 * @param findings problems that did not stop extraction, such as duplicate IDs, of which the first is kept
 * @param specFiles the number of spec files read
 * @param modules the number of modules with specs
 * @param requirements the number of requirements by level, every level present
 */
public record ExtractResult(List<FileChange> changes, List<Finding> findings, int specFiles, int modules,
        Map<Level, Integer> requirements) implements Findings {

    /** Copies the collections. */
    public ExtractResult {
        changes = List.copyOf(changes);
        findings = List.copyOf(findings);
        requirements = Map.copyOf(requirements);
    }
}
