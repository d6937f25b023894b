package io.github.spectrace.core.api;

import io.github.spectrace.core.model.FileChange;
import java.util.List;
import java.util.Objects;

/**
 * What {@link SpecPipeline#review(java.util.Set)} did.
 *
 * @param reviewed the requirements whose changed statement is now the reviewed one, in natural ID order
 * @param notSuspect the requested IDs that were not suspect, in natural order; empty for {@code all}
 * @param changes one entry per generated file, as {@link SpecPipeline#extract()} reports them, sorted by path
 */
public record ReviewResult(List<Entry> reviewed, List<String> notSuspect, List<FileChange> changes) {

    /**
     * One reviewed requirement.
     *
     * @param id the ID
     * @param code the number of its code citations
     * @param test the number of its test citations
     */
    public record Entry(String id, int code, int test) {

        /** Validates the components. */
        public Entry {
            Objects.requireNonNull(id, "id");
        }
    }

    /** Copies the lists. */
    public ReviewResult {
        reviewed = List.copyOf(reviewed);
        notSuspect = List.copyOf(notSuspect);
        changes = List.copyOf(changes);
    }
}
