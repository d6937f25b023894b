package io.github.spectrace.core.internal.render;

import java.util.List;

/**
 * Writes the block-style YAML of {@link RequirementsYaml} by hand, byte for byte as jackson-dataformat-yaml 2.21
 * with the SnakeYAML 2.5 emitter wrote it with the generator features that class used: no document start marker,
 * no line splitting, LF, {@code MINIMIZE_QUOTES}, {@code ALWAYS_QUOTE_NUMBERS_AS_STRINGS} and
 * {@code INDENT_ARRAYS_WITH_INDICATOR}. Each string is written in two steps, as there: Jackson asks for a style
 * (plain, double-quoted or literal), then the emitter checks the characters and falls back to single or double
 * quotes where the asked style cannot hold the string. Only the layout that file needs is supported: mappings and
 * lists of strings, two spaces of indentation, list items indented under their key.
 */
final class YamlWriter {

    /** Keys of this length or longer are written in the explicit {@code ? key} form. */
    private static final int MAX_SIMPLE_KEY_LENGTH = 128;

    /** Characters that never start a plain scalar. */
    private static final String LEADING_INDICATORS = "#,[]{}&*!|>'\"%@`";

    private static final String SPACES = " ".repeat(64);

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Analysis flags: the string may be written plain, single-quoted, as a literal block, spans lines. */
    private static final int PLAIN_OK = 1;
    private static final int SINGLE_OK = 2;
    private static final int BLOCK_OK = 4;
    private static final int MULTILINE = 8;

    /** How one string is written. */
    private enum Style {
        PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL
    }

    private final StringBuilder out;

