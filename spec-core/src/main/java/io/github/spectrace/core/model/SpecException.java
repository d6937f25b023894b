package io.github.spectrace.core.model;

/**
 * Bad input or configuration that stops the pipeline: an undecodable spec, an unreadable file, an invalid
 * pattern or a mapping to an unknown module. The message names the file (and line, where there is one),
 * what is wrong and how to fix it, and is meant to be shown to the user as it is.
 */
public class SpecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the complete user-facing message
     */
    public SpecException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message the complete user-facing message
     * @param cause the underlying error
     */
    public SpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
