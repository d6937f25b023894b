package io.github.spectrace.core.internal.diff;

import io.github.spectrace.core.internal.text.NaturalOrder;
import io.github.spectrace.core.model.LevelCoverage;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Requirement;
import io.github.spectrace.core.model.RequirementDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Compares two requirement models by ID. A requirement changed when its title, text or level differ; its section,
 * its spec file, its line and its module may move without it counting as changed, as a reviewer cares about what
 * it says.
 */
// SPEC-CORE-1080
public final class RequirementDiffs {

    private static final int[] NONE = new int[2];

    private RequirementDiffs() {
    }

    /**
     * Compares.
     *
     * @param base the base's modules
     * @param baseCounts {@code [code, test]} citations by ID in the base; absent IDs have none
     * @param tree this tree's modules
     * @param treeCounts the same for this tree
     * @return the diff, every list sorted by ID
     */
    public static RequirementDiff compare(List<ModuleRequirements> base, Map<String, int[]> baseCounts,
            List<ModuleRequirements> tree, Map<String, int[]> treeCounts) {
        SortedMap<String, RequirementDiff.Entry> before = byId(base, baseCounts);
        SortedMap<String, RequirementDiff.Entry> after = byId(tree, treeCounts);
        List<RequirementDiff.Entry> added = new ArrayList<>();
        List<RequirementDiff.Entry> removed = new ArrayList<>();
        List<RequirementDiff.Change> changed = new ArrayList<>();
        List<RequirementDiff.Entry> lostCode = new ArrayList<>();
        List<RequirementDiff.Entry> lostTest = new ArrayList<>();
        for (RequirementDiff.Entry a : after.values()) {
            RequirementDiff.Entry b = before.get(a.requirement().id());
            if (b == null) {
                added.add(a);
                continue;
            }
            Requirement old = b.requirement();
            Requirement now = a.requirement();
            if (!old.title().equals(now.title()) || !old.text().equals(now.text()) || old.level() != now.level()) {
                changed.add(new RequirementDiff.Change(a.module(), old, now));
            }
            if (b.code() > 0 && a.code() == 0) {
                lostCode.add(b);
            }
            if (b.tests() > 0 && a.tests() == 0) {
                lostTest.add(b);
            }
        }
        for (RequirementDiff.Entry b : before.values()) {
            if (!after.containsKey(b.requirement().id())) {
                removed.add(b);
            }
        }
        return new RequirementDiff(added, removed, changed, lostCode, lostTest, LevelCoverage.of(base, baseCounts),
                LevelCoverage.of(tree, treeCounts));
    }

    /** The requirements by ID; of an ID that several modules define, the first module's, as the extraction keeps. */
    private static SortedMap<String, RequirementDiff.Entry> byId(List<ModuleRequirements> modules,
            Map<String, int[]> counts) {
        SortedMap<String, RequirementDiff.Entry> out = new TreeMap<>(NaturalOrder.INSTANCE);
        for (ModuleRequirements m : modules) {
            for (Requirement r : m.requirements()) {
                int[] c = counts.getOrDefault(r.id(), NONE);
                out.putIfAbsent(r.id(), new RequirementDiff.Entry(m.module(), r, c[0], c[1]));
            }
        }
        return out;
    }
}
