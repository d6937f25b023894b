package io.github.spectrace.core.internal.results;

import io.github.spectrace.core.internal.markdown.LineIndex;
import io.github.spectrace.core.model.TestMethod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An outline of a Java source file: its classes and methods, and the characters that belong to each. The file is
 * read by a small hand-written scanner that knows Java's lexical structure (comments, Javadoc, string and char
 * literals, text blocks, Unicode escapes) and just enough of its declarations to find classes, members and the
 * ends of bodies; method bodies and field initializers are skipped by counting braces, so lambdas, anonymous,
 * local and enum constant classes never need to be parsed.
 *
 * <p>It replaced javac's tree API ({@code JavacTask.parse()}), whose task set-up and cold parser took nearly all of
 * the {@code proofs} phase in a cold Maven JVM; that outline is kept in the tests as an oracle ({@code JavacOutline},
 * {@code JavaOutlineOracleTest}), which this one must agree with on every file javac parses without errors.
 *
 * <p>A method owns its header (the comments, Javadoc and annotations after the previous member), its signature,
 * its body and the comments that start on the line of its closing brace. A class owns everything from its own
 * header to its first method, except its nested classes; the first top-level class also owns the package, the
 * imports and the file header. Class names are binary names built from the package and the declarations, so a
 * nested class is {@code Outer$Inner}, as in Surefire reports. Local and anonymous classes, including enum
 * constant bodies, are not classes of the outline: they belong to the method or class region they are in.
 * Methods without a body (abstract and interface methods) are methods; constructors, compact constructors
 * included, are not.
 *
 * <p>Unicode escapes are decoded first, as javac does (JLS 3.3: {@code \}{@code uXXXX} with any number of
 * {@code u}, unless the backslash is itself escaped by an odd number of backslashes), so that an escaped brace,
 * quote or line end counts. Positions are character offsets into the text as given, before escapes are decoded,
 * which is what the tracer counts too.
 *
 * <p>A file that does not compile is outlined as far as its declarations are recognised, and outlining never
 * throws and takes linear time on any text. The recovery is simpler than javac's: a string or char literal ends at
 * its line end, an unclosed comment or text block runs to the end of the text, a body left open runs to the end of
 * the text (so later methods belong to it, as they do for javac), an extra closing brace ends the class it closes,
 * and a member without a name (a class or method whose name is missing or a keyword) is not in the outline, although
 * the text it covers still ends the member before it. A body with unbalanced parentheses inside it still ends at
 * its closing brace. Text that is no declaration at the top level is skipped. Classes nested more than 100 deep
 * are read as blocks and not outlined, so that no text can exhaust the stack.
 */
// SPEC-CORE-1042
final class JavaOutline {

    private record Type(String name, int start, int end, int firstMethod) {
    }

    private record Method(TestMethod test, int start, int end) {
    }

    private final LineIndex lines;
    private final List<Type> types = new ArrayList<>();
    private final List<Method> methods = new ArrayList<>();

    private JavaOutline(String text) {
        this.lines = new LineIndex(text);
    }

    /**
     * Outlines a source file.
     *
     * @param text the file content
     * @return the outline
     */
    static JavaOutline parse(String text) {
        JavaOutline outline = new JavaOutline(text);
        new Parser(new Source(text), outline).unit();
        return outline;
    }

    /**
     * Outlines source files, each on its own.
     *
     * @param texts the file contents
     * @return the outlines, in the order of the texts
     */
    static List<JavaOutline> parse(List<String> texts) {
        return texts.stream().map(JavaOutline::parse).toList();
    }

    /**
     * The test methods a citation at a position belongs to.
     *
     * @param line 1-based line, counting {@code \n} only, as the tracer does
     * @param column 1-based column, in UTF-16 characters; a tab is one column
     * @return the enclosing method; or every method of the class (nested classes included) when the position is
     *     in the class's part before its first method; or nothing. Sorted, without duplicates.
     */
    List<TestMethod> methodsAt(int line, int column) {
        if (line < 1 || line > lines.lineCount() || column < 1) {
            return List.of();
        }
        int offset = lines.offset(line, column);
        for (Method m : methods) {
            if (m.start() <= offset && offset < m.end()) {
                return List.of(m.test());
            }
        }
        Type inner = null;
        for (Type t : types) {
            // Regions nest, so the innermost class is the smallest one around the offset.
            if (t.start() <= offset && offset < t.end()
                    && (inner == null || t.end() - t.start() < inner.end() - inner.start())) {
                inner = t;
            }
        }
        if (inner == null || offset >= inner.firstMethod()) {
            return List.of();
        }
        TreeSet<TestMethod> all = new TreeSet<>();
        for (Method m : methods) {
            String c = m.test().className();
            if (c.equals(inner.name()) || c.startsWith(inner.name() + "$")) {
                all.add(m.test());
            }
        }
        return List.copyOf(all);
    }

