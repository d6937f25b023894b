package io.github.spectrace.core.trace;

import io.github.spectrace.core.model.Level;
import java.util.Locale;

/**
 * How many requirements of one level code and tests cite.
 *
 * @param level the level
 * @param total the number of requirements at this level
 * @param implemented how many code cites
 * @param tested how many a test cites
 */
public record LevelCoverage(Level level, int total, int implemented, int tested) {

    /**
     * The share of implemented requirements.
     *
     * @return 0 to 1; 1 when there are none
     */
    public double implementedRatio() {
        return total == 0 ? 1.0 : (double) implemented / total;
    }

    /**
     * The share of tested requirements.
     *
     * @return 0 to 1; 1 when there are none
     */
    public double testedRatio() {
        return total == 0 ? 1.0 : (double) tested / total;
    }

    /**
     * A ratio as a percentage with one decimal, the same in every locale.
     *
     * @param count the part
     * @param of the whole
     * @return for example {@code 66.7%}, or {@code -} when the whole is 0
     */
    public static String percent(int count, int of) {
        return of == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * count / of);
    }
}
