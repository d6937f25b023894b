package io.github.spectrace.core.internal.extract;

import io.github.spectrace.core.internal.markdown.SpecDocument;
import io.github.spectrace.core.internal.rules.Diagnostic;
import io.github.spectrace.core.model.ModuleRequirements;
import java.util.List;

/**
 * The result of reading every spec.
 *
 * @param documents the parsed specs, sorted by path
 * @param modules the requirements per module, sorted by module name
 * @param diagnostics problems that do not stop extraction: duplicate IDs (the first definition is kept) and
 *     unused mappings
 * @param definitions which ID markers of the documents define requirements
 */
public record Extraction(List<SpecDocument> documents, List<ModuleRequirements> modules, List<Diagnostic> diagnostics,
        Definitions definitions) {

    /** Copies the lists. */
    public Extraction {
        documents = List.copyOf(documents);
        modules = List.copyOf(modules);
        diagnostics = List.copyOf(diagnostics);
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