    /**
     * Every method found, constructors excluded.
     *
     * @return the methods, sorted, without duplicates
     */
    List<TestMethod> methods() {
        TreeSet<TestMethod> all = new TreeSet<>();
        methods.forEach(m -> all.add(m.test()));
        return List.copyOf(all);
    }

    /**
     * A source text with its Unicode escapes decoded, and the offset in the text of each decoded character. Without
     * a {@code \}{@code u} in the text, which is nearly always, the decoded text is the text.
     */
    private static final class Source {

        final String text;
        final char[] chars;
        final int length;
        /** The text offset of each decoded character and of the end; null when decoding changed nothing. */
        private final int[] offsets;

        Source(String text) {
            this.text = text;
            if (!text.contains("\\u")) {
                chars = text.toCharArray();
                length = chars.length;
                offsets = null;
                return;
            }
            char[] c = new char[text.length()];
            int[] o = new int[text.length() + 1];
            int n = 0;
            // The number of backslashes right before i in the text, which decide whether one at i may start an
            // escape: an escape's own backslash and the character it stands for do not count.
            int backslashes = 0;
            int i = 0;
            while (i < text.length()) {
                char ch = text.charAt(i);
                int e = ch == '\\' && backslashes % 2 == 0 ? escapeEnd(text, i) : -1;
                o[n] = i;
                if (e < 0) {
                    c[n++] = ch;
                    backslashes = ch == '\\' ? backslashes + 1 : 0;
                    i++;
                } else {
                    c[n++] = (char) Integer.parseInt(text, e - 4, e, 16);
                    backslashes = 0;
                    i = e;
                }
            }
            o[n] = text.length();
            chars = c;
            length = n;
            offsets = o;
        }

        /** The end of the Unicode escape whose backslash is at {@code i}, or -1 if there is none. */
        private static int escapeEnd(String text, int i) {
            int j = i + 1;
            while (j < text.length() && text.charAt(j) == 'u') {
                j++;
            }
            if (j == i + 1 || j + 4 > text.length()) {
                return -1;
            }
            for (int k = j; k < j + 4; k++) {
                if (Character.digit(text.charAt(k), 16) < 0) {
                    return -1;
                }
            }
            return j + 4;
        }

        /** Whether the text between two decoded offsets has a {@code \n} of its own, not an escaped one. */
        boolean hasLineFeed(int from, int to) {
            for (int i = offset(from); i < offset(to); i++) {
                if (text.charAt(i) == '\n') {
                    return true;
                }
            }
            return false;
        }

        /** The text offset of a decoded offset. */
        int offset(int decoded) {
            return offsets == null ? decoded : offsets[decoded];
        }
    }

    /**
     * The tokens of a source: identifiers and keywords, literals, and single punctuation characters (operators of
     * several characters are not needed to find declarations, and {@code >>} read as two tokens closes two type
     * argument lists). Comments and blanks are not tokens. Offsets are decoded offsets.
     */
    private static final class Tokens {

        static final int IDENT = -1;
        static final int LITERAL = -2;
        static final int EOF = -3;

        int[] kind = new int[256];
        int[] start = new int[256];
        int[] end = new int[256];
        int count;

