package io.github.spectrace.core.api;


/** Told how long each phase of a run took, for benchmarks and debug logs. */
@FunctionalInterface
public interface PhaseListener {

    /** A listener that ignores every phase. */
    PhaseListener NONE = (phase, nanos) -> {
    };

    /**
     * A phase ended.
     *
     * @param phase one of {@code extract}, {@code trace}, {@code render}, {@code drift}, {@code traceRules},
     *     {@code lint}, {@code links}, {@code results}, {@code proofs}, {@code reports} and {@code hints} (the search
     *     for likely spec directories when no spec was found), {@code diff}, and for {@code spec:diff} the base's
     *     phases with the prefix {@code base }, such as {@code base extract}; each phase runs at most once per run
     * @param nanos its wall time
     */
    void phaseEnded(String phase, long nanos);
}
