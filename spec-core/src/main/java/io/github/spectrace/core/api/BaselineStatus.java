package io.github.spectrace.core.api;

/**
 * How a gate used the committed baseline of known findings.
 *
 * @param file the repository-relative path of the baseline, or empty when the repository has none
 * @param known the findings that the baseline holds, which the gate did not judge
 * @param fixed the baselined findings that no longer occur, which {@code spec:baseline} removes
 */
public record BaselineStatus(String file, int known, int fixed) {

    /** No baseline file: every finding is judged. */
    public static final BaselineStatus NONE = new BaselineStatus("", 0, 0);

    /**
     * Whether there was a baseline.
     *
     * @return true when the gate read a baseline file
     */
    public boolean used() {
        return !file.isEmpty();
    }
}
