package io.github.spectrace.core.internal.markdown;

import java.util.List;

/**
 * Hand-written scans that the parser runs on every block, in place of regular expressions: the regex engine
 * costs most in a cold JVM, where every spec is parsed once. Each method gives exactly the result of the regex
 * it names; {@code \s} and {@code \w} have their meaning without {@code UNICODE_CHARACTER_CLASS}.
 */
final class TextScan {

    private TextScan() {
    }

    /**
     * {@code WHITESPACE.matcher(s).replaceAll(" ").strip()} with {@code WHITESPACE = \s+}: each run of
     * {@code [ \t\n\x0B\f\r]} becomes one space, then {@link Character#isWhitespace} characters are stripped
     * from both ends. Stripping first gives the same result, as every {@code \s} character is whitespace to
     * {@link String#strip}, which tests whole code points (no surrogate is whitespace).
     *
     * @param s the text
     * @return the text with whitespace collapsed and stripped; {@code s} itself when nothing changes
     */
    static String collapseWhitespace(String s) {
        if (s.indexOf("  ") < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\u000B') < 0
                && s.indexOf('\f') < 0 && s.indexOf('\r') < 0) {
            // Every run is one space already; String.indexOf is fast even before the JIT compiles this method.
            return s.strip();
        }
        int start = 0;
        int end = s.length();
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        StringBuilder sb = null;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c > ' ' || !isRegexSpace(c)) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            int j = i + 1;
            while (j < end && isRegexSpace(s.charAt(j))) {
                j++;
            }
            if (sb == null && (c != ' ' || j > i + 1)) {
                sb = new StringBuilder(end - start).append(s, start, i);
            }
            if (sb != null) {
                sb.append(' ');
            }
            i = j - 1;
        }
        if (sb != null) {
            return sb.toString();
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    /**
     * Whether a character is {@code \s} in a regex without {@code UNICODE_CHARACTER_CLASS}.
     *
     * @param c the character
     * @return true for {@code [ \t\n\x0B\f\r]}
     */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /**
     * Whether a character is {@code \w} in a regex without {@code UNICODE_CHARACTER_CLASS}.
     *
     * @param c the character
     * @return true for {@code [a-zA-Z_0-9]}
     */
    static boolean isRegexWord(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == '_';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Adds the path-like words of a text, in order: the text split at runs of
     * {@code PATH_SPLIT = [\s()\[\]<>"'`,;|*]+}, each word cut at its first {@code #} and stripped of trailing
     * {@code .:!?}, kept if it is longer than one character, holds neither {@code ://} nor {@code @}, and holds
     * a {@code /} or is a {@linkplain #isFileWithExtension file name with an extension}. The characters in
     * {@code [skipFrom, skipTo)} separate words, as the space that replaced them did.
     *
     * <p>A kept word holds a {@code /} or a {@code .}, so only the words around those characters are looked at;
     * the text in between is skipped with {@code indexOf}.
     *
     * @param text the block's text, code spans included
     * @param skipFrom start of the definition marker, or -1
     * @param skipTo end of the definition marker, or -1
     * @param into receives the words
     */
    static void pathTokens(String text, int skipFrom, int skipTo, List<String> into) {
        int n = text.length();
        int slash = text.indexOf('/');
        int dot = text.indexOf('.');
        // Every word before this index has been looked at.
        int done = 0;
        while (slash >= 0 || dot >= 0) {
            int hit = slash < 0 ? dot : dot < 0 ? slash : Math.min(slash, dot);
            if (hit >= skipFrom && hit < skipTo) {
                done = hit + 1;
            } else {
                int start = hit;
                while (start > done && !isPathSeparator(text, start - 1, skipFrom, skipTo)) {
                    start--;
                }
                int end = hit + 1;
                while (end < n && !isPathSeparator(text, end, skipFrom, skipTo)) {
                    end++;
                }
                done = end;
                pathWord(text, start, end, into);
            }
            if (slash >= 0 && slash < done) {
                slash = text.indexOf('/', done);
            }
            if (dot >= 0 && dot < done) {
                dot = text.indexOf('.', done);
            }
        }
    }

    private static boolean isPathSeparator(String text, int i, int skipFrom, int skipTo) {
        return i >= skipFrom && i < skipTo || isPathSeparator(text.charAt(i));
    }

    /** Adds the word {@code [start, end)}, trimmed, if it is path-like. */
    private static void pathWord(String text, int start, int end, List<String> into) {
        int e = end;
        while (e > start && ".:!?".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        for (int h = start; h < e; h++) {
            if (text.charAt(h) == '#') {
                e = h;
                break;
            }
        }
        if (e - start > 1 && isPathWord(text, start, e)) {
            into.add(text.substring(start, e));
        }
    }

    /** One of the characters of {@code PATH_SPLIT}'s class. */
    private static boolean isPathSeparator(char c) {
        switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '(', ')', '[', ']', '<', '>', '"', '\'', '`', ',', ';', '|',
                    '*':
                return true;
            default:
                return false;
        }
    }

    /** Whether {@code [from, to)} holds neither {@code ://} nor {@code @}, and a {@code /} or a file extension. */
    private static boolean isPathWord(String s, int from, int to) {
        boolean slash = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '@' || c == ':' && i + 2 < to && s.charAt(i + 1) == '/' && s.charAt(i + 2) == '/') {
                return false;
            }
            slash |= c == '/';
        }
        return slash || isFileWithExtension(s, from, to);
    }

    /**
     * Whether {@code [from, to)} fully matches {@code [\w.-]*\w\.[A-Za-z][A-Za-z0-9]{0,7}}, a file name with an
     * extension. The part after the {@code \.} holds no dot, so that dot is the last one; the word matches when
     * every character is {@code [\w.-]}, a {@code \w} stands before the last dot, and after it stand a letter
     * and at most 7 letters or digits.
     *
     * @param s the text
     * @param from start of the word
     * @param to end of the word
     * @return true if the regex matches the whole word
     */
    static boolean isFileWithExtension(CharSequence s, int from, int to) {
        int dot = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                dot = i;
            } else if (!(c == '-' || isRegexWord(c))) {
                return false;
            }
        }
        if (dot <= from || !isRegexWord(s.charAt(dot - 1)) || to - dot - 1 < 1 || to - dot - 1 > 8
                || !isAsciiLetter(s.charAt(dot + 1))) {
            return false;
        }
        for (int i = dot + 2; i < to; i++) {
            char c = s.charAt(i);
            if (!(isAsciiLetter(c) || isAsciiDigit(c))) {
                return false;
            }
        }
        return true;
    }
}