        Tokens(Source src) {
            char[] c = src.chars;
            int n = src.length;
            int i = 0;
            while (i < n) {
                char ch = c[i];
                if (ch == ' ' || ch == '\t' || ch == '\f' || ch == '\r' || ch == '\n') {
                    i++;
                } else if (ch == '/' && i + 1 < n && c[i + 1] == '/') {
                    i = lineEnd(c, n, i);
                } else if (ch == '/' && i + 1 < n && c[i + 1] == '*') {
                    i = commentEnd(c, n, i);
                } else if (ch == '"' && i + 2 < n && c[i + 1] == '"' && c[i + 2] == '"') {
                    i = add(LITERAL, i, textBlockEnd(c, n, i + 3));
                } else if (ch == '"' || ch == '\'') {
                    i = add(LITERAL, i, quotedEnd(c, n, i + 1, ch));
                } else if (Character.isJavaIdentifierStart(Character.codePointAt(c, i, n))) {
                    int j = i + Character.charCount(Character.codePointAt(c, i, n));
                    while (j < n && Character.isJavaIdentifierPart(Character.codePointAt(c, j, n))) {
                        j += Character.charCount(Character.codePointAt(c, j, n));
                    }
                    i = add(IDENT, i, j);
                } else if (Character.isDigit(ch) || ch == '.' && i + 1 < n && Character.isDigit(c[i + 1])) {
                    i = add(LITERAL, i, numberEnd(c, n, i));
                } else {
                    i = add(ch, i, i + 1);
                }
            }
            add(EOF, n, n);
        }

        private int add(int k, int s, int e) {
            if (count == kind.length) {
                kind = Arrays.copyOf(kind, count * 2);
                start = Arrays.copyOf(start, count * 2);
                end = Arrays.copyOf(end, count * 2);
            }
            kind[count] = k;
            start[count] = s;
            end[count] = e;
            count++;
            return e;
        }

        /** Where the line comment at {@code from} ends: at its line terminator or at the end of the text. */
        static int lineEnd(char[] c, int n, int from) {
            int i = from;
            while (i < n && c[i] != '\n' && c[i] != '\r') {
                i++;
            }
            return i;
        }

        /** The offset after the block comment at {@code from}, or the end of the text if it is not closed. */
        static int commentEnd(char[] c, int n, int from) {
            for (int i = from + 2; i + 1 < n; i++) {
                if (c[i] == '*' && c[i + 1] == '/') {
                    return i + 2;
                }
            }
            return n;
        }

        /** The end of a string or char literal whose content starts at {@code from}; an unclosed one ends its line. */
        private static int quotedEnd(char[] c, int n, int from, char quote) {
            int i = from;
            while (i < n && c[i] != '\n' && c[i] != '\r') {
                if (c[i] == quote) {
                    return i + 1;
                }
                i += c[i] == '\\' && i + 1 < n && c[i + 1] != '\n' && c[i + 1] != '\r' ? 2 : 1;
            }
            return i;
        }

        /** The end of a text block whose content starts at {@code from}; an unclosed one ends the text. */
        private static int textBlockEnd(char[] c, int n, int from) {
            int i = from;
            while (i < n) {
                if (c[i] == '"' && i + 2 < n && c[i + 1] == '"' && c[i + 2] == '"') {
                    return i + 3;
                }
                i += c[i] == '\\' ? 2 : 1;
            }
            return n;
        }

        /** The end of a number; its exact form does not matter, only that it is one token. */
        private static int numberEnd(char[] c, int n, int from) {
            boolean hex = c[from] == '0' && from + 1 < n && (c[from + 1] == 'x' || c[from + 1] == 'X');
            int i = from;
            while (i < n) {
                char ch = c[i];
                if (Character.isLetterOrDigit(ch) || ch == '_' || ch == '.') {
                    i++;
                } else if ((ch == '+' || ch == '-') && i > from
                        && (hex ? c[i - 1] == 'p' || c[i - 1] == 'P' : c[i - 1] == 'e' || c[i - 1] == 'E')) {
                    i++;
                } else {
                    break;
                }
            }
            return i;
        }
    }

    /**
     * One pass over the tokens of a file that fills an outline. Every loop consumes at least one token per turn or
     * stops at a closing brace or the end, so a pass is linear in the length of the text.
     */
    private static final class Parser {

        private static final int IDENT = Tokens.IDENT;
        private static final int EOF = Tokens.EOF;

        private static final Set<String> MODIFIERS = Set.of("public", "protected", "private", "static", "abstract",
                "final", "native", "synchronized", "transient", "volatile", "strictfp", "default");

        /** Words that cannot name a class or method (JLS 3.9), where javac's error recovery would name it none. */
        private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
                "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
                "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
                "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
                "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
                "void", "volatile", "while", "true", "false", "null", "_");

        /** Classes nested deeper than this are not outlined. */
        private static final int MAX_DEPTH = 100;

        /** What a member is, as far as the outline cares. */
        private enum Kind { METHOD, OTHER }

