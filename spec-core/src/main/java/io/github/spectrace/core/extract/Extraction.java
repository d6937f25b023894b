package io.github.spectrace.core.extract;

import io.github.spectrace.core.markdown.SpecDocument;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.ModuleRequirements;
import java.util.List;

/**
 * The result of reading every spec.
 *
 * @param documents the parsed specs, sorted by path
 * @param modules the requirements per module, sorted by module name
 * @param warnings problems that do not stop extraction (duplicate IDs, unused mappings), sorted
 */
public record Extraction(List<SpecDocument> documents, List<ModuleRequirements> modules, List<Finding> warnings) {

    /** Copies the lists. */
    public Extraction {
        documents = List.copyOf(documents);
        modules = List.copyOf(modules);
        warnings = List.copyOf(warnings);
    }

    /**
     * The total number of requirements.
     *
     * @return the sum over all modules
     */
    public int requirementCount() {
        int n = 0;
        for (ModuleRequirements m : modules) {
            n += m.requirements().size();
        }
        return n;
    }
}