    /** Whether the output ends with a line break, as after the header and after a literal block. */
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
        string(Integer.toString(value), Style.PLAIN, 0);
    }

    /**
     * Writes a string value after a {@link #field} or a list item's dash.
     *
     * @param value the value
     * @param indent the indentation of the value's continuation lines, two more than its key or dash
     */
    void string(String value, int indent) {
        if (isPlainAsIs(value)) {
            out.append(' ').append(value);
            return;
        }
        string(value, valueStyle(value), indent);
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
            out.append('-');
            string(v, indent + 4);
        }
    }

    /** Writes an empty mapping value, {@code {}}, after a {@link #field}. */
    void emptyMapping() {
        out.append(" {}");
    }

    /**
     * Starts a mapping entry with a free-form key whose value is a non-empty mapping, to be written next with
     * {@link #field} at {@code indent + 2}. Short one-line keys are written {@code key:}; empty, long or
     * multi-line keys as {@code ? key}, then {@code :} on the next line followed by the value's first entry.
     *
     * @param indent the column of the key
     * @param key the key
     */
    void entry(int indent, String key) {
        newLine(indent);
        if (key.length() < MAX_SIMPLE_KEY_LENGTH && isPlainAsIs(key) && key.charAt(0) != '.') {
            out.append(key).append(':');
            return;
        }
        Style style = keyStyle(key);
        if (key.length() < MAX_SIMPLE_KEY_LENGTH && !key.isEmpty() && (analyze(key) & MULTILINE) == 0) {
            // The key starts the line, so no space before it.
            writeScalar(key, style, indent + 2);
            out.append(':');
            return;
        }
        out.append('?');
        string(key, style, indent + 2);
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
        spaces(indent);
    }

    private void spaces(int n) {
        int left = n;
        while (left > 0) {
            int k = Math.min(left, SPACES.length());
            out.append(SPACES, 0, k);
            left -= k;
        }
    }

    /** Writes a scalar after an indicator or key: one space, then the scalar in the style the emitter picks. */
    private void string(String value, Style asked, int indent) {
        out.append(' ');
        writeScalar(value, asked, indent);
    }

    private void writeScalar(String value, Style asked, int indent) {
        switch (emittedStyle(value, asked)) {
            case PLAIN -> writeLines(value, indent, false);
            case SINGLE_QUOTED -> {
                out.append('\'');
                writeLines(value, indent, true);
                out.append('\'');
            }
            case DOUBLE_QUOTED -> writeDoubleQuoted(value);
            case LITERAL -> writeLiteral(value, indent);
            default -> throw new IllegalStateException("unknown style");
        }
    }

    /**
     * A quick check for most strings, one that both Jackson and the emitter write plain and unchanged: printable
     * ASCII without {@code [ ] { } ,}, without {@code #} after a space or {@code :} before a space or at the end,
     * not ending with a space, starting with a letter, {@code /}, {@code _}, {@code (} or a dot and a letter but
     * not a number such as {@code .inf}, and not a reserved word.
     * Whatever it rejects goes through the full rules, which give the same answer for what it accepts.
     */
    private static boolean isPlainAsIs(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(n - 1) == ' ') {
            return false;
        }
        char first = s.charAt(0);
        if (first == '.') {
            if (n < 2 || !isAsciiLetter(s.charAt(1)) || looksLikeNumber(s)) {
                return false;
            }
        } else if (!(isAsciiLetter(first) || first == '/' || first == '_' || first == '(')) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~' || c == '[' || c == ']' || c == '{' || c == '}' || c == ','
                    || c == '#' && s.charAt(i - 1) == ' ' || c == ':' && (i == n - 1 || s.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return n > 5 || !isReservedWord(s);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    // The style Jackson asks for.

    /**
     * The style Jackson's generator asks for a string value: double quotes for the empty string, a literal block
     * when there is a line feed, double quotes for reserved words, numbers and some indicator characters, else
     * plain.
     */
    private static Style valueStyle(String s) {
        if (s.isEmpty()) {
            return Style.DOUBLE_QUOTED;
        }
        if (s.indexOf('\n') >= 0) {
            return Style.LITERAL;
        }
        if (isReservedWord(s) || hasQuotableChar(s) || looksLikeNumber(s)) {
            return Style.DOUBLE_QUOTED;
        }
        return Style.PLAIN;
    }

    /**
     * The style Jackson's generator asks for a mapping key: double quotes for the empty string, reserved words,
     * anything starting like a number and anything with a control character, else plain.
     */
    private static Style keyStyle(String s) {
        if (s.isEmpty() || isReservedWord(s)) {
            return Style.DOUBLE_QUOTED;
        }
        char first = s.charAt(0);
        if (first >= '0' && first <= '9' || first == '+' || first == '-' || first == '.') {
            return Style.DOUBLE_QUOTED;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < ' ') {
                return Style.DOUBLE_QUOTED;
            }
        }
        return Style.PLAIN;
    }

    /** YAML 1.1 booleans and nulls in the spellings Jackson quotes, and anything starting with {@code ~}. */
    private static boolean isReservedWord(String s) {
        if (s.charAt(0) == '~') {
            return true;
        }
        return switch (s) {
            case "false", "False", "FALSE", "n", "N", "no", "No", "NO", "null", "Null", "NULL", "on", "On", "ON",
                    "off", "Off", "OFF", "true", "True", "TRUE", "y", "Y", "yes", "Yes", "YES" -> true;
            default -> false;
        };
    }

    /**
     * Flow indicators anywhere, {@code #} at the start or after a blank, {@code :} at the end or before a blank;
     * blank meaning space or tab.
     */
    private static boolean hasQuotableChar(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '[', ']', '{', '}', ',' -> {
                    return true;
                }
                case '#' -> {
                    if (i == 0 || isBlank(s.charAt(i - 1))) {
                        return true;
                    }
                }
                case ':' -> {
                    if (i == n - 1 || isBlank(s.charAt(i + 1))) {
                        return true;
                    }
                }
                default -> {
                    // an ordinary character
                }
            }
        }
        return false;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * Whether a string without {@code :} that starts with a digit, sign or dot reads as a number: digits with an
     * optional fraction and sign, or a YAML 1.1 int (binary {@code 0b}, octal {@code 0}, decimal, hexadecimal
     * {@code 0x}, with {@code _} separators) or float (fraction, exponent, {@code .inf}, {@code .nan}).
     */
    private static boolean looksLikeNumber(String s) {
        char first = s.charAt(0);
        boolean sign = first == '+' || first == '-';
        if (!(sign || first == '.' || isDigit(first)) || s.indexOf(':') >= 0) {
            return false;
        }
        if (s.equals(".nan") || s.equals(".NaN") || s.equals(".NAN")) {
            return true;
        }
        int n = s.length();
        int i = sign ? 1 : 0;
        if (i == n) {
            return true;
        }
        String rest = s.substring(i);
        if (rest.equals(".inf") || rest.equals(".Inf") || rest.equals(".INF")) {
            return true;
        }
        // Digits, optionally a dot and digits; no separators.
        int j = span(s, i, "0123456789");
        if (j == n || s.charAt(j) == '.' && span(s, j + 1, "0123456789") == n) {
            return true;
        }
        char c = s.charAt(i);
        if (c == '.') {
            int k = span(s, i + 1, "0123456789_");
            return k > i + 1 && (k == n || isExponent(s, k));
        }
        if (!isDigit(c)) {
            return false;
        }
        if (c == '0' && i + 1 < n) {
            char radix = s.charAt(i + 1);
            if (radix == 'b' && isRadixInt(s, i + 2, "01")) {
                return true;
            }
            if (radix == 'x' && isRadixInt(s, i + 2, "0123456789abcdefABCDEF")) {
                return true;
            }
            if (isRadixInt(s, i + 1, "01234567")) {
                return true;
            }
        }
        int k = span(s, i + 1, "0123456789_");
        if (k == n) {
            // "0" alone or a decimal without a leading zero
            return c != '0' || n == i + 1;
        }
        if (s.charAt(k) == '.') {
            int m = span(s, k + 1, "0123456789_");
            return m == n || isExponent(s, m);
        }
        return isExponent(s, k);
    }

    /** From {@code from}: underscores, one digit of the set, then digits of the set and underscores to the end. */
    private static boolean isRadixInt(String s, int from, String digits) {
        int i = span(s, from, "_");
        return i < s.length() && digits.indexOf(s.charAt(i)) >= 0 && span(s, i + 1, digits + "_") == s.length();
    }

    /** From {@code from} to the end: {@code e} or {@code E}, an optional sign, one or more digits. */
    private static boolean isExponent(String s, int from) {
        int n = s.length();
        if (from >= n || (s.charAt(from) != 'e' && s.charAt(from) != 'E')) {
            return false;
        }
        int i = from + 1;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        return i < n && span(s, i, "0123456789") == n;
    }

    private static int span(String s, int from, String chars) {
        int i = from;
        while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // The style the emitter writes.

    /**
     * The emitter keeps double quotes; a literal block needs {@link #BLOCK_OK}; plain needs {@link #PLAIN_OK},
     * else it becomes single-quoted if {@link #SINGLE_OK}, else double-quoted.
     */
    private static Style emittedStyle(String s, Style asked) {
        if (asked == Style.DOUBLE_QUOTED) {
            return asked;
        }
        int flags = analyze(s);
        if (asked == Style.LITERAL) {
            return (flags & BLOCK_OK) != 0 ? Style.LITERAL : Style.DOUBLE_QUOTED;
        }
        if ((flags & PLAIN_OK) != 0) {
            return Style.PLAIN;
        }
        return (flags & SINGLE_OK) != 0 ? Style.SINGLE_QUOTED : Style.DOUBLE_QUOTED;
    }

    /**
     * What the emitter allows for a non-empty string in block context. Code points are read as
     * {@link String#codePointAt} reads them, so a lone surrogate is a code point of its own.
     * <ul>
     * <li>Special characters, anything but line feed, printable ASCII, U+0085, U+00A0..U+D7FF, U+E000..U+FFFD
     * and supplementary code points, allow only double quotes.</li>
     * <li>A space before a line break allows only double quotes; a space after one rules out plain and single
     * quotes. Line breaks are LF, U+0085, U+2028 and U+2029 (not CR).</li>
     * <li>A trailing space rules out plain and blocks; a leading space, a leading or trailing line break, or a
     * number with a leading zero ({@code 0[0-9_]+}) rules out plain.</li>
     * <li>Block indicators rule out plain: {@code ---} or {@code ...} at the start; one of
     * {@value #LEADING_INDICATORS} first; {@code ?}, {@code :} or {@code -} first and followed by whitespace;
     * {@code :} later followed by whitespace; {@code #} later after whitespace.</li>
     * </ul>
     */
    private static int analyze(String s) {
        int n = s.length();
        boolean indicator = s.startsWith("---") || s.startsWith("...");
        boolean special = false;
        boolean lineBreaks = false;
        boolean leadingSpace = false;
        boolean leadingBreak = false;
        boolean trailingSpace = false;
        boolean trailingBreak = false;
        boolean breakSpace = false;
        boolean spaceBreak = false;
        boolean previousSpace = false;
        boolean previousBreak = false;
        boolean precededByWhitespace = true;
        boolean followedByWhitespace = n == 1 || isWhitespaceOrCr(s.codePointAt(1));
        int i = 0;
        while (i < n) {
            int c = s.codePointAt(i);
            if (i == 0) {
                if (LEADING_INDICATORS.indexOf(c) >= 0
                        || (c == '?' || c == ':' || c == '-') && followedByWhitespace) {
                    indicator = true;
                }
            } else if (c == ':' && followedByWhitespace || c == '#' && precededByWhitespace) {
                indicator = true;
            }
            boolean isBreak = isLineBreak(c);
            lineBreaks |= isBreak;
            if (!isAllowedUnescaped(c)) {
                special = true;
            }
            if (c == ' ') {
                leadingSpace |= i == 0;
                trailingSpace |= i == n - 1;
                breakSpace |= previousBreak;
                previousSpace = true;
                previousBreak = false;
            } else if (isBreak) {
                leadingBreak |= i == 0;
                trailingBreak |= i == n - 1;
                spaceBreak |= previousSpace;
                previousSpace = false;
                previousBreak = true;
            } else {
                previousSpace = false;
                previousBreak = false;
            }
            i += Character.charCount(c);
            precededByWhitespace = c == 0 || c == ' ' || c == '\t' || isBreak;
            // The look-ahead is the emitter's: the code point after the next one, or a line break just read.
            followedByWhitespace = true;
            if (i + 1 < n) {
                int next = i + Character.charCount(s.codePointAt(i));
                if (next < n) {
                    int d = s.codePointAt(next);
                    followedByWhitespace = d == 0 || d == ' ' || d == '\t' || isBreak;
                }
            }
        }
        boolean leadingZero = n > 1 && s.charAt(0) == '0' && span(s, 1, "0123456789_") == n;
        boolean plain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || leadingZero
                || breakSpace || spaceBreak || special || indicator);
        boolean single = !(breakSpace || spaceBreak || special);
        boolean block = !(trailingSpace || spaceBreak || special);
        return (plain ? PLAIN_OK : 0) | (single ? SINGLE_OK : 0) | (block ? BLOCK_OK : 0)
                | (lineBreaks ? MULTILINE : 0);
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** NUL, space, tab, CR or a line break. */
    private static boolean isWhitespaceOrCr(int c) {
        return c == 0 || c == ' ' || c == '\t' || c == '\r' || isLineBreak(c);
    }

    private static boolean isAllowedUnescaped(int c) {
        return c == '\n' || c >= 0x20 && c <= 0x7E || c == 0x85 || c >= 0xA0 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
    }

    /** What double quotes may hold unescaped, other than printable ASCII. */
    private static boolean isPrintable(int c) {
        return c == '\t' || c == '\n' || c == '\r' || isAllowedUnescaped(c) && c <= 0x10FFFF;
    }

    // Writing each style.

    /**
     * Plain or single-quoted text: each run of line breaks is written as is and followed by the indentation of
     * the continuation line; in single quotes a quote is doubled.
     */
    private void writeLines(String s, int indent, boolean singleQuoted) {
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\'' && singleQuoted) {
                out.append(s, start, i + 1).append('\'');
                start = i + 1;
            } else if (isLineBreak(c) && (i + 1 == n || !isLineBreak(s.charAt(i + 1)))) {
                out.append(s, start, i + 1);
                spaces(indent);
                start = i + 1;
            }
        }
        out.append(s, start, n);
    }

    /**
     * Double quotes with the emitter's escapes: the named ones ({@code \0 \a \b \t \n \v \f \r \e \" \\ \N \_ \L
     * \P}); other characters the emitter does not print as {@code \x} and two hex digits up to U+00FF, else as a
     * backslash, {@code u} and four hex digits, lower case. Everything else is written as it is. A high surrogate
     * is combined with whatever char follows it, as {@link Character#toCodePoint} does, even when that is not a
     * low surrogate; the result, when printable, replaces the high surrogate, and when it is beyond U+FFFF also
     * the char after it; a result beyond U+10FFFF is written as {@code \U} and eight hex digits.
     */
    private void writeDoubleQuoted(String s) {
        out.append('"');
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c <= 0x7E && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, start, i);
            start = i + 1;
            char named = namedEscape(c);
            if (named != 0) {
                out.append('\\').append(named);
                continue;
            }
            int cp = Character.isHighSurrogate(c) && i + 1 < n ? Character.toCodePoint(c, s.charAt(i + 1)) : c;
            boolean pair = Character.charCount(cp) == 2;
            if (isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (c <= 0xFF) {
                out.append("\\x");
                hex(c, 2);
            } else if (pair) {
                out.append("\\U");
                hex(cp, 8);
            } else {
                out.append("\\u");
                hex(c, 4);
            }
            if (pair) {
                i++;
                start = i + 1;
            }
        }
        out.append(s, start, n).append('"');
    }

    private static char namedEscape(char c) {
        return switch (c) {
            case '\0' -> '0';
            case '\u0007' -> 'a';
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\u000B' -> 'v';
            case '\f' -> 'f';
            case '\r' -> 'r';
            case '\u001B' -> 'e';
            case '"' -> '"';
            case '\\' -> '\\';
            case '\u0085' -> 'N';
            case '\u00A0' -> '_';
            case '\u2028' -> 'L';
            case '\u2029' -> 'P';
            default -> 0;
        };
    }

    private void hex(int value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(HEX[(value >>> shift) & 0xF]);
        }
    }

    /**
     * A literal block: {@code |}, then {@code 2} if the text starts with a space or line break, then {@code -}
     * if it does not end with a line break or {@code +} if it ends with two or more; then the text on the
     * following lines, each non-empty line indented, line breaks written as they are, and a final line feed
     * unless the text ends with a line break.
     */
    private void writeLiteral(String s, int indent) {
        int n = s.length();
        out.append('|');
        if (s.charAt(0) == ' ' || isLineBreak(s.charAt(0))) {
            out.append('2');
        }
        if (!isLineBreak(s.charAt(n - 1))) {
            out.append('-');
        } else if (n == 1 || isLineBreak(s.charAt(n - 2))) {
            out.append('+');
        }
        out.append('\n');
        boolean lineStart = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isLineBreak(c)) {
                lineStart = true;
            } else if (lineStart) {
                spaces(indent);
                lineStart = false;
            }
            out.append(c);
        }
        if (!lineStart) {
            out.append('\n');
        }
        atLineStart = true;
    }
}
