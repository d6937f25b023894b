package io.github.spectrace.core.internal.render;

import java.util.List;

/**
 * Writes the block-style YAML of {@link RequirementsYaml}: mappings and lists of strings, two spaces of
 * indentation, list items indented under their key, LF line ends.
 *
 * <p>Every string is written on one line, either plain or in double quotes. The quoting policy is deliberately
 * conservative, so that every YAML 1.1 and YAML 1.2 reader reads each string back as that same string, never as a
 * boolean, null, number, date or merge key:
 * <ul>
 * <li>A string is plain only if it is not empty, consists of ASCII letters, the digits {@code 0-9}, spaces and
 * the characters {@value #PLAIN_PUNCTUATION}, starts with a letter, {@code /} or {@code (}, or with {@code .}
 * or {@code _} followed by a letter, does not end with a space, has no {@code #} right after a space, and is
 * not one of {@code y}, {@code n}, {@code yes}, {@code no}, {@code on}, {@code off}, {@code true},
 * {@code false}, {@code null}, {@code .inf} and {@code .nan} in any mix of case.</li>
 * <li>Every other string is double-quoted. {@code "} and {@code \} are written as {@code \"} and {@code \\}, line
 * feed and tab as {@code \n} and {@code \t}. Other control characters (U+0000..U+001F, U+007F..U+009F, which
 * includes U+0085), U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF and unpaired surrogates are written as <code>&#92;u</code>
 * and four upper-case hex digits. Everything else, including characters outside the BMP, is written as it
 * is.</li>
 * </ul>
 * The rules look at ASCII only, so the result does not depend on the JDK's Unicode version. Because a plain
 * string never starts with a digit, sign or dot and digit, and never holds {@code :}, {@code ,}, {@code <} or
 * {@code =}, the number, date, sexagesimal and merge-key rules of YAML 1.1 cannot apply to it.
 */
final class YamlWriter {

    /** Characters other than letters, digits and space that a plain string may hold. */
    static final String PLAIN_PUNCTUATION = "-_./()#";

    /**
     * Keys whose written form is this long or longer use the explicit {@code ? key} form: readers give up on an
     * implicit key after 1024 characters, and 128 keeps ordinary IDs on one line.
     */
    private static final int MAX_IMPLICIT_KEY_LENGTH = 128;

    /** Words that a YAML 1.1 or 1.2 reader may resolve to a boolean, null or float, compared ignoring case. */
    private static final String[] RESERVED = {
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", ".inf", ".nan"
    };

    /** The longest word of {@link #RESERVED}. */
    private static final int MAX_RESERVED_LENGTH = 5;

