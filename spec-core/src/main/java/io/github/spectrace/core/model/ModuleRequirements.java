package io.github.spectrace.core.model;

import io.github.spectrace.core.internal.text.NaturalOrder;
import java.util.List;
import java.util.Objects;

/**
 * The requirements of one module, which become {@code requirements/<module>.yaml}.
 *
 * @param module the module name, which is also the YAML file name
 * @param sources sorted repository-relative paths of the specs that map to this module
 * @param requirements the requirements, sorted by {@link NaturalOrder}
 */
public record ModuleRequirements(String module, List<String> sources, List<Requirement> requirements) {

    /** Validates and copies the components. */
    public ModuleRequirements {
        Objects.requireNonNull(module, "module");
        sources = List.copyOf(sources);
        requirements = List.copyOf(requirements);
    }

    /**
     * Counts the requirements at one level.
     *
     * @param level the level to count
     * @return the number of requirements at that level
     */
    public int count(Level level) {
        int n = 0;
        for (Requirement r : requirements) {
            if (r.level() == level) {
                n++;
            }
        }
        return n;
    }
}
