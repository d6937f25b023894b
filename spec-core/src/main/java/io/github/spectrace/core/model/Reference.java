package io.github.spectrace.core.model;

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

    /** By path, line, column and ID. */
    @Override
    public int compareTo(Reference o) {
        int c = path.compareTo(o.path);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(column, o.column);
        return c != 0 ? c : id.compareTo(o.id);
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
