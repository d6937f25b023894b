package io.github.spectrace.core.internal.trace;

import io.github.spectrace.core.internal.files.Glob;
import java.util.List;

/**
 * How to find citations.
 *
 * @param underscoreIds also recognise the Java identifier form {@code OC_CORE_1010_rejects_full_queue}
 * @param strict count every pattern match; by default a match counts only if its prefix (the ID without its
 *     final number) is one that the specs define, so that {@code ISO-8601} is not a reference
 * @param maxFileSize files larger than this many bytes are skipped
 * @param extraIncludes globs relative to the top-level directory of more files to scan as code, such as docs
 * @param extraExcludes globs of files to leave out of {@code extraIncludes} and {@code testIncludes}
 * @param testIncludes globs relative to the top-level directory of more files to scan as tests, such as
 *     integration-test scripts outside any test source root
 */
public record TraceOptions(boolean underscoreIds, boolean strict, long maxFileSize, List<Glob> extraIncludes,
        List<Glob> extraExcludes, List<Glob> testIncludes) {

    /** Copies the lists. */
    public TraceOptions {
        extraIncludes = List.copyOf(extraIncludes);
        extraExcludes = List.copyOf(extraExcludes);
        testIncludes = List.copyOf(testIncludes);
    }
}
