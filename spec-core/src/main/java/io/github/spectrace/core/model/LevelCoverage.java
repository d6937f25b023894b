package io.github.spectrace.core.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many requirements of one level code and tests cite.
 *
 * @param level the level
 * @param total the number of requirements at this level
 * @param implemented how many code cites
 * @param tested how many a test cites
 */
public record LevelCoverage(Level level, int total, int implemented, int tested) {

    private static final int[] NONE = new int[2];

    /**
     * Coverage per level of some modules.
     *
     * @param modules the modules
     * @param counts {@code [code, test]} citations by requirement ID; IDs without citations may be absent
     * @return one entry per level, in level order
     */
    public static List<LevelCoverage> of(List<ModuleRequirements> modules, Map<String, int[]> counts) {
        Map<Level, int[]> sums = new EnumMap<>(Level.class);
        for (Level l : Level.values()) {
            sums.put(l, new int[3]);
        }
        for (ModuleRequirements m : modules) {
            for (Requirement r : m.requirements()) {
                int[] s = sums.get(r.level());
                int[] c = counts.getOrDefault(r.id(), NONE);
                s[0]++;
                s[1] += c[0] > 0 ? 1 : 0;
                s[2] += c[1] > 0 ? 1 : 0;
            }
        }
        List<LevelCoverage> out = new ArrayList<>();
        sums.forEach((l, s) -> out.add(new LevelCoverage(l, s[0], s[1], s[2])));
        return out;
    }

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
