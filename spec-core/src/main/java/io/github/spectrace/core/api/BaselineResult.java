package io.github.spectrace.core.api;

import io.github.spectrace.core.model.FileChange;

/**
 * What {@link SpecPipeline#baseline} wrote.
 *
 * @param file the baseline file and whether it changed
 * @param entries the number of entries, one per rule, file and subject
 * @param findings the number of findings they hold
 * @param added the findings that were not in the baseline before
 * @param removed the findings that no longer occur and were removed
 * @param notAdded new findings that were left out, because the baseline may only shrink
 */
public record BaselineResult(FileChange file, int entries, int findings, int added, int removed, int notAdded) {
}
