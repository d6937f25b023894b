package io.github.spectrace.core.internal.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The fingerprint of a requirement's statement: the first 8 hex digits of SHA-256 over its level, a line feed and
 * its normalized statement. Normalizing drops Markdown emphasis markers ({@code *}, {@code ~~}, backticks, and
 * {@code _} where it can delimit emphasis, that is not between two letters or digits) and collapses every run of
 * whitespace to one space, so that reflowing a paragraph or adding emphasis keeps the fingerprint, and changing a
 * word or the level does not. The ID is not part of it: entries are keyed by ID.
 */
// SPEC-CORE-1070
public final class Fingerprint {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Hex digits kept: 32 bits, enough to tell one statement's versions apart, short enough to read. */
    private static final int LENGTH = 8;

    private Fingerprint() {
    }

    /**
     * The fingerprint of a statement.
     *
     * @param level the level's ID, for example {@code must}
     * @param title the requirement's title
     * @param text its body text, or empty
     * @return 8 lower-case hex digits
     */
    public static String of(String level, String title, String text) {
        String statement = normalize(text.isEmpty() ? title : title + " " + text);
        byte[] hash = sha256().digest((level + "\n" + statement).getBytes(StandardCharsets.UTF_8));
        char[] out = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            int b = hash[i / 2] & 0xFF;
            out[i] = HEX[i % 2 == 0 ? b >>> 4 : b & 0xF];
        }
        return new String(out);
    }

    /**
     * The statement as fingerprinted: emphasis markers dropped, whitespace runs collapsed to one space, trimmed.
     *
     * @param statement the title and text
     * @return the normalized statement
     */
    static String normalize(String statement) {
        StringBuilder sb = new StringBuilder(statement.length());
        int n = statement.length();
        for (int i = 0; i < n; i++) {
            char c = statement.charAt(i);
            if (c == '*' || c == '`') {
                continue;
            }
            if (c == '~' && (i + 1 < n && statement.charAt(i + 1) == '~' || i > 0 && statement.charAt(i - 1) == '~')) {
                continue;
            }
            if (c == '_' && !(i > 0 && Character.isLetterOrDigit(statement.charAt(i - 1)) && i + 1 < n
                    && Character.isLetterOrDigit(statement.charAt(i + 1)))) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
                continue;
            }
            sb.append(c);
        }
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == ' ') {
            sb.setLength(end - 1);
        }
        return sb.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
