package io.github.spectrace.core.extract;

import io.github.spectrace.core.SpecException;
import java.util.regex.Pattern;

/**
 * A path glob over {@code /}-separated relative paths: {@code **} crosses directories, {@code *} and
 * {@code ?} stay within one, {@code {a,b}} is a choice. Matching never depends on the operating system.
 */
final class Glob {

    private final String glob;
    private final Pattern regex;

    private Glob(String glob, Pattern regex) {
        this.glob = glob;
        this.regex = regex;
    }

    static Glob of(String glob, String element) {
        String g = glob == null ? "" : glob.strip().replace('\\', '/');
        if (g.isEmpty() || g.startsWith("/")) {
            throw new SpecException("Invalid glob '" + glob + "' in <" + element + ">: globs are relative to a"
                    + " project directory and use '/', for example .specs/*.md or .specs/proposals/**.");
        }
        StringBuilder re = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*') {
                if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
                    if (i + 2 < g.length() && g.charAt(i + 2) == '/') {
                        re.append("(?:.*/)?");
                        i += 2;
                    } else {
                        re.append(".*");
                        i++;
                    }
                } else {
                    re.append("[^/]*");
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '{') {
                re.append("(?:");
                depth++;
            } else if (c == '}' && depth > 0) {
                re.append(')');
                depth--;
            } else if (c == ',' && depth > 0) {
                re.append('|');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (depth != 0) {
            throw new SpecException("Invalid glob '" + glob + "' in <" + element + ">: a '{' is not closed."
                    + " Close it, for example {a,b}/*.md.");
        }
        return new Glob(g, Pattern.compile(re.toString()));
    }

    boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    /** The directory part before the first wildcard, for example {@code .specs/} for {@code .specs/*.md}. */
    String literalDirectory() {
        int cut = glob.length();
        for (int i = 0; i < glob.length(); i++) {
            if ("*?{".indexOf(glob.charAt(i)) >= 0) {
                cut = i;
                break;
            }
        }
        int slash = glob.lastIndexOf('/', cut - 1);
        return slash < 0 ? "" : glob.substring(0, slash + 1);
    }

    @Override
    public String toString() {
        return glob;
    }
}
