package io.github.spectrace.core.model;

/** The build system a module comes from, which decides its name, its code and its tests. */
public enum Ecosystem {
    /** A Maven reactor project, named by its artifactId. */
    MAVEN("Maven"),
    /** A Cargo package ({@code Cargo.toml} with {@code [package]}), named by {@code package.name}. */
    CARGO("Cargo"),
    /** An npm, pnpm or yarn package ({@code package.json}), named by {@code name}. */
    NPM("npm"),
    /** A Go module ({@code go.mod}), named by the last element of its module path. */
    GO("Go"),
    /** A Python project ({@code pyproject.toml}), named by {@code [project].name}. */
    PYTHON("Python");

    private final String label;

    Ecosystem(String label) {
        this.label = label;
    }

    /**
     * The name users know it by.
     *
     * @return for example {@code Cargo} or {@code npm}
     */
    public String label() {
        return label;
    }
}
