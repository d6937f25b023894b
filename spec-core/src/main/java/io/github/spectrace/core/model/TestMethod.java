package io.github.spectrace.core.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A test method, named the way Surefire and Failsafe name it in their reports.
 *
 * @param className the binary class name, for example {@code example.core.QueueTest$Full} for a nested class
 * @param method the method name, without parameters
 */
public record TestMethod(String className, String method) implements Comparable<TestMethod> {

    private static final Comparator<TestMethod> ORDER = Comparator.comparing(TestMethod::className)
            .thenComparing(TestMethod::method);

    /** Validates the components. */
    public TestMethod {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(method, "method");
    }

    @Override
    public int compareTo(TestMethod o) {
        return ORDER.compare(this, o);
    }

    /**
     * The method as {@code class#method}.
     *
     * @return for example {@code example.core.QueueTest#rejectsWhenFull}
     */
    @Override
    public String toString() {
        return className + "#" + method;
    }
}
