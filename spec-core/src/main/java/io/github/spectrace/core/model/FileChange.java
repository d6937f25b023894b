package io.github.spectrace.core.model;

/**
 * What happened to one generated file.
 *
 * @param path repository-relative path
 * @param status what happened
 */
public record FileChange(String path, Status status) {

    /** What happened to a file. */
    public enum Status {
        /** The content was new or different and was written. */
        WROTE,
        /** The file already had this content; it was not touched. */
        UNCHANGED,
        /** A generated file that nothing produces any more was deleted. */
        DELETED
    }
}
