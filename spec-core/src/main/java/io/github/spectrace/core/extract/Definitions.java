package io.github.spectrace.core.extract;

import io.github.spectrace.core.markdown.SpecDocument;
import io.github.spectrace.core.markdown.SpecDocument.Block;
import io.github.spectrace.core.markdown.SpecDocument.IdToken;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which ID markers define a requirement. A marker at the end of a paragraph is weak, because prose cites
 * requirements the same way ("… over the core (OC-CORE-1001)."): it defines the ID only when no list item,
 * heading or leading marker defines it anywhere. Extract and lint both decide through this class, so they never
 * disagree.
 */
// SPEC-CORE-1013
public final class Definitions {

    private final Set<String> strong = new HashSet<>();

    /**
     * Collects the strong definitions of a set of specs.
     *
     * @param documents every parsed spec
     */
    public Definitions(List<SpecDocument> documents) {
        for (SpecDocument d : documents) {
            for (Block b : d.blocks()) {
                if (!b.weak()) {
                    b.defined().forEach(t -> strong.add(t.id()));
                }
            }
        }
    }

    /**
     * Whether a marker defines its ID.
     *
     * @param block the block holding the marker
     * @param token one ID of the marker
     * @return false for a weak marker whose ID is defined strongly elsewhere
     */
    public boolean defines(Block block, IdToken token) {
        return !block.weak() || !strong.contains(token.id());
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
