package io.github.spectrace.core.markdown;

import io.github.spectrace.core.model.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** RFC 2119 and RFC 8174 keywords. Only ALL-CAPS forms count; "NOT REQUIRED" is not a keyword. */
// SPEC-CORE-1012
public final class Keywords {

    private static final Pattern KEYWORD = Pattern.compile(
            "\\b(MUST\\s+NOT|MUST|SHALL\\s+NOT|SHALL|SHOULD\\s+NOT|SHOULD|NOT\\s+RECOMMENDED|RECOMMENDED"
                    + "|NOT\\s+REQUIRED|REQUIRED|MAY|OPTIONAL)\\b");

    private Keywords() {
    }

    /**
     * The distinct keywords in a text, in order of first appearance, with inner whitespace normalised to
     * one space.
     *
     * @param text the text to scan; code must already be blanked out
     * @return the keywords, for example {@code [MUST, MAY]}
     */
    public static List<String> find(CharSequence text) {
        List<String> found = new ArrayList<>(2);
        Matcher m = KEYWORD.matcher(text);
        while (m.find()) {
            String k = m.group(1).replaceAll("\\s+", " ");
            if (!k.equals("NOT REQUIRED") && !found.contains(k)) {
                found.add(k);
            }
        }
        return found;
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
