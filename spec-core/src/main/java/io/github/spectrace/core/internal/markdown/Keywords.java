package io.github.spectrace.core.internal.markdown;

import io.github.spectrace.core.model.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** RFC 2119 and RFC 8174 keywords. Only ALL-CAPS forms count; "NOT REQUIRED" is not a keyword. */
// SPEC-CORE-1012
public final class Keywords {

    /**
     * The alternatives of the keyword regex {@code \b(MUST\s+NOT|MUST|SHALL\s+NOT|SHALL|SHOULD\s+NOT|SHOULD
     * |NOT\s+RECOMMENDED|RECOMMENDED|NOT\s+REQUIRED|REQUIRED|MAY|OPTIONAL)\b} that {@link #find} follows, in the
     * regex's order: first word, second word or null, and the keyword with one space between the words.
     */
    private static final String[][] ALTERNATIVES = {
        {"MUST", "NOT", "MUST NOT"}, {"MUST", null, "MUST"}, {"SHALL", "NOT", "SHALL NOT"}, {"SHALL", null, "SHALL"},
        {"SHOULD", "NOT", "SHOULD NOT"}, {"SHOULD", null, "SHOULD"}, {"NOT", "RECOMMENDED", "NOT RECOMMENDED"},
        {"RECOMMENDED", null, "RECOMMENDED"}, {"NOT", "REQUIRED", "NOT REQUIRED"}, {"REQUIRED", null, "REQUIRED"},
        {"MAY", null, "MAY"}, {"OPTIONAL", null, "OPTIONAL"},
    };

    /** The first letters of the alternatives. */
    private static final String INITIALS = "MSNRO";

    /** Decides {@code \b} next to a non-ASCII character, where the JDKs differ (JDK-8264160). */
    private static final Pattern BOUNDARY = Pattern.compile("\\b");

    private Keywords() {
    }

    /**
     * The distinct keywords in a text, in order of first appearance, with inner whitespace normalised to
     * one space.
     *
     * <p>The result is that of {@code Matcher.find()} with the regex {@code \b(MUST\s+NOT|MUST|…|MAY|OPTIONAL)\b},
     * without the regex engine: at each position in turn where a keyword can begin, the first alternative that
     * matches and ends on a word boundary wins, and the search resumes after it. Each keyword begins and ends with
     * a letter, so {@code \b} holds before it when the character before is no word character, and after it when
     * the character after is none.
     *
     * @param text the text to scan; code must already be blanked out
     * @return the keywords, for example {@code [MUST, MAY]}
     */
    public static List<String> find(CharSequence text) {
        String s = text.toString();
        List<String> found = new ArrayList<>(2);
        int n = s.length();
        // The next position of each initial at or after the search position; String.indexOf skips the rest of the
        // text fast even before the JIT compiles this method.
        int[] next = new int[INITIALS.length()];
        for (int k = 0; k < next.length; k++) {
            next[k] = s.indexOf(INITIALS.charAt(k));
        }
        while (true) {
            int i = -1;
            for (int p : next) {
                if (p >= 0 && (i < 0 || p < i)) {
                    i = p;
                }
            }
            if (i < 0) {
                break;
            }
            int resume = i + 1;
            if (isBoundaryBefore(s, i)) {
                for (String[] alt : ALTERNATIVES) {
                    int e = end(s, i, n, alt);
                    if (e >= 0 && isBoundaryAfter(s, e)) {
                        if (!alt[2].equals("NOT REQUIRED") && !found.contains(alt[2])) {
                            found.add(alt[2]);
                        }
                        resume = e;
                        break;
                    }
                }
            }
            for (int k = 0; k < next.length; k++) {
                if (next[k] >= 0 && next[k] < resume) {
                    next[k] = s.indexOf(INITIALS.charAt(k), resume);
                }
            }
        }
        return found;
    }

    /** The end of an alternative if the text holds it at {@code i}, or -1. */
    private static int end(String s, int i, int n, String[] alt) {
        int e = matchAt(s, i, n, alt[0]);
        if (e < 0 || alt[1] == null) {
            return e;
        }
        int w = e;
        while (w < n && TextScan.isRegexSpace(s.charAt(w))) {
            w++;
        }
        return w > e ? matchAt(s, w, n, alt[1]) : -1;
    }

    /** The end of {@code word} if the text holds it at {@code from}, or -1. */
    private static int matchAt(CharSequence text, int from, int n, String word) {
        int len = word.length();
        if (from + len > n) {
            return -1;
        }
        for (int k = 0; k < len; k++) {
            if (text.charAt(from + k) != word.charAt(k)) {
                return -1;
            }
        }
        return from + len;
    }

    /** Whether {@code \b} holds before the keyword letter at {@code i}. */
    private static boolean isBoundaryBefore(CharSequence text, int i) {
        return i == 0 || isBoundary(text, i, text.charAt(i - 1));
    }

    /** Whether {@code \b} holds after the keyword letter at {@code i - 1}. */
    private static boolean isBoundaryAfter(CharSequence text, int i) {
        return i == text.length() || isBoundary(text, i, text.charAt(i));
    }

    /**
     * Whether {@code \b} holds at {@code i}, between a keyword letter and {@code other}. When {@code other} is
     * ASCII, it is a word character if it is one of {@code [A-Za-z0-9_]}, on every JDK; otherwise the regex
     * engine decides, as non-ASCII letters and combining marks count on some JDKs and not on others.
     */
    private static boolean isBoundary(CharSequence text, int i, char other) {
        if (other < 0x80) {
            return !(isAsciiLetter(other) || other >= '0' && other <= '9' || other == '_');
        }
        return BOUNDARY.matcher(text).region(i, text.length()).useTransparentBounds(true).lookingAt();
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /**
     * The level of the strongest keyword: MUST over SHOULD over MAY.
     *
     * @param keywords keywords as returned by {@link #find}
     * @return the level, {@link Level#INFO} when there is none
     */
    public static Level level(List<String> keywords) {
        Level best = Level.INFO;
        for (String k : keywords) {
            Level l = levelOf(k);
            if (l.ordinal() < best.ordinal()) {
                best = l;
            }
        }
        return best;
    }

    private static Level levelOf(String keyword) {
        return switch (keyword) {
            case "MUST", "MUST NOT", "REQUIRED", "SHALL", "SHALL NOT" -> Level.MUST;
            case "SHOULD", "SHOULD NOT", "RECOMMENDED", "NOT RECOMMENDED" -> Level.SHOULD;
            default -> Level.MAY;
        };
    }
}
