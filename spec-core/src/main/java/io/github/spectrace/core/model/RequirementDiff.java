package io.github.spectrace.core.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the requirements of this tree differ from those of a base checkout, such as the target branch of a pull
 * request. Requirements are matched by ID; unchanged requirements are not listed. Every list is sorted by ID in
 * natural order.
 *
 * @param added requirements only this tree defines, with this tree's citation counts
 * @param removed requirements only the base defines, with the base's counts
 * @param changed requirements whose title, text or level differ
 * @param lostLastCode requirements of both trees that code cited in the base and no code cites now, with the
 *     base's counts
 * @param lostLastTest requirements of both trees that a test cited in the base and no test cites now, with the
 *     base's counts
 * @param before the base's coverage, one entry per level in level order
 * @param after this tree's coverage, the same way
 */
public record RequirementDiff(List<Entry> added, List<Entry> removed, List<Change> changed, List<Entry> lostLastCode,
        List<Entry> lostLastTest, List<LevelCoverage> before, List<LevelCoverage> after) {

    /**
     * One requirement on one side.
     *
     * @param module its module
     * @param requirement the requirement
     * @param code the number of places in code that cite it
     * @param tests the number of places in tests that cite it
     */
    public record Entry(String module, Requirement requirement, int code, int tests) {

        /** Validates the components. */
        public Entry {
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(requirement, "requirement");
        }
    }

    /**
     * A requirement that both trees define, differently.
     *
     * @param module its module in this tree
     * @param before the base's definition
     * @param after this tree's
     */
    public record Change(String module, Requirement before, Requirement after) {

        /** Validates the components. */
        public Change {
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        /**
         * Whether the level changed.
         *
         * @return true when the level differs
         */
        public boolean levelChanged() {
            return before.level() != after.level();
        }
    }

    /** Copies the lists. */
    public RequirementDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        lostLastCode = List.copyOf(lostLastCode);
        lostLastTest = List.copyOf(lostLastTest);
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /**
     * The changed requirements whose level changed.
     *
     * @return the changes, sorted by ID
     */
    public List<Change> levelChanged() {
        List<Change> out = new ArrayList<>();
        for (Change c : changed) {
            if (c.levelChanged()) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Whether no requirement was added, removed or changed and none lost its last citation. Coverage may still
     * differ, through citations gained.
     *
     * @return true for an empty diff
     */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && lostLastCode.isEmpty()
                && lostLastTest.isEmpty();
    }

    /**
     * One line for a log, a comment's title or a job summary: {@code 3 requirements changed, 1 added, 0 removed;
     * 1 MUST lost its last test}, or {@code No requirement changed}.
     *
     * @return the line
     */
    public String headline() {
        if (isEmpty()) {
            return "No requirement changed";
        }
        StringBuilder line = new StringBuilder();
        line.append(changed.size()).append(changed.size() == 1 ? " requirement" : " requirements")
                .append(" changed, ").append(added.size()).append(" added, ").append(removed.size())
                .append(" removed");
        List<String> losses = new ArrayList<>();
        losses(losses, lostLastTest, "last test");
        losses(losses, lostLastCode, "last code citation");
        if (!losses.isEmpty()) {
            line.append("; ").append(String.join(", ", losses));
        }
        return line.toString();
    }

    private static void losses(List<String> out, List<Entry> entries, String what) {
        Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
        for (Entry e : entries) {
            byLevel.merge(e.requirement().level(), 1, Integer::sum);
        }
        byLevel.forEach((level, n) -> out.add(n + " " + level.name() + (n == 1 ? " lost its " : " lost their ")
                + what));
    }
}
