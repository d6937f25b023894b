package io.github.spectrace.core.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configured requirement ID patterns. A token is an ID when it fully matches one of them; in running
 * text, a match counts only on a word boundary, so {@code XOC-CORE-1001} and {@code OC-CORE-10012} are
 * not IDs. Tokens that name a standard ({@code RFC-2119}, {@code ISO-8601}, {@code SHA-256},
 * {@code CVE-2024-3094}) are never IDs, even when a pattern matches them: see {@link #isStandard}.
 */
// SPEC-CORE-1018 standards are never IDs.
public final class IdPatterns {

    /** Uppercase segments joined by {@code -}, ending in 3 to 5 digits: {@code OC-CORE-1001}, {@code ORCH-3001}. */
    public static final String DEFAULT = "[A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-[0-9]{3,5}";

    /**
     * The first segments of tokens that name standards, algorithms and vulnerability databases rather than
     * requirements: {@code RFC-2119}, {@code ISO-IEC-27001}, {@code UTF-8}, {@code SHA-256}, {@code CVE-2024-3094}.
     */
    public static final List<String> DEFAULT_STANDARDS = List.of("AES", "ANSI", "BCP", "CAPEC", "CRC", "CVE", "CWE",
            "DIN", "DSS", "ECMA", "EN", "ETSI", "FIPS", "GHSA", "HMAC", "HTTP", "IEC", "IEEE", "ISO", "ITU", "JEP",
            "JSR", "NIST", "PCI", "PEP", "RFC", "RSA", "SHA", "SOC", "STD", "TLS", "UCS", "UTF", "WCAG");

    private final List<Pattern> patterns;
    private final Set<String> standards;

    /**
     * True when the only pattern is {@link #DEFAULT}, which {@link #findDefault} and {@link #matches} test without
     * the regex engine.
     */
    private final boolean defaultOnly;

    private IdPatterns(List<Pattern> patterns, Set<String> standards) {
        this.patterns = patterns;
        this.standards = standards;
        this.defaultOnly = patterns.size() == 1 && patterns.get(0).pattern().equals(DEFAULT)
                && patterns.get(0).flags() == 0;
    }

    /**
     * The compiled patterns of a validated configuration.
     *
     * @param patterns the patterns, each matching one whole ID
     * @return the ID patterns
     */
    public static IdPatterns of(List<Pattern> patterns) {
        return of(patterns, DEFAULT_STANDARDS);
    }

    /**
     * The compiled patterns of a validated configuration, with the standards it names.
     *
     * @param patterns the patterns, each matching one whole ID
     * @param standards first segments of tokens that are never IDs; see {@link #isStandard}
     * @return the ID patterns
     */
    public static IdPatterns of(List<Pattern> patterns, List<String> standards) {
        return new IdPatterns(List.copyOf(patterns), Set.copyOf(standards));
    }

    /**
     * Compiles the patterns, which the configuration has validated.
     *
     * @param regexes Java regular expressions, each matching one whole ID
     * @return the compiled patterns
     * @throws java.util.regex.PatternSyntaxException if a regex is invalid
     */
    public static IdPatterns compile(List<String> regexes) {
        List<Pattern> compiled = new ArrayList<>();
        for (String regex : regexes) {
            compiled.add(Pattern.compile(regex.strip()));
        }
        return of(compiled, DEFAULT_STANDARDS);
    }

    /**
     * The default pattern list.
     *
     * @return patterns holding only {@link #DEFAULT}
     */
    public static IdPatterns defaults() {
        return compile(List.of(DEFAULT));
    }

    /**
     * Whether a whole token is an ID.
     *
     * @param token the candidate
     * @return true if one of the patterns matches all of it
     */
    public boolean matches(CharSequence token) {
        if (defaultOnly) {
            // By the argument on findDefault, the whole token matches exactly when the greedy pass spans it.
            int n = token.length();
            return n > 0 && isUpper(token.charAt(0)) && matchAt(token, 0, n) == n && !isStandard(token, 0, n);
        }
        for (Pattern p : patterns) {
            if (p.matcher(new Budget(token, p)).matches()) {
                return !isStandard(token, 0, token.length());
            }
        }
        return false;
    }

    /**
     * Whether a token names a standard rather than a requirement: every segment before its number (split at
     * {@code -}, {@code .} and {@code _}; the number starts at the first segment that starts with a digit) is one
     * of the configured standards. So {@code RFC-2119}, {@code ISO-IEC-27001} and {@code CVE-2024-3094} are
     * standards, and {@code RFC-API-001}, a team's own ID, is not.
     *
     * @param token the candidate
     * @return true if the token names a standard
     */
    public boolean isStandard(CharSequence token) {
        return isStandard(token, 0, token.length());
    }

    private boolean isStandard(CharSequence t, int from, int to) {
        if (standards.isEmpty()) {
            return false;
        }
        int start = from;
        boolean any = false;
        for (int i = from; i <= to; i++) {
            if (i < to && !isSeparator(t.charAt(i))) {
                continue;
            }
            if (start < i && isDigit(t.charAt(start))) {
                return any;
            }
            if (start == i || !standards.contains(t.subSequence(start, i).toString())) {
                return false;
            }
            any = true;
            start = i + 1;
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '.' || c == '_';
    }

    /**
     * The generic shape of an ID: letters and digits joined by {@code -}, {@code _} or {@code .}, ending in a
     * number after {@code -} or {@code _}, which may itself be dotted: {@code OC-core-1}, {@code SYS-6.1.6},
     * {@code REQ_001}.
     */
    private static final Pattern ID_LIKE =
            Pattern.compile("[A-Za-z][A-Za-z0-9]*+(?:[-._][A-Za-z0-9]+)*?[-_][0-9]+(?:\\.[0-9]+)*+");

    /**
     * Whether a token is shaped like an ID whatever the configured patterns say, for example {@code OC-core-1}
     * or {@code SYS-6.1.6}: letters and digits joined by {@code -}, {@code _} or {@code .}, beginning with a
     * letter and ending in a number after {@code -} or {@code _}; the number may be dotted.
     *
     * @param token the candidate
     * @return true if the token has the generic ID shape
     */
    public static boolean isIdLike(CharSequence token) {
        int n = token.length();
        // Most bracketed text is no ID at all; the two ends decide that without a Matcher.
        return n >= 3 && n <= 200 && isAsciiLetter(token.charAt(0)) && isDigit(token.charAt(n - 1))
                && ID_LIKE.matcher(token).matches();
    }

    /**
     * A pattern that matches an ID-like token and its siblings, for messages that suggest an
     * {@code <idPattern>}: runs of capitals become {@code [A-Z]+}, other letters {@code [A-Za-z]+}, and the
     * final number {@code [0-9]+}, with {@code (?:\.[0-9]+)*} when it is dotted. {@code SYS-6.1.6} gives
     * {@code [A-Z]+-[0-9]+(?:\.[0-9]+)*}.
     *
     * @param token an {@linkplain #isIdLike ID-like} token
     * @return a Java regular expression that matches the whole token
     */
    public static String suggestPattern(String token) {
        int number = token.length();
        while (number > 0 && (isDigit(token.charAt(number - 1)) || token.charAt(number - 1) == '.')) {
            number--;
        }
        StringBuilder p = new StringBuilder();
        int i = 0;
        while (i < number) {
            char c = token.charAt(i);
            if (isSeparator(c)) {
                p.append(c == '.' ? "\\." : String.valueOf(c));
                i++;
                continue;
            }
            int j = i;
            boolean upper = true;
            boolean digits = true;
            while (j < number && !isSeparator(token.charAt(j))) {
                upper &= isUpperOrDigit(token.charAt(j));
                digits &= isDigit(token.charAt(j));
                j++;
            }
            p.append(digits ? "[0-9]+" : upper ? "[A-Z][A-Z0-9]*" : "[A-Za-z][A-Za-z0-9]*");
            i = j;
        }
        p.append("[0-9]+");
        if (token.indexOf('.', number) >= 0) {
            p.append("(?:\\.[0-9]+)*");
        }
        return p.toString();
    }

    private static boolean isAsciiLetter(char c) {
        return isUpper(c) || c >= 'a' && c <= 'z';
    }

    /**
     * Finds every ID in a text, on word boundaries, without overlaps, in order.
     *
     * @param text the text to scan
     * @return the {@code [start, end)} ranges of the IDs, sorted by start
     */
    public List<int[]> findAll(CharSequence text) {
        if (defaultOnly) {
            return findDefault(text);
        }
        List<int[]> found = new ArrayList<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(new Budget(text, p));
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (e > s && isBoundary(text, s - 1) && isBoundary(text, e) && !isStandard(text, s, e)) {
                    found.add(new int[] {s, e});
                }
            }
        }
        if (patterns.size() > 1) {
            found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
            List<int[]> merged = new ArrayList<>();
            int end = -1;
            for (int[] r : found) {
                if (r[0] >= end) {
                    merged.add(r);
                    end = r[1];
                }
            }
            return merged;
        }
        return found;
    }

    /**
     * {@link #findAll} for the default pattern alone, with the results of {@code Matcher.find()} but without the
     * regex engine, which scans code at about a tenth of this speed (the trace reads every source file).
     *
     * <p>The default pattern is {@code S (G)* F} with {@code S = [A-Z][A-Z0-9]*}, {@code G = -[A-Z][A-Z0-9]*} and
     * {@code F = -[0-9]{3,5}}, all greedy. From a start, S and G can only stop before a character that continues
     * neither, and a G or F always begins with {@code -}, so backtracking never finds a match the greedy pass
     * misses: a match at a start exists exactly when the greedy pass ends in F. Every match contains a {@code -}
     * followed by a digit and lies in a run of {@code [A-Z0-9-]}, so only starts in the run before the next such
     * {@code -} are tried, in order, as {@code find()} tries them. As with {@code find()}, the search resumes at
     * the end of every match, including matches then dropped for lack of a word boundary.
     */
    private List<int[]> findDefault(CharSequence text) {
        List<int[]> found = new ArrayList<>();
        int n = text.length();
        int pos = 0;
        while (pos < n) {
            int q = nextDashDigit(text, pos, n);
            if (q < 0) {
                break;
            }
            int s = q;
            while (s > pos && isIdChar(text.charAt(s - 1))) {
                s--;
            }
            int end = -1;
            while (s < q) {
                int r = isUpper(text.charAt(s)) ? matchAt(text, s, n) : -(s + 2);
                if (r >= 0) {
                    end = r;
                    break;
                }
                // Every start before the point where this attempt stopped stops there too.
                s = Math.max(s + 1, -r - 1);
            }
            if (end < 0) {
                pos = q + 1;
                continue;
            }
            if (isBoundary(text, s - 1) && isBoundary(text, end) && !isStandard(text, s, end)) {
                found.add(new int[] {s, end});
            }
            pos = end;
        }
        return found;
    }

    /** The end of the default pattern's match at {@code s}, or {@code -(i + 1)} where the greedy pass stopped. */
    private static int matchAt(CharSequence t, int s, int n) {
        int i = s + 1;
        while (i < n && isUpperOrDigit(t.charAt(i))) {
            i++;
        }
        while (i + 1 < n && t.charAt(i) == '-' && isUpper(t.charAt(i + 1))) {
            i += 2;
            while (i < n && isUpperOrDigit(t.charAt(i))) {
                i++;
            }
        }
        if (i + 1 < n && t.charAt(i) == '-') {
            int j = i + 1;
            while (j < n && j - i <= 5 && isDigit(t.charAt(j))) {
                j++;
            }
            if (j - i - 1 >= 3) {
                return j;
            }
        }
        return -(i + 1);
    }

    private static int nextDashDigit(CharSequence t, int from, int n) {
        int i = from;
        while (true) {
            i = t instanceof String s ? s.indexOf('-', i) : indexOf(t, '-', i, n);
            if (i < 0 || i + 1 >= n) {
                return -1;
            }
            if (isDigit(t.charAt(i + 1))) {
                return i;
            }
            i++;
        }
    }

    private static int indexOf(CharSequence t, char c, int from, int n) {
        for (int i = from; i < n; i++) {
            if (t.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isIdChar(char c) {
        return isUpperOrDigit(c) || c == '-';
    }

    private static boolean isUpperOrDigit(char c) {
        return isUpper(c) || isDigit(c);
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The ID without its final number: {@code OC-CORE-} for {@code OC-CORE-1001}.
     *
     * @param id an ID
     * @return its prefix
     */
    public static String prefixOf(String id) {
        int end = id.length();
        while (end > 0 && Character.isDigit(id.charAt(end - 1))) {
            end--;
        }
        return id.substring(0, end);
    }

    private static boolean isBoundary(CharSequence text, int i) {
        if (i < 0 || i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        return !(Character.isLetterOrDigit(c) || c == '_' || c == '-');
    }

    /** A configured pattern that ran past its time budget on one text: it backtracks catastrophically. */
    public static final class TooSlow extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private TooSlow(Pattern pattern) {
            super("the ID pattern '" + pattern.pattern() + "' took more than " + BUDGET_MILLIS / 1000 + " s on this"
                    + " file, so it backtracks catastrophically, as nested quantifiers such as (A+)+ do. Simplify it,"
                    + " for example to " + DEFAULT + ".", null, false, false);
        }
    }

    /** The time one configured pattern may take on one text: linear patterns need a tiny fraction of it. */
    static final long BUDGET_MILLIS = 2000;

    /**
     * The text a configured pattern reads, which stops the regex engine once the budget is spent. The engine
     * reads characters through {@code charAt}, so a pattern that backtracks without end notices within a few
     * thousand steps.
     */
    private static final class Budget implements CharSequence {
        private final CharSequence text;
        private final Pattern pattern;
        private final long deadline;
        private int steps;

        Budget(CharSequence text, Pattern pattern) {
            this(text, pattern, System.nanoTime() + BUDGET_MILLIS * 1_000_000L);
        }

        private Budget(CharSequence text, Pattern pattern, long deadline) {
            this.text = text;
            this.pattern = pattern;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++steps & 0xFFF) == 0 && System.nanoTime() > deadline) {
                throw new TooSlow(pattern);
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budget(text.subSequence(start, end), pattern, deadline);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
