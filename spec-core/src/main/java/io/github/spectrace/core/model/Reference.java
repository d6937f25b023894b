package io.github.spectrace.core.model;

import java.util.Comparator;

/**
 * One citation of a requirement ID in a file.
 *
 * @param id the cited ID, in its canonical {@code -} form
 * @param path repository-relative path of the citing file
 * @param line 1-based line
 * @param column 1-based column
 * @param test true when the file is a test file, or when the citation is in the test code of a Rust file
 */
public record Reference(String id, String path, int line, int column, boolean test) implements Comparable<Reference> {

    private static final Comparator<Reference> ORDER = Comparator.comparing(Reference::path)
            .thenComparingInt(Reference::line).thenComparingInt(Reference::column).thenComparing(Reference::id);

    @Override
    public int compareTo(Reference o) {
        return ORDER.compare(this, o);
    }

    /**
     * The location as {@code path:line}.
     *
     * @return the location
     */
    public String location() {
        return path + ":" + line;
    }
}
