package io.github.spectrace.core.api;

import io.github.spectrace.core.model.FileChange;
import java.util.List;

/**
 * What {@link SpecPipeline#init()} did.
 *
 * @param changes one entry per module without a spec: {@code WROTE} for a new starting spec, {@code UNCHANGED}
 *     when a file was already at that path and was left alone; sorted by path
 * @param modules the modules that already had a spec, sorted
 */
public record InitResult(List<FileChange> changes, List<String> modules) {

    /** Copies the lists. */
    public InitResult {
        changes = List.copyOf(changes);
        modules = List.copyOf(modules);
    }
}
