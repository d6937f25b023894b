package io.github.spectrace.core.model;

/** How serious a finding is. Ordered from most to least serious. */
public enum Severity {
    /** Fails the build. */
    ERROR,
    /** Reported; fails the build only when the caller asks for it. */
    WARNING;

    /**
     * The lower-case name used in messages and configuration.
     *
     * @return {@code error} or {@code warning}
     */
    public String id() {
        return this == ERROR ? "error" : "warning";
    }
}