        private final Source src;
        private final Tokens tokens;
        private final int[] kind;
        private final int[] start;
        private final int[] end;
        private final JavaOutline into;
        private int p;
        /** How many classes the current token is in. */
        private int depth;
        /** The name of the last member read, if it was a method. */
        private String methodName;

        Parser(Source src, JavaOutline into) {
            this.src = src;
            this.tokens = new Tokens(src);
            this.kind = tokens.kind;
            this.start = tokens.start;
            this.end = tokens.end;
            this.into = into;
        }

        void unit() {
            skipModifiers();
            String prefix = "";
            if (word(p, "package")) {
                p++;
                StringBuilder pkg = new StringBuilder();
                while (kind[p] == IDENT || kind[p] == '.') {
                    pkg.append(kind[p] == '.' ? "." : name(p));
                    p++;
                }
                prefix = pkg.length() == 0 ? "" : pkg + ".";
                if (kind[p] == ';') {
                    p++;
                }
            } else {
                // Annotations without a package belong to the first declaration.
                p = 0;
            }
            boolean first = true;
            boolean firstDecl = true;
            int reached = 0;
            while (kind[p] != EOF) {
                if (kind[p] == ';') {
                    // javac keeps a semicolon between declarations as a tree of its own, whose end a later class's
                    // header starts after.
                    reached = Math.max(reached, end[p++]);
                    firstDecl = false;
                    continue;
                }
                if (word(p, "import")) {
                    skipToSemicolon();
                    reached = Math.max(reached, end[p - 1]);
                    continue;
                }
                int s = start[p];
                int q = p;
                skipModifiers();
                if (firstDecl && (word(p, "module") || word(p, "open") && word(p + 1, "module"))) {
                    // A module declaration has no classes.
                    return;
                }
                firstDecl = false;
                if (typeStart()) {
                    int header = first ? 0 : Math.min(trailing(reached), s);
                    first = false;
                    reached = Math.max(reached, type(prefix, header, false));
                } else {
                    // Not a declaration: skipped, a block as a whole so that its members are not read as classes,
                    // and not part of the next class's header either.
                    if (p == q) {
                        if (kind[p] == '{') {
                            skipBraces();
                        } else {
                            p++;
                        }
                    }
                    reached = Math.max(reached, end[p - 1]);
                }
            }
        }

        /**
         * Reads a class, interface, enum, record or annotation type from its keyword, adding it and its members to
         * the outline unless {@code discard}.
         *
         * @return the decoded offset of its end
         */
        private int type(String prefix, int headerStart, boolean discard) {
            depth++;
            try {
                return typeAt(prefix, headerStart, discard);
            } finally {
                depth--;
            }
        }

        private int typeAt(String prefix, int headerStart, boolean discard) {
            boolean isEnum = word(p, "enum");
            if (kind[p] == '@') {
                p++;
            }
            p++;
            String name = null;
            if (kind[p] == IDENT && !keyword(p)) {
                name = prefix + name(p);
                p++;
            }
            // A class without a name is not outlined, nor is anything in it, as with javac's recovery.
            boolean skip = discard || name == null;
            // The body starts at the first brace of the header outside annotations, which are the only part of a
            // header that can hold one: @A({1}) on a record component or a type argument.
            while (kind[p] != '{') {
                if (kind[p] == ';' || kind[p] == '}' || kind[p] == EOF) {
                    int e = Math.max(headerStart, end[p - 1]);
                    if (!skip) {
                        into.types.add(new Type(name, src.offset(headerStart), src.offset(e), Integer.MAX_VALUE));
                    }
                    return e;
                }
                if (kind[p] == '@' && !word(p + 1, "interface")) {
                    skipAnnotation();
                } else {
                    p++;
                }
            }
            if (depth > MAX_DEPTH) {
                // Deeper classes are read as blocks, not outlined, so that no text can exhaust the stack.
                skipBraces();
                return end[p - 1];
            }
            int reached = end[p];
            p++;
            int firstMethod = Integer.MAX_VALUE;
            // A method's region ends once the next member starts, so that the comments it owns on the line of its
            // closing brace can never reach into the next member.
            String open = null;
            int openStart = 0;
            boolean constants = isEnum;
            while (kind[p] != '}' && kind[p] != EOF) {
                if (kind[p] == ';' || constants && kind[p] == ',') {
                    // Empty declarations and the separators of enum constants are in no member.
                    constants = constants && kind[p] == ',';
                    p++;
                    continue;
                }
                int s = start[p];
                int header = Math.min(trailing(reached), s);
                if (open != null) {
                    addMethod(name, open, openStart, header);
                    open = null;
                }
                Kind k = constants ? constant() : member(skip ? null : name + "$", header);
                if (k == Kind.METHOD) {
                    open = methodName;
                    openStart = header;
                    firstMethod = Math.min(firstMethod, header);
                }
                reached = Math.max(reached, end[p - 1]);
            }
            int close = Math.max(kind[p] == '}' ? end[p++] : src.length, reached);
            if (open != null) {
                addMethod(name, open, openStart, Math.min(trailing(reached), close));
            }
            if (!skip) {
                int fm = firstMethod == Integer.MAX_VALUE ? firstMethod : src.offset(firstMethod);
                into.types.add(new Type(name, src.offset(headerStart), src.offset(close), fm));
            }
            return close;
        }

