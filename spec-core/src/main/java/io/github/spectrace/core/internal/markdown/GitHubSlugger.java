package io.github.spectrace.core.internal.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Heading anchors exactly as GitHub computes them (the github-slugger rules): lower-case, drop everything
 * that is not a letter, mark, number, connector punctuation, {@code -} or space, then turn each space into
 * {@code -} without trimming or collapsing. A slugger instance also numbers repeats within one document:
 * {@code intro}, {@code intro-1}, {@code intro-2}.
 *
 * <p>Instances are not thread-safe; use one per document.
 */
// SPEC-CORE-1014
public final class GitHubSlugger {

    private final Map<String, Integer> occurrences = new HashMap<>();

    /**
     * The slug of one heading text, without repeat numbering.
     *
     * @param text the heading rendered to plain text
     * @return the anchor, possibly empty
     */
    public static String slug(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        int i = 0;
        while (i < lower.length()) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                sb.append('-');
            } else if (cp == '-' || keep(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static boolean keep(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
            case Character.CONNECTOR_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    /**
     * The slug of the next heading in this document, numbered if an earlier heading had the same slug.
     *
     * @param text the heading rendered to plain text
     * @return the unique anchor within this document
     */
    public String next(String text) {
        String original = slug(text);
        String result = original;
        while (occurrences.containsKey(result)) {
            int n = occurrences.merge(original, 1, Integer::sum);
            result = original + "-" + n;
        }
        occurrences.put(result, 0);
        return result;
    }
}
