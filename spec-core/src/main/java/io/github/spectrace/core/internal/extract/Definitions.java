package io.github.spectrace.core.internal.extract;

import io.github.spectrace.core.internal.markdown.SpecDocument;
import io.github.spectrace.core.internal.markdown.SpecDocument.Block;
import io.github.spectrace.core.internal.markdown.SpecDocument.IdToken;
import io.github.spectrace.core.internal.text.IdPatterns;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which ID markers define a requirement. A marker at the end of a paragraph is weak, because prose cites
 * requirements and standards the same way ("… over the core (OC-CORE-1001).", "… as UTF-8 (RFC-3629)."). A weak
 * marker defines its ID only when all of these hold:
 *
 * <ul>
 *   <li>no list item, heading or leading marker defines the same ID anywhere;</li>
 *   <li>the paragraph has an ALL-CAPS RFC 2119 keyword, as a requirement does;</li>
 *   <li>when the specs define anything strongly, the ID's prefix is one of theirs.</li>
 * </ul>
 *
 * Extract and lint both decide through this class, so they never disagree.
 */
// SPEC-CORE-1013
public final class Definitions {

    private final Set<String> strong = new HashSet<>();
    private final Set<String> strongPrefixes = new HashSet<>();

    /**
     * Collects the strong definitions of a set of specs.
     *
     * @param documents every parsed spec
     */
    public Definitions(List<SpecDocument> documents) {
        for (SpecDocument d : documents) {
            for (Block b : d.blocks()) {
                if (!b.weak()) {
                    for (IdToken t : b.defined()) {
                        strong.add(t.id());
                        strongPrefixes.add(IdPatterns.prefixOf(t.id()));
                    }
                }
            }
        }
    }

    /**
     * Whether a marker defines its ID.
     *
     * @param block the block holding the marker
     * @param token one ID of the marker
     * @return false for a weak marker that does not meet the conditions above
     */
    public boolean defines(Block block, IdToken token) {
        if (!block.weak()) {
            return true;
        }
        return !strong.contains(token.id()) && !block.keywords().isEmpty()
                && (strongPrefixes.isEmpty() || strongPrefixes.contains(IdPatterns.prefixOf(token.id())));
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