        private void addMethod(String className, String method, int from, int to) {
            if (className != null) {
                into.methods.add(new Method(new TestMethod(className, method), src.offset(from), src.offset(to)));
            }
        }

        /** Reads an enum constant: annotations, its name, its arguments and its body, which is an anonymous class. */
        private Kind constant() {
            int q = p;
            while (kind[p] == '@') {
                skipAnnotation();
            }
            if (kind[p] == IDENT) {
                p++;
            }
            if (kind[p] == '(') {
                skipParens(true);
            }
            if (kind[p] == '{') {
                skipBraces();
            }
            if (p == q) {
                p++;
            }
            return Kind.OTHER;
        }

        /**
         * Reads a member of a class body: a nested type (outlined, unless {@code nestedPrefix} is null), an
         * initializer, a field, a constructor or a method, whose name is then in {@link #methodName}.
         */
        private Kind member(String nestedPrefix, int header) {
            skipModifiers();
            if (typeStart()) {
                type(nestedPrefix == null ? "" : nestedPrefix, header, nestedPrefix == null);
                return Kind.OTHER;
            }
            if (kind[p] == '{') {
                skipBraces();
                return Kind.OTHER;
            }
            if (kind[p] == '<') {
                skipTypeParameters();
            }
            // The words of the result type and the name, not counting annotations: a constructor has only a name.
            int words = 0;
            while (true) {
                int k = kind[p];
                if (k == '@' && !word(p + 1, "interface")) {
                    skipAnnotation();
                } else if (k == '(') {
                    boolean named = words >= 2 && kind[p - 1] == IDENT && !keyword(p - 1);
                    String n = named ? name(p - 1) : null;
                    skipParens(false);
                    methodRest();
                    methodName = n;
                    return named ? Kind.METHOD : Kind.OTHER;
                } else if (k == '=' || k == ';') {
                    skipToSemicolon();
                    return Kind.OTHER;
                } else if (k == '{') {
                    // A compact constructor, or a member javac could not read either.
                    skipBraces();
                    return Kind.OTHER;
                } else if (k == '}' || k == EOF) {
                    return Kind.OTHER;
                } else {
                    words++;
                    p++;
                }
            }
        }

        /** Skips what follows a method's parameters: dimensions, throws, then a body, a default value or {@code ;}. */
        private void methodRest() {
            while (true) {
                int k = kind[p];
                if (k == '{') {
                    skipBraces();
                    return;
                } else if (k == ';') {
                    p++;
                    return;
                } else if (word(p, "default")) {
                    skipToSemicolon();
                    return;
                } else if (k == '@') {
                    skipAnnotation();
                } else if (k == '}' || k == EOF) {
                    return;
                } else {
                    p++;
                }
            }
        }

        /** Whether a class, interface, enum, record or annotation type is declared at the current token. */
        private boolean typeStart() {
            return word(p, "class") || word(p, "interface") || word(p, "enum")
                    || kind[p] == '@' && word(p + 1, "interface")
                    || word(p, "record") && kind[p + 1] == IDENT && !keyword(p + 1);
        }

        /** Skips modifiers and annotations, {@code sealed} and {@code non-sealed} included. */
        private void skipModifiers() {
            while (true) {
                if (kind[p] == '@' && !word(p + 1, "interface")) {
                    skipAnnotation();
                } else if (kind[p] == IDENT && MODIFIERS.contains(name(p))) {
                    p++;
                } else if (word(p, "sealed") && (kind[p + 1] == IDENT || kind[p + 1] == '@')) {
                    p++;
                } else if (word(p, "non") && kind[p + 1] == '-' && word(p + 2, "sealed")) {
                    p += 3;
                } else {
                    return;
                }
            }
        }

