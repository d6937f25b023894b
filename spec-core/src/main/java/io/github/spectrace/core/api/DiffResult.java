package io.github.spectrace.core.api;

import io.github.spectrace.core.model.FileChange;
import io.github.spectrace.core.model.RequirementDiff;
import java.util.List;

/**
 * What {@link SpecPipeline#diff(java.nio.file.Path)} found and wrote. The diff is information, not findings: it
 * never fails a build.
 *
 * @param diff how this tree's requirements differ from the base's
 * @param files {@code spec-diff.md}, then {@code spec-diff.json}, each with what happened to it
 */
public record DiffResult(RequirementDiff diff, List<FileChange> files) {

    /** Copies the list. */
    public DiffResult {
        files = List.copyOf(files);
    }
}
