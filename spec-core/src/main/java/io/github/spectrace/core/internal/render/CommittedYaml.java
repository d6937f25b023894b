package io.github.spectrace.core.internal.render;

import io.github.spectrace.core.internal.files.FileSync;
import io.github.spectrace.core.internal.files.SpecFiles;
import io.github.spectrace.core.internal.text.Fingerprint;
import io.github.spectrace.core.model.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads back, from the committed {@code requirements/*.yaml}, what {@code spec:extract} wrote about each
 * requirement's statement: its title, text and level, and its {@code reviewed} block. It reads only the layout
 * that {@link RequirementsYaml} writes, line by line, and skips any line it does not know; a hand-edited file is
 * reported as drift anyway.
 */
// SPEC-CORE-1071
public final class CommittedYaml {

    /**
     * One committed requirement entry.
     *
     * @param level the level's ID
     * @param title the title
     * @param text the text, or empty
     * @param reviewed the statement its citations were last reviewed against, or null when they match this one
     */
    public record Entry(String level, String title, String text, Reviewed reviewed) {

        /**
         * The fingerprint of the committed statement.
         *
         * @return 8 hex digits
         */
        public String fingerprint() {
            return Fingerprint.of(level, title, text);
        }
    }

    private CommittedYaml() {
    }

    /**
     * What the committed files say.
     *
     * @param entries the entries of the files that differ from their fresh rendering, by ID; where two files hold
     *     an ID, the first in path order
     * @param unchanged the paths of the files that are byte for byte their fresh rendering without any
     *     {@code reviewed} block, so that every entry in them is current
     */
    public record Read(Map<String, Entry> entries, Set<String> unchanged) {
    }

    /**
     * Reads the generated YAML files in the requirements directory. A file that equals its fresh rendering is not
     * parsed: in the usual run, where no statement changed, reading costs one comparison per file.
     *
     * @param root the top-level directory
     * @param directory the requirements directory, relative to the root
     * @param rendered the fresh rendering without {@code reviewed} blocks, by repository-relative path
     * @return the entries, and the files that are current
     * @throws io.github.spectrace.core.model.SpecException when a file cannot be read or decoded
     */
    public static Read read(Path root, String directory, Map<String, byte[]> rendered) {
        Map<String, Entry> out = new HashMap<>();
        Set<String> unchanged = new HashSet<>();
        for (String path : FileSync.generatedFiles(root, directory, ".yaml", RequirementsYaml.HEADER)) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(root.resolve(path));
            } catch (IOException e) {
                throw new SpecException(path + ": cannot read the generated file (" + e.getMessage()
                        + "). Check that it is readable.", e);
            }
            if (Arrays.equals(bytes, rendered.get(path))) {
                unchanged.add(path);
            } else {
                parse(SpecFiles.decode(bytes, path)).forEach(out::putIfAbsent);
            }
        }
        return new Read(out, unchanged);
    }

    /**
     * Parses one file.
     *
     * @param content the file's text
     * @return the entries by ID
     */
    static Map<String, Entry> parse(String content) {
        Map<String, Entry> out = new HashMap<>();
        Builder current = null;
        boolean inRequirements = false;
        boolean inReviewed = false;
        String pendingKey = null;
        for (String line : content.split("\n", -1)) {
            if (!line.startsWith(" ")) {
                inRequirements = line.startsWith("requirements:");
                continue;
            }
            if (!inRequirements) {
                continue;
            }
            int indent = indent(line);
            if (indent == 2 && line.startsWith("? ", 2)) {
                pendingKey = scalar(line, 4);
                continue;
            }
            if (indent == 2 && line.startsWith(": ", 2) && pendingKey != null) {
                // The value of an explicit key starts on its ':' line.
                current = start(out, current, pendingKey);
                pendingKey = null;
                inReviewed = false;
                line = "    " + line.substring(4);
                indent = 4;
            } else if (indent == 2) {
                String key = key(line, 2);
                current = key == null ? null : start(out, current, key);
                inReviewed = false;
                continue;
            }
            if (current == null) {
                continue;
            }
            String name = key(line, indent);
            if (name == null) {
                continue;
            }
            int colon = line.indexOf(':', indent);
            String value = colon + 2 <= line.length() ? scalar(line, colon + 2) : null;
            if (indent == 4) {
                inReviewed = name.equals("reviewed") && value == null;
                switch (name) {
                    case "title" -> current.title = value;
                    case "text" -> current.text = value;
                    case "level" -> current.level = value;
                    default -> {
                    }
                }
            } else if (indent == 6 && inReviewed) {
                switch (name) {
                    case "fingerprint" -> current.reviewedFingerprint = value;
                    case "title" -> current.reviewedTitle = value;
                    case "text" -> current.reviewedText = value;
                    default -> {
                    }
                }
            }
        }
        start(out, current, null);
        return out;
    }

    /** Ends the entry being read, if complete, and starts the next one. */
    private static Builder start(Map<String, Entry> out, Builder done, String key) {
        if (done != null && done.title != null && done.level != null) {
            Reviewed reviewed = done.reviewedFingerprint == null || done.reviewedTitle == null ? null
                    : new Reviewed(done.reviewedFingerprint, done.reviewedTitle,
                            done.reviewedText == null ? "" : done.reviewedText);
            out.putIfAbsent(done.id, new Entry(done.level, done.title, done.text == null ? "" : done.text, reviewed));
        }
        if (key == null) {
            return null;
        }
        Builder b = new Builder();
        b.id = key;
        return b;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The key of a {@code key:} line at a column, or null when the line is not one. */
    private static String key(String line, int at) {
        if (line.startsWith("\"", at)) {
            int end = closingQuote(line, at);
            return end > 0 && line.startsWith(":", end + 1) ? unquote(line, at, end) : null;
        }
        if (line.startsWith("-", at)) {
            return null;
        }
        int colon = line.indexOf(':', at);
        return colon < 0 ? null : line.substring(at, colon);
    }

    /** The scalar that starts at a column and runs to the end of the line. */
    private static String scalar(String line, int at) {
        if (line.startsWith("\"", at)) {
            int end = closingQuote(line, at);
            return end < 0 ? line.substring(at) : unquote(line, at, end);
        }
        return line.substring(at);
    }

    private static int closingQuote(String line, int open) {
        for (int i = open + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** Undoes the escapes of {@link YamlWriter}. */
    private static String unquote(String line, int open, int close) {
        StringBuilder sb = new StringBuilder(close - open);
        for (int i = open + 1; i < close; i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 >= close) {
                sb.append(c);
                continue;
            }
            char e = line.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (i + 4 < close) {
                        try {
                            sb.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                            i += 4;
                        } catch (NumberFormatException ex) {
                            sb.append(e);
                        }
                    } else {
                        sb.append(e);
                    }
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    /** An entry while its lines are read. */
    private static final class Builder {
        String id;
        String title;
        String text;
        String level;
        String reviewedFingerprint;
        String reviewedTitle;
        String reviewedText;
    }
}