        /** Skips an annotation at {@code @}: its name and its arguments. */
        private void skipAnnotation() {
            p++;
            if (kind[p] == IDENT) {
                p++;
            }
            while (kind[p] == '.' && kind[p + 1] == IDENT) {
                p += 2;
            }
            if (kind[p] == '(') {
                skipParens(true);
            }
        }

        /**
         * Skips a parenthesised list at {@code (}. Braces in it are allowed only in annotation arguments; a brace
         * directly in a parameter list, or a semicolon or unmatched closing brace anywhere, ends a list left open.
         */
        private void skipParens(boolean bracesAllowed) {
            int parens = 0;
            int braces = 0;
            while (kind[p] != EOF) {
                int k = kind[p];
                if (k == ';' && braces == 0 || k == '}' && braces == 0
                        || k == '{' && !bracesAllowed && parens == 1) {
                    return;
                }
                p++;
                if (k == '(') {
                    parens++;
                } else if (k == ')' && --parens == 0) {
                    return;
                } else if (k == '{') {
                    braces++;
                } else if (k == '}') {
                    braces--;
                }
            }
        }

        /** Skips a method's type parameters at {@code <}, up to the matching {@code >}. */
        private void skipTypeParameters() {
            int depth = 0;
            while (true) {
                int k = kind[p];
                if (k == '@') {
                    skipAnnotation();
                    continue;
                }
                if (k == '(' || k == '{' || k == '}' || k == ';' || k == '=' || k == EOF) {
                    return;
                }
                p++;
                if (k == '<') {
                    depth++;
                } else if (k == '>' && --depth == 0) {
                    return;
                }
            }
        }

        /** Skips a block at {@code {} up to its closing brace, or to the end of the text if it is not closed. */
        private void skipBraces() {
            int depth = 0;
            while (kind[p] != EOF) {
                int k = kind[p++];
                if (k == '{') {
                    depth++;
                } else if (k == '}' && --depth == 0) {
                    return;
                }
            }
        }

        /** Skips to after the next semicolon outside braces, or to an unmatched closing brace. */
        private void skipToSemicolon() {
            int depth = 0;
            while (kind[p] != EOF) {
                int k = kind[p];
                if (k == '}' && depth == 0) {
                    return;
                }
                p++;
                if (k == ';' && depth == 0) {
                    return;
                } else if (k == '{') {
                    depth++;
                } else if (k == '}') {
                    depth--;
                }
            }
        }

        /**
         * Skips the blanks, and the comments that start on the line of {@code from}: where the header of the member
         * after {@code from} starts, and where the member before it ends.
         */
        private int trailing(int from) {
            char[] c = src.chars;
            int n = src.length;
            int i = from;
            while (i < n) {
                char ch = c[i];
                if (ch == ' ' || ch == '\t' || ch == '\f' || ch == '\r') {
                    i++;
                } else if (ch == '/' && i + 1 < n && c[i + 1] == '/') {
                    return Tokens.lineEnd(c, n, i);
                } else if (ch == '/' && i + 1 < n && c[i + 1] == '*') {
                    int e = Tokens.commentEnd(c, n, i);
                    // Only a line end in the text counts here, not an escaped one.
                    if (src.hasLineFeed(i, e)) {
                        return e;
                    }
                    i = e;
                } else {
                    return i;
                }
            }
            return i;
        }

        /** Whether the token at {@code i} is the identifier or keyword {@code w}. */
        private boolean word(int i, String w) {
            if (kind[i] != IDENT || end[i] - start[i] != w.length()) {
                return false;
            }
            char[] c = src.chars;
            for (int k = 0; k < w.length(); k++) {
                if (c[start[i] + k] != w.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private boolean keyword(int i) {
            return KEYWORDS.contains(name(i));
        }

        /** The identifier at {@code i}, without the characters javac ignores in identifiers. */
        private String name(int i) {
            StringBuilder b = new StringBuilder(end[i] - start[i]);
            for (int k = start[i]; k < end[i]; k++) {
                char ch = src.chars[k];
                if (!Character.isIdentifierIgnorable(ch)) {
                    b.append(ch);
                }
            }
            return b.toString();
        }
    }
}