    /** Which ASCII characters may stand in a plain string after its first character. */
    private static final boolean[] PLAIN_CHAR = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            PLAIN_CHAR[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            PLAIN_CHAR[c] = true;
            PLAIN_CHAR[c - 'a' + 'A'] = true;
        }
        PLAIN_CHAR[' '] = true;
        for (int i = 0; i < PLAIN_PUNCTUATION.length(); i++) {
            PLAIN_CHAR[PLAIN_PUNCTUATION.charAt(i)] = true;
        }
    }

    private static final String SPACES = " ".repeat(64);

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out;

    /** Whether the output ends with a line break, as after the header. */
    private boolean atLineStart = true;

    /** Whether the next {@link #field} goes on the current line, after the {@code :} of an explicit key. */
    private boolean sameLine;

    /**
     * Starts a document after a comment line.
     *
     * @param header the first line, written as is
     * @param capacity the expected length, to size the buffer
     */
    YamlWriter(String header, int capacity) {
        out = new StringBuilder(Math.max(capacity, header.length() + 64));
        out.append(header).append('\n');
    }

    /**
     * Starts a mapping entry whose key is a fixed plain name: {@code name:} on a new line.
     *
     * @param indent the column of the key
     * @param name a key that needs no quotes, such as {@code title}
     */
    void field(int indent, String name) {
        newLine(indent);
        out.append(name).append(':');
    }

    /**
     * Writes an integer value after a {@link #field}.
     *
     * @param value the value
     */
    void integer(int value) {
        out.append(' ').append(value);
    }

    /**
     * Writes a string value after a {@link #field}: a space, then the string plain or double-quoted.
     *
     * @param value the value
     */
    void string(String value) {
        out.append(' ');
        scalar(value);
    }

    /**
     * Writes a mapping entry whose value is a list of strings: {@code name: []} when empty, else one
     * {@code - item} line per value, the dash two columns right of the key.
     *
     * @param indent the column of the key
     * @param name a key that needs no quotes
     * @param values the items
     */
    void list(int indent, String name, List<String> values) {
        field(indent, name);
        if (values.isEmpty()) {
            out.append(" []");
            return;
        }
        for (String v : values) {
            newLine(indent + 2);
            out.append("- ");
            scalar(v);
        }
    }

    /** Writes an empty mapping value, {@code {}}, after a {@link #field}. */
    void emptyMapping() {
        out.append(" {}");
    }

    /**
     * Starts a mapping entry with a free-form key whose value is a non-empty mapping, to be written next with
     * {@link #field} at {@code indent + 2}. The key is written {@code key:}, plain or double-quoted; a key that
     * takes {@value #MAX_IMPLICIT_KEY_LENGTH} characters or more is written as {@code ? key}, then {@code :} on the
     * next line followed by the value's first entry.
     *
     * @param indent the column of the key
     * @param key the key
     */
    void entry(int indent, String key) {
        newLine(indent);
        int start = out.length();
        scalar(key);
        if (out.length() - start < MAX_IMPLICIT_KEY_LENGTH) {
            out.append(':');
            return;
        }
        // Rare: rewrite the key, now known to be long, in the explicit form.
        out.setLength(start);
        out.append("? ");
        scalar(key);
        newLine(indent);
        out.append(':');
        sameLine = true;
    }

    /**
     * Ends the document.
     *
     * @return the whole text, ending in a line break
     */
    String finish() {
        if (!atLineStart) {
            out.append('\n');
        }
        atLineStart = true;
        return out.toString();
    }

    /**
     * Whether a string is written plain; see the class comment. One pass over the chars, no regular expression,
     * as this runs for every string of every requirement.
     *
     * @param s the string
     * @return {@code true} for plain, {@code false} for double quotes
     */
    static boolean isPlain(String s) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        char first = s.charAt(0);
        if (first == '.' || first == '_') {
            if (n == 1 || !isAsciiLetter(s.charAt(1))) {
                return false;
            }
        } else if (!(isAsciiLetter(first) || first == '/' || first == '(')) {
            return false;
        }
        char previous = first;
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (c >= PLAIN_CHAR.length || !PLAIN_CHAR[c] || c == '#' && previous == ' ') {
                return false;
            }
            previous = c;
        }
        return previous != ' ' && (n > MAX_RESERVED_LENGTH || !isReserved(s));
    }

    private static boolean isReserved(String s) {
        for (String word : RESERVED) {
            // The string is ASCII here, so ignoring case does not depend on the locale or on Unicode tables.
            if (word.equalsIgnoreCase(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private void scalar(String s) {
        if (isPlain(s)) {
            out.append(s);
        } else {
            writeQuoted(s);
        }
    }

    /** Double quotes with the escapes of the class comment; runs of characters that need none are copied whole. */
    private void writeQuoted(String s) {
        out.append('"');
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\'
                    || c >= 0xA0 && c < 0xD800 && c != 0x2028 && c != 0x2029
                    || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                // A pair is a printable code point beyond the BMP: kept, and written as UTF-8 later.
                i++;
                continue;
            }
            out.append(s, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    out.append("\\u");
                    for (int shift = 12; shift >= 0; shift -= 4) {
                        out.append(HEX[(c >>> shift) & 0xF]);
                    }
                }
            }
        }
        out.append(s, start, n).append('"');
    }

    private void newLine(int indent) {
        if (sameLine) {
            // After the ':' of an explicit key the value's first entry follows on the same line.
            sameLine = false;
            out.append(' ');
            return;
        }
        if (!atLineStart) {
            out.append('\n');
        }
        atLineStart = false;
        int left = indent;
        while (left > 0) {
            int k = Math.min(left, SPACES.length());
            out.append(SPACES, 0, k);
            left -= k;
        }
    }
}
