package io.github.spectrace.core.internal.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The test code of a Rust source file: the character ranges of the items that only a test build compiles, so that
 * citations in the unit tests of a {@code src/} file count as test citations. A range is one of:
 * <ul>
 *   <li>an item whose outer attributes include a {@code cfg} whose predicate names {@code test} as a bare word
 *       outside {@code not(…)}: {@code #[cfg(test)]}, {@code #[cfg(all(test, feature = "x"))]},
 *       {@code #[cfg(any(test, doc))]}, but not {@code #[cfg(not(test))]} nor {@code #[cfg(feature = "test")]};</li>
 *   <li>a {@code fn} item with a test attribute: a path whose last segment is {@code test} ({@code #[test]},
 *       {@code #[tokio::test(flavor = "multi_thread")]}, {@code #[async_std::test]}, {@code #[test_log::test]}),
 *       {@code rstest}, {@code test_case}, {@code quickcheck}, {@code proptest} or {@code wasm_bindgen_test};</li>
 *   <li>the whole file, for an inner {@code #![cfg(test)]} at its top level, and the block that holds such an
 *       inner attribute elsewhere, from its <code>&#123;</code> to its <code>&#125;</code>.</li>
 * </ul>
 * A range starts at the item's first outer attribute or outer doc comment ({@code ///}, {@code /** …}) and ends at
 * the end of the item: the <code>&#125;</code> that closes its body, or the {@code ;} of an item without one
 * ({@code mod tests;}, {@code use …;}). {@code const}, {@code static}, {@code type}, {@code use} and {@code let}
 * end at their {@code ;} even when a block comes first. Ordinary comments on the lines above the attributes, and
 * comments after the end of the item on its last line, are not part of the range. Anything else that carries such
 * an attribute, such as a field, an enum variant, a match arm or an expression, ends at its {@code ,} (outside
 * {@code <…>}), at the <code>&#125;</code> of its first block, or before the bracket that closes the enclosing
 * list. An item that is still open at the end of the text, because its braces do not balance, extends to the end
 * of the text.
 *
 * <p>The text is read by a lexer, not by patterns over lines: line comments, nested block comments, strings with
 * escapes, raw strings ({@code r#"…"#} with any number of {@code #}), byte and C strings, character literals
 * (<code>'&#125;'</code>, <code>'&#92;u&#123;1F600&#125;'</code>) as opposed to lifetimes and labels
 * ({@code 'a}, {@code 'outer:}) are each read as one token, so the brackets in them never count. Attributes are
 * read as tokens too, so their strings and brackets are skipped alike. It runs in time linear in the text, without
 * recursion, so deep nesting cannot overflow the stack, and it never throws, whatever the text. It does not
 * follow {@code mod tests;} to another file, does not expand macros and does not evaluate {@code cfg_attr}.
 */
final class RustOutline {

    /** A range {@code [start, end)} of character offsets. */
    record Range(int start, int end) {
    }

    private static final Set<String> TEST_ATTRIBUTES = Set.of("test", "rstest", "test_case", "quickcheck",
            "proptest", "wasm_bindgen_test");
    private static final Set<String> QUALIFIERS = Set.of("pub", "async", "const", "unsafe", "extern", "default",
            "safe");
    private static final Set<String> ITEM_KEYWORDS = Set.of("impl", "trait", "struct", "enum", "union", "mod",
            "macro_rules", "crate");
    private static final Set<String> SEMICOLON_ITEMS = Set.of("const", "static", "type", "use", "let");

    // Token kinds.
    private static final int EOF = 0;
    private static final int IDENT = 1;
    private static final int LIFETIME = 2;
    private static final int LITERAL = 3;
    private static final int PUNCT = 4;
    private static final int OPEN = 5;
    private static final int CLOSE = 6;
    private static final int OUTER_DOC = 7;
    private static final int INNER_DOC = 8;

    /** The longest character literal, <code>'&#92;u&#123;10FFFF&#125;'</code>, is 12 characters long. */
    private static final int CHAR_LITERAL_MAX = 12;

    private final int[] starts;
    private final int[] ends;

    private RustOutline(List<Range> ranges) {
        this.starts = new int[ranges.size()];
        this.ends = new int[ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            starts[i] = ranges.get(i).start();
            ends[i] = ranges.get(i).end();
        }
    }

    /**
     * Outlines a Rust source text.
     *
     * @param text the file content
     * @return the outline
     */
    static RustOutline of(String text) {
        return new RustOutline(new Scanner(text).run());
    }

    /**
     * The test ranges.
     *
     * @return sorted, non-overlapping, non-empty ranges
     */
    List<Range> ranges() {
        List<Range> out = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            out.add(new Range(starts[i], ends[i]));
        }
        return out;
    }

    /**
     * Whether an offset is in test code.
     *
     * @param offset a character offset into the text
     * @return true when a test range holds it
     */
    boolean isTest(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        int at = i >= 0 ? i : -i - 2;
        return at >= 0 && offset < ends[at];
    }

    /** The lexer and the item tracker; one instance per text. */
    private static final class Scanner {

        private final String text;
        private final int length;
        private final List<Range> ranges = new ArrayList<>();

        /** Where the lexer is, and whether it gives the current token again. */
        private int pos;
        private boolean pushedBack;
        /** The current token. */
        private int kind;
        private int tokStart;
        private int tokEnd;
        /** End of the last token before the current one, or 0. */
        private int lastEnd;

        /** Open brackets of every kind, and where each opened. */
        private int depth;
        private int[] openers = new int[64];

        /** A run of outer attributes and doc comments waiting for its item. */
        private int groupStart = -1;
        private boolean groupCfgTest;
        private boolean groupTestAttribute;

        /** The item being tracked, if {@link #itemStart} is not -1. */
        private int itemStart = -1;
        private int itemLevel;
        private boolean itemCfgTest;
        private boolean headDecided;
        private boolean isFn;
        private boolean semicolonOnly;
        private boolean commaEnds;
        private boolean bodyOpen;
        private boolean afterEquals;
        private int angles;

        Scanner(String text) {
            this.text = text;
            this.length = text.length();
        }

        List<Range> run() {
            while (true) {
                next();
                if (kind == EOF) {
                    break;
                }
                int before = depth;
                if (itemStart >= 0) {
                    track(before);
                } else if (kind == PUNCT && text.charAt(tokStart) == '#') {
                    attribute();
                    continue;
                } else if (kind == OUTER_DOC) {
                    if (groupStart < 0) {
                        groupStart = tokStart;
                    }
                    lastEnd = tokEnd;
                    continue;
                } else if (kind != INNER_DOC && groupStart >= 0) {
                    boolean cfg = groupCfgTest;
                    boolean attr = groupTestAttribute;
                    int start = groupStart;
                    groupStart = -1;
                    groupCfgTest = false;
                    groupTestAttribute = false;
                    if (cfg || attr) {
                        startItem(start, before, cfg);
                        track(before);
                    }
                }
                brackets();
                lastEnd = tokEnd;
            }
            if (itemStart >= 0 && (itemCfgTest || isFn)) {
                emit(itemStart, length);
            } else if (itemStart < 0 && groupStart >= 0 && groupCfgTest) {
                emit(groupStart, length);
            }
            return ranges;
        }

        private void brackets() {
            if (kind == OPEN) {
                if (depth == openers.length) {
                    openers = Arrays.copyOf(openers, depth * 2);
                }
                openers[depth++] = tokStart;
            } else if (kind == CLOSE && depth > 0) {
                depth--;
            }
        }

        private void startItem(int start, int level, boolean cfg) {
            itemStart = start;
            itemLevel = level;
            itemCfgTest = cfg;
            headDecided = false;
            isFn = false;
            semicolonOnly = false;
            commaEnds = true;
            bodyOpen = false;
            afterEquals = false;
            angles = 0;
        }

        private void endItem(int end) {
            if (itemCfgTest || isFn) {
                emit(itemStart, end);
            }
            itemStart = -1;
        }

        private void emit(int start, int end) {
            if (end > start) {
                ranges.add(new Range(start, end));
            }
        }

        /** Follows the tracked item through the current token, whose depth before it is {@code before}. */
        private void track(int before) {
            if (kind == CLOSE) {
                if (before == itemLevel + 1 && bodyOpen) {
                    endItem(tokEnd);
                } else if (before <= itemLevel) {
                    endItem(lastEnd);
                }
                return;
            }
            if (before != itemLevel) {
                return;
            }
            char c = text.charAt(tokStart);
            if (!headDecided) {
                head(c);
                if (itemStart < 0) {
                    return;
                }
            }
            if (kind == OPEN) {
                if (c == '{' && !semicolonOnly) {
                    bodyOpen = true;
                }
            } else if (kind == PUNCT) {
                punct(c);
            }
        }

        /** Reads the item's keywords until they tell what it is. */
        private void head(char c) {
            if (kind == IDENT) {
                String word = text.substring(tokStart, tokEnd);
                if (word.equals("fn")) {
                    isFn = true;
                    semicolonOnly = false;
                    commaEnds = false;
                    headDecided = true;
                } else if (SEMICOLON_ITEMS.contains(word)) {
                    // "const" may still turn out to be "const fn".
                    semicolonOnly = true;
                    commaEnds = false;
                    headDecided = !word.equals("const");
                } else if (QUALIFIERS.contains(word)) {
                    return;
                } else {
                    if (ITEM_KEYWORDS.contains(word)) {
                        commaEnds = false;
                    }
                    headDecided = true;
                }
            } else if (kind == LITERAL || kind == OPEN && c == '(' || kind == LIFETIME) {
                // extern "C", pub(crate): the head goes on.
                return;
            } else {
                headDecided = true;
            }
            if (headDecided && !isFn && !itemCfgTest) {
                itemStart = -1;
            }
        }

        private void punct(char c) {
            char after = tokEnd < length ? text.charAt(tokEnd) : 0;
            char prior = tokStart > 0 ? text.charAt(tokStart - 1) : 0;
            if (c == ';') {
                endItem(tokEnd);
            } else if (c == ',') {
                if (commaEnds && angles == 0) {
                    endItem(tokEnd);
                }
            } else if (c == '=') {
                if (after == '>') {
                    angles = 0;
                    afterEquals = true;
                } else if (angles == 0) {
                    afterEquals = true;
                }
            } else if (!afterEquals && c == '<' && after != '=') {
                angles++;
            } else if (!afterEquals && c == '>' && prior != '-' && prior != '=' && after != '=' && angles > 0) {
                angles--;
            }
        }

        /**
         * Reads an attribute after its {@code #}. An outer attribute joins the waiting group, an inner
         * {@code cfg(test)} marks its block. When the {@code #} starts no attribute, the token after it is read
         * again as any other.
         */
        private void attribute() {
            int hash = tokStart;
            int hashEnd = tokEnd;
            next();
            boolean inner = false;
            if (kind == PUNCT && text.charAt(tokStart) == '!') {
                inner = true;
                next();
            }
            if (kind != OPEN || text.charAt(tokStart) != '[') {
                lastEnd = hashEnd;
                pushedBack = true;
                return;
            }
            Attribute a = new Attribute(text);
            int level = 1;
            while (level > 0) {
                next();
                if (kind == EOF) {
                    break;
                }
                if (kind == OPEN) {
                    level++;
                } else if (kind == CLOSE) {
                    level--;
                    if (level == 0) {
                        break;
                    }
                }
                a.token(kind, tokStart, tokEnd, level);
            }
            a.finish();
            lastEnd = kind == EOF ? length : tokEnd;
            if (inner) {
                if (a.cfgTest) {
                    innerCfgTest();
                }
                return;
            }
            if (groupStart < 0) {
                groupStart = hash;
            }
            groupCfgTest |= a.cfgTest;
            groupTestAttribute |= a.testAttribute;
        }

        private void innerCfgTest() {
            groupStart = -1;
            groupCfgTest = false;
            groupTestAttribute = false;
            if (depth == 0) {
                ranges.clear();
                ranges.add(new Range(0, length));
                pos = length;
                return;
            }
            int open = openers[depth - 1];
            while (!ranges.isEmpty() && ranges.get(ranges.size() - 1).start() >= open) {
                ranges.remove(ranges.size() - 1);
            }
            startItem(open, depth - 1, true);
            headDecided = true;
            bodyOpen = true;
            commaEnds = false;
        }

        // The lexer.

        /** Reads the next token, skipping whitespace and ordinary comments. */
        private void next() {
            if (pushedBack) {
                pushedBack = false;
                return;
            }
            while (pos < length) {
                char c = text.charAt(pos);
                if (Character.isWhitespace(c)) {
                    pos++;
                } else if (c == '/' && pos + 1 < length && text.charAt(pos + 1) == '/') {
                    int start = pos;
                    int eol = text.indexOf('\n', pos);
                    pos = eol < 0 ? length : eol;
                    char third = start + 2 < length ? text.charAt(start + 2) : 0;
                    char fourth = start + 3 < length ? text.charAt(start + 3) : 0;
                    if (third == '!') {
                        token(INNER_DOC, start, pos);
                        return;
                    } else if (third == '/' && fourth != '/') {
                        token(OUTER_DOC, start, pos);
                        return;
                    }
                } else if (c == '/' && pos + 1 < length && text.charAt(pos + 1) == '*') {
                    int start = pos;
                    blockComment();
                    char third = start + 2 < length ? text.charAt(start + 2) : 0;
                    char fourth = start + 3 < length ? text.charAt(start + 3) : 0;
                    if (third == '!') {
                        token(INNER_DOC, start, pos);
                        return;
                    } else if (third == '*' && fourth != '*' && fourth != '/') {
                        token(OUTER_DOC, start, pos);
                        return;
                    }
                } else {
                    lexToken(c);
                    return;
                }
            }
            token(EOF, length, length);
        }

        private void token(int k, int start, int end) {
            kind = k;
            tokStart = start;
            tokEnd = end;
        }

        private void blockComment() {
            int nesting = 1;
            pos += 2;
            while (pos < length && nesting > 0) {
                char c = text.charAt(pos);
                if (c == '/' && pos + 1 < length && text.charAt(pos + 1) == '*') {
                    nesting++;
                    pos += 2;
                } else if (c == '*' && pos + 1 < length && text.charAt(pos + 1) == '/') {
                    nesting--;
                    pos += 2;
                } else {
                    pos++;
                }
            }
        }

        private void lexToken(char c) {
            int start = pos;
            if (c == '"') {
                pos = stringEnd(pos + 1);
                token(LITERAL, start, pos);
            } else if (c == '\'') {
                int end = charLiteralEnd(pos);
                if (end > 0) {
                    pos = end;
                    token(LITERAL, start, pos);
                } else if (pos + 1 < length && isIdentPart(text.charAt(pos + 1))) {
                    pos = identEnd(pos + 1);
                    token(LIFETIME, start, pos);
                } else {
                    pos++;
                    token(PUNCT, start, pos);
                }
            } else if (isIdentStart(c)) {
                if (!prefixedLiteral(c)) {
                    pos = identEnd(pos);
                    token(IDENT, start, pos);
                }
            } else if (c >= '0' && c <= '9') {
                pos = identEnd(pos);
                token(LITERAL, start, pos);
            } else if (c == '(' || c == '[' || c == '{') {
                pos++;
                token(OPEN, start, pos);
            } else if (c == ')' || c == ']' || c == '}') {
                pos++;
                token(CLOSE, start, pos);
            } else {
                pos++;
                token(PUNCT, start, pos);
            }
        }

        /**
         * Reads the raw string {@code r"…"} or {@code r#"…"#}, the byte string {@code b"…"} or {@code br#"…"#}, the
         * byte {@code b'…'}, the C string {@code c"…"} or the raw identifier {@code r#name} at {@link #pos}.
         *
         * @param c the character at {@link #pos}
         * @return false when the identifier there is none of them
         */
        private boolean prefixedLiteral(char c) {
            int start = pos;
            int at = pos;
            if (c == 'b' || c == 'c') {
                at++;
                if (at < length && text.charAt(at) == '"') {
                    pos = stringEnd(at + 1);
                    token(LITERAL, start, pos);
                    return true;
                }
                if (c == 'b' && at < length && text.charAt(at) == '\'') {
                    int end = charLiteralEnd(at);
                    if (end > 0) {
                        pos = end;
                        token(LITERAL, start, pos);
                        return true;
                    }
                    return false;
                }
                if (at >= length || text.charAt(at) != 'r') {
                    return false;
                }
            } else if (c != 'r') {
                return false;
            }
            // at is on the r.
            int hashes = 0;
            int q = at + 1;
            while (q < length && text.charAt(q) == '#') {
                hashes++;
                q++;
            }
            if (q < length && text.charAt(q) == '"') {
                pos = rawStringEnd(q + 1, hashes);
                token(LITERAL, start, pos);
                return true;
            }
            if (at == start && hashes == 1 && q < length && isIdentStart(text.charAt(q))) {
                pos = identEnd(q);
                token(IDENT, start, pos);
                return true;
            }
            return false;
        }

        private int stringEnd(int from) {
            int i = from;
            while (i < length) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i += 2;
                } else if (c == '"') {
                    return i + 1;
                } else {
                    i++;
                }
            }
            return length;
        }

        private int rawStringEnd(int from, int hashes) {
            int i = from;
            while (i < length) {
                int quote = text.indexOf('"', i);
                if (quote < 0) {
                    return length;
                }
                int j = quote + 1;
                int n = 0;
                while (n < hashes && j < length && text.charAt(j) == '#') {
                    n++;
                    j++;
                }
                if (n == hashes) {
                    return j;
                }
                // The hashes after this quote cannot hold another quote: go on after them.
                i = j;
            }
            return length;
        }

        /** The end of the character literal at {@code quote}, or -1 when the quote starts a lifetime or a label. */
        private int charLiteralEnd(int quote) {
            int i = quote + 1;
            if (i >= length) {
                return -1;
            }
            char c = text.charAt(i);
            if (c == '\\') {
                // '\n', '\'', '\x7f' and Unicode escapes: the closing quote comes within a few characters.
                int limit = Math.min(length, quote + CHAR_LITERAL_MAX);
                for (int j = i + 2; j < limit; j++) {
                    char d = text.charAt(j);
                    if (d == '\'') {
                        return j + 1;
                    }
                    if (d == '\n') {
                        return -1;
                    }
                }
                return -1;
            }
            if (c == '\n' || c == '\'' && (i + 1 >= length || text.charAt(i + 1) != '\'')) {
                return -1;
            }
            int after = i + Character.charCount(text.codePointAt(i));
            return after < length && text.charAt(after) == '\'' ? after + 1 : -1;
        }

        private int identEnd(int from) {
            int i = from;
            while (i < length && isIdentPart(text.charAt(i))) {
                i++;
            }
            return i;
        }

        private static boolean isIdentStart(char c) {
            return c == '_' || Character.isLetter(c);
        }

        private static boolean isIdentPart(char c) {
            return c == '_' || Character.isLetterOrDigit(c);
        }
    }

    /** Classifies one attribute from the tokens between its brackets, fed one at a time. */
    private static final class Attribute {

        private final String text;

        boolean cfgTest;
        boolean testAttribute;

        /** Still reading the path at the start. */
        private boolean inPath = true;
        private boolean expectSegment = true;
        private int segments;
        private String first;
        private String last;
        /** Inside {@code cfg(…)}. */
        private boolean cfg;
        /** A {@code test} or {@code not} just read, waiting for the next token to tell what it is. */
        private boolean pendingTest;
        private boolean pendingTestNegated;
        private boolean pendingNot;
        /** The bracket levels of the open {@code not(}s. */
        private int[] nots = new int[8];
        private int notCount;

        Attribute(String text) {
            this.text = text;
        }

        void token(int kind, int start, int end, int level) {
            if (inPath) {
                path(kind, start, end, level);
                return;
            }
            if (!cfg) {
                return;
            }
            char c = text.charAt(start);
            if (pendingTest) {
                pendingTest = false;
                if (!(kind == PUNCT && c == '=') && !(kind == OPEN && c == '(') && !pendingTestNegated) {
                    cfgTest = true;
                }
            }
            if (pendingNot) {
                pendingNot = false;
                if (kind == OPEN && c == '(') {
                    if (notCount == nots.length) {
                        nots = Arrays.copyOf(nots, notCount * 2);
                    }
                    nots[notCount++] = level;
                }
            }
            if (kind == CLOSE) {
                // A close arrives with the level after it, so the not( it closes had a higher level.
                while (notCount > 0 && nots[notCount - 1] > level) {
                    notCount--;
                }
                return;
            }
            if (kind == IDENT && level >= 2) {
                String word = text.substring(start, end);
                if (word.equals("test")) {
                    pendingTest = true;
                    pendingTestNegated = notCount > 0;
                } else if (word.equals("not")) {
                    pendingNot = true;
                }
            }
        }

        private void path(int kind, int start, int end, int level) {
            char c = text.charAt(start);
            if (expectSegment && kind == IDENT && level == 1) {
                String word = text.substring(start, end);
                if (segments == 0) {
                    first = word;
                }
                last = word;
                segments++;
                expectSegment = false;
                return;
            }
            if (kind == PUNCT && c == ':' && level == 1) {
                expectSegment = true;
                return;
            }
            inPath = false;
            classifyPath();
            if (segments == 1 && "cfg".equals(first) && kind == OPEN && c == '(') {
                cfg = true;
            }
        }

        private void classifyPath() {
            if (segments > 0 && !expectSegment && TEST_ATTRIBUTES.contains(last)) {
                testAttribute = true;
            }
        }

        void finish() {
            if (inPath) {
                inPath = false;
                classifyPath();
            }
            if (pendingTest && !pendingTestNegated) {
                cfgTest = true;
            }
        }
    }
}
