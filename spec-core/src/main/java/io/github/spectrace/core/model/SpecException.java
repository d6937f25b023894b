package io.github.spectrace.core.model;

/**
 * Bad input or configuration that stops the pipeline: an undecodable spec, an unreadable file, an invalid
 * pattern or a mapping to an unknown module. The message names the file (and line, where there is one),
 * what is wrong and how to fix it, and is meant to be shown to the user as it is.
 */
public class SpecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The problems, one line each, when there are several; null for a one-problem message. */
    private final transient java.util.List<String> problems;

    /**
     * Creates the exception.
     *
     * @param message the complete user-facing message
     */
    public SpecException(String message) {
        super(message);
        this.problems = null;
    }

    /**
     * Creates the exception for several problems, one message line each.
     *
     * @param problems the problems, in the order to show them
     */
    public SpecException(java.util.List<String> problems) {
        super(String.join("\n", problems));
        this.problems = java.util.List.copyOf(problems);
    }

    /**
     * The message as the lines a log should show, each a problem. User text in a message, such as a file name or a
     * configured value, may hold line breaks; the lines are the problems, never the pieces of such text, so that a
     * caller can escape each line and no user text can start a line of its own.
     *
     * @return one line per problem
     */
    public java.util.List<String> lines() {
        return problems == null ? java.util.List.of(String.valueOf(getMessage())) : problems;
    }

    /**
     * The message with the control characters of each line shown escaped, its lines joined by line feeds: what a
     * log may print as it is.
     *
     * @return the message for a log
     */
    public String logMessage() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String line : lines()) {
            out.add(Finding.escape(line));
        }
        return String.join("\n", out);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message the complete user-facing message
     * @param cause the underlying error
     */
    public SpecException(String message, Throwable cause) {
        super(message, cause);
        this.problems = null;
    }
}
