package io.github.spectrace.core.internal.extract;

import io.github.spectrace.core.internal.markdown.SpecDocument;
import io.github.spectrace.core.internal.markdown.SpecDocument.Block;
import io.github.spectrace.core.internal.markdown.SpecDocument.IdToken;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Which ID markers define a requirement. A marker at the start of a block ({@code [ID]}, {@code **ID**:}, a
 * requirement table's ID cell) is <em>strong</em>: it always defines, and two strong ones are a duplicate. A
 * marker at the end of a block is <em>weak</em>, because prose and summary lists cite requirements the same way
 * ("… over the core (OC-CORE-1001).", "1. Metrics endpoint (M0-W-1350)"). A weak marker defines its ID only when
 * all of these hold:
 *
 * <ul>
 *   <li>no strong marker defines the same ID anywhere;</li>
 *   <li>no earlier weak marker defines it (specs in path order, blocks in document order); the later ones
 *       cite it.</li>
 * </ul>
 *
 * Extract and lint both decide through this class, so they never disagree.
 */
// SPEC-CORE-1013
public final class Definitions {

    private final Set<String> strong = new HashSet<>();
    /** The weak tokens that define, by identity: the first of each ID that nothing strong defines. */
    private final Set<IdToken> chosen = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * Decides every definition of a set of specs.
     *
     * @param documents every parsed spec, in path order
     */
    public Definitions(List<SpecDocument> documents) {
        for (SpecDocument d : documents) {
            for (Block b : d.blocks()) {
                if (!b.weak()) {
                    for (IdToken t : b.defined()) {
                        strong.add(t.id());
                    }
                }
            }
        }
        Set<String> taken = new HashSet<>();
        for (SpecDocument d : documents) {
            for (Block b : d.blocks()) {
                if (!b.weak()) {
                    continue;
                }
                for (IdToken t : b.defined()) {
                    if (!strong.contains(t.id()) && taken.add(t.id())) {
                        chosen.add(t);
                    }
                }
            }
        }
    }

    /**
     * Whether a marker defines its ID.
     *
     * @param block the block holding the marker
     * @param token one ID of the marker, as the block holds it
     * @return false for a weak marker that does not meet the conditions above
     */
    public boolean defines(Block block, IdToken token) {
        return !block.weak() || chosen.contains(token);
    }

    /**
     * Whether a block defines at least one requirement.
     *
     * @param block the block
     * @return true if one of its IDs {@linkplain #defines counts}
     */
    public boolean definesAny(Block block) {
        for (IdToken t : block.defined()) {
            if (defines(block, t)) {
                return true;
            }
        }
        return false;
    }
}
