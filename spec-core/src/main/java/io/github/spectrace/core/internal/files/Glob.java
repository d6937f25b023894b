package io.github.spectrace.core.internal.files;

import io.github.spectrace.core.model.SpecException;
import java.util.regex.Pattern;

/**
 * A path glob over {@code /}-separated relative paths: {@code **} crosses directories, {@code *} and
 * {@code ?} stay within one, {@code {a,b}} is a choice. Matching never depends on the operating system.
 */
public final class Glob {

    private final String glob;
    private final Pattern regex;
    private final String nameTail;

    private Glob(String glob, Pattern regex) {
        this.glob = glob;
        this.regex = regex;
        this.nameTail = nameTail(glob);
    }

    /**
     * The literal end of the last segment of a glob, after its last wildcard or brace: {@code .md} for
     * {@code .specs/*.md}, {@code SPEC.md} for {@code **}{@code /SPEC/SPEC.md}, empty for {@code docs/**}. Every
     * path the glob matches ends with it, so a file whose name does not is rejected without the expression.
     */
    private static String nameTail(String glob) {
        int from = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' || c == '?' || c == '{' || c == '}' || c == ',' || c == '/') {
                from = i + 1;
            }
        }
        return glob.substring(from);
    }

    /**
     * Compiles a glob.
     *
     * @param glob the glob, for example {@code .specs/*.md}
     * @param element the option that holds it, as the message names it, for example {@code <includes>}
     * @return the glob
     * @throws SpecException if the glob is empty, absolute, leaves the directory with {@code ..} or has an
     *     unclosed brace
     */
    public static Glob of(String glob, String element) {
        String g = glob == null ? "" : glob.strip().replace('\\', '/');
        if (g.startsWith("/") || g.length() > 1 && g.charAt(1) == ':') {
            throw new SpecException("Invalid glob '" + glob + "' in " + element + ": an absolute path, and nothing"
                    + " outside the project directory is read. Give a glob relative to it, such as .specs/*.md.");
        }
        if (g.isEmpty()) {
            throw new SpecException("Invalid glob '" + glob + "' in " + element + ": globs are relative to a"
                    + " project directory and use '/', for example .specs/*.md or .specs/proposals/**.");
        }
        // The project directory is a wall: nothing outside it is read.
        if (("/" + g + "/").contains("/../")) {
            throw new SpecException("Invalid glob '" + glob + "' in " + element + ": '..' would leave the project"
                    + " directory, and nothing outside it is read. Give a glob inside the project, such as"
                    + " docs/**/*.md.");
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
            throw new SpecException("Invalid glob '" + glob + "' in " + element + ": a '{' is not closed."
                    + " Close it, for example {a,b}/*.md.");
        }
        return new Glob(g, Pattern.compile(re.toString()));
    }

    /**
     * Whether a path matches.
     *
     * @param relativePath a {@code /}-separated relative path
     * @return true if it matches
     */
    public boolean matches(String relativePath) {
        return relativePath.endsWith(nameTail) && regex.matcher(relativePath).matches();
    }

    /** For tests: the expression alone, without the check of the name's end. */
    boolean matchesExpression(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    /**
     * Whether a file could match, by the end of its path alone: false only when no path with this end matches.
     *
     * @param path the file's path in any form that ends with its name, such as {@link java.nio.file.Path#toString}
     * @return false when the file cannot match
     */
    public boolean mayMatch(String path) {
        return path.endsWith(nameTail);
    }

    /**
     * The directory part before the first wildcard.
     *
     * @return for example {@code .specs/}, or empty
     */
    public String literalDirectory() {
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

    /**
     * Whether any glob matches a path.
     *
     * @param globs the globs
     * @param relativePath a {@code /}-separated relative path
     * @return true if one matches
     */
    public static boolean matches(java.util.List<Glob> globs, String relativePath) {
        for (Glob g : globs) {
            if (g.matches(relativePath)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether any glob could match a file, by the end of its path alone (see {@link #mayMatch(String)}).
     *
     * @param globs the globs
     * @param path the file's path in any form that ends with its name
     * @return false when no glob can match
     */
    public static boolean mayMatch(java.util.List<Glob> globs, String path) {
        for (Glob g : globs) {
            if (g.mayMatch(path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The distinct directories where a walk for some globs must start.
     *
     * @param globs the globs
     * @return their literal directories, sorted
     */
    public static java.util.SortedSet<String> starts(java.util.List<Glob> globs) {
        java.util.SortedSet<String> starts = new java.util.TreeSet<>();
        for (Glob g : globs) {
            starts.add(g.literalDirectory());
        }
        return starts;
    }
}
