package io.github.spectrace.core.internal.results;

import io.github.spectrace.core.internal.markdown.LineIndex;
import io.github.spectrace.core.model.TestMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A heuristic outline of a Java source file: its classes and methods, and the characters that belong to each.
 * It is a tokenizer and a brace counter, not a parser: braces and semicolons in strings, text blocks, character
 * literals and comments are ignored, annotations are skipped, and a member ends at its {@code ;} or its closing
 * brace. Unicode escapes in the source are not decoded.
 *
 * <p>A method owns its header (the comments and annotations after the previous member), its signature, its body
 * and a comment that starts on the line of its closing brace. A class owns everything from its own header to its
 * first method, except its nested classes; the first top-level class also owns the package, the imports and the
 * file header. Class names are binary names built from the package and the declarations, so a nested class is
 * {@code Outer$Inner}, as in Surefire reports. Local and anonymous classes belong to their method.
 */
// SPEC-CORE-1042
final class JavaOutline {

    private static final Set<String> TYPE_KEYWORDS = Set.of("class", "interface", "enum");

    private enum Kind { WORD, PUNCT, LITERAL, COMMENT }

    private record Token(Kind kind, String text, int start, int end) {
        boolean is(char c) {
            return kind == Kind.PUNCT && text.charAt(0) == c;
        }

        boolean isWord() {
            return kind == Kind.WORD;
        }
    }

    private static final class Type {
        final String name;
        final int start;
        int end;
        int firstMethod = Integer.MAX_VALUE;

        Type(String name, int start) {
            this.name = name;
            this.start = start;
        }
    }

    private static final class Method {
        final TestMethod test;
        final int start;
        int end;

        Method(TestMethod test, int start, int end) {
            this.test = test;
            this.start = start;
            this.end = end;
        }
    }

    private final String text;
    private final LineIndex lines;
    private final List<Token> tokens;
    private final List<Type> types = new ArrayList<>();
    private final List<Method> methods = new ArrayList<>();
    private String pkg = "";
    private boolean sawTopLevel;
    // Where the member just parsed ended, and the method it was, if any.
    private int memberEnd;
    private Method memberMethod;

    private JavaOutline(String text) {
        this.text = text;
        this.lines = new LineIndex(text);
        this.tokens = tokenize(text);
    }

    /**
     * Outlines a source file.
     *
     * @param text the file content
     * @return the outline
     */
    static JavaOutline parse(String text) {
        JavaOutline o = new JavaOutline(text);
        o.members(0, null, 0);
        return o;
    }

    /**
     * The test methods a citation at a position belongs to.
     *
     * @param line 1-based line, counting {@code \n} only, as the tracer does
     * @param column 1-based column
     * @return the enclosing method; or every method of the class (nested classes included) when the position is
     *     in the class's part before its first method; or nothing. Sorted, without duplicates.
     */
    List<TestMethod> methodsAt(int line, int column) {
        if (line < 1 || line > lines.lineCount() || column < 1) {
            return List.of();
        }
        int offset = lines.offset(line, column);
        for (Method m : methods) {
            if (m.start <= offset && offset < m.end) {
                return List.of(m.test);
            }
        }
        Type inner = null;
        for (Type t : types) {
            if (t.start <= offset && offset < t.end && (inner == null || t.start > inner.start)) {
                inner = t;
            }
        }
        if (inner == null || offset >= inner.firstMethod) {
            return List.of();
        }
        TreeSet<TestMethod> all = new TreeSet<>();
        for (Method m : methods) {
            String c = m.test.className();
            if (c.equals(inner.name) || c.startsWith(inner.name + "$")) {
                all.add(m.test);
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
        methods.forEach(m -> all.add(m.test));
        return List.copyOf(all);
    }

    /** Parses members until the brace that closes the body; returns that brace's index, or the token count. */
    private int members(int i, Type owner, int bodyStart) {
        memberEnd = bodyStart;
        memberMethod = null;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.is('}')) {
                return i;
            }
            if (t.kind() == Kind.COMMENT && sameLine(memberEnd, t.start())) {
                if (memberMethod != null) {
                    memberMethod.end = Math.max(memberMethod.end, t.end());
                }
                i++;
                continue;
            }
            int next = member(i, owner);
            if (next == i) {
                i++;
            } else {
                i = next;
            }
        }
        return tokens.size();
    }

    /** Parses one member starting at its first header token; returns the index after it. */
    private int member(int i, Type owner) {
        int start = tokens.get(i).start();
        int depth = 0;
        boolean assigned = false;
        String typeName = null;
        String methodName = null;
        Token prev = null;
        memberMethod = null;
        int j = i;
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            if (t.kind() == Kind.COMMENT) {
                j++;
                continue;
            }
            if (depth == 0) {
                if (t.is('@') && !(j + 1 < tokens.size() && tokens.get(j + 1).text().equals("interface"))) {
                    j = skipAnnotation(j);
                    prev = null;
                    continue;
                }
                if (t.is(';')) {
                    if (owner == null && tokens.get(i).text().equals("package")) {
                        pkg = join(i + 1, j);
                    }
                    memberEnd = t.end();
                    return j + 1;
                }
                if (t.is('}')) {
                    memberEnd = t.start();
                    return j;
                }
                if (t.is('=')) {
                    assigned = true;
                } else if (t.isWord() && typeName == null && !assigned && !(prev != null && prev.is('.'))) {
                    typeName = typeName(j);
                }
                if (t.is('{')) {
                    if (typeName != null) {
                        return type(j, owner, typeName, start);
                    }
                    int close = matchBrace(j);
                    if (assigned) {
                        // A field initialiser: an array, a lambda or an anonymous class; the field ends at ';'.
                        prev = close < tokens.size() ? tokens.get(close) : t;
                        j = close + 1;
                        continue;
                    }
                    memberEnd = endOf(close);
                    if (methodName != null && owner != null && !methodName.equals(simpleName(owner.name))) {
                        memberMethod = new Method(new TestMethod(owner.name, methodName), start, memberEnd);
                        methods.add(memberMethod);
                        owner.firstMethod = Math.min(owner.firstMethod, start);
                    }
                    return close + 1;
                }
            }
            if (t.is('(')) {
                if (depth == 0 && methodName == null && typeName == null && !assigned && prev != null
                        && prev.isWord()) {
                    methodName = prev.text();
                }
                depth++;
            } else if (t.is(')')) {
                depth = Math.max(0, depth - 1);
            }
            prev = t;
            j++;
        }
        memberEnd = text.length();
        return j;
    }

    private int type(int open, Type owner, String name, int headerStart) {
        String binary = owner != null ? owner.name + "$" + name : pkg.isEmpty() ? name : pkg + "." + name;
        Type type = new Type(binary, owner == null && !sawTopLevel ? 0 : headerStart);
        sawTopLevel |= owner == null;
        types.add(type);
        int close = members(open + 1, type, tokens.get(open).end());
        type.end = endOf(close);
        memberEnd = type.end;
        memberMethod = null;
        return close + 1;
    }

    /** The declared name if the word at {@code j} starts a type declaration, else null. */
    private String typeName(int j) {
        String w = tokens.get(j).text();
        Token next = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
        if (next == null || !next.isWord()) {
            return null;
        }
        if (TYPE_KEYWORDS.contains(w)) {
            return next.text();
        }
        // 'record' is a keyword only in a declaration: record Name( or record Name<.
        Token after = j + 2 < tokens.size() ? tokens.get(j + 2) : null;
        return w.equals("record") && after != null && (after.is('(') || after.is('<')) ? next.text() : null;
    }

    /** Skips {@code @Name}, {@code @a.b.Name} and {@code @Name(...)}. */
    private int skipAnnotation(int at) {
        int j = at + 1;
        if (j < tokens.size() && tokens.get(j).isWord()) {
            j++;
        }
        while (j + 1 < tokens.size() && tokens.get(j).is('.') && tokens.get(j + 1).isWord()) {
            j += 2;
        }
        while (j < tokens.size() && tokens.get(j).kind() == Kind.COMMENT) {
            j++;
        }
        if (j < tokens.size() && tokens.get(j).is('(')) {
            int depth = 0;
            for (; j < tokens.size(); j++) {
                Token t = tokens.get(j);
                if (t.is('(')) {
                    depth++;
                } else if (t.is(')') && --depth == 0) {
                    return j + 1;
                }
            }
        }
        return j;
    }

    private int matchBrace(int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is('{')) {
                depth++;
            } else if (t.is('}') && --depth == 0) {
                return k;
            }
        }
        return tokens.size();
    }

    private int endOf(int close) {
        return close < tokens.size() ? tokens.get(close).end() : text.length();
    }

    private String join(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.isWord() || t.is('.')) {
                sb.append(t.text());
            }
        }
        return sb.toString();
    }

    private boolean sameLine(int from, int to) {
        int lf = text.indexOf('\n', from);
        return lf < 0 || lf >= to;
    }

    private static String simpleName(String binary) {
        return binary.substring(Math.max(binary.lastIndexOf('.'), binary.lastIndexOf('$')) + 1);
    }


    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                int e = s.indexOf('\n', i);
                i = e < 0 ? n : e;
                out.add(new Token(Kind.COMMENT, "", start, i));
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int e = s.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
                out.add(new Token(Kind.COMMENT, "", start, i));
            } else if (s.startsWith("\"\"\"", i)) {
                i += 3;
                while (i < n && !s.startsWith("\"\"\"", i)) {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i = Math.min(n, i + 3);
                out.add(new Token(Kind.LITERAL, "", start, i));
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && s.charAt(i) != c && s.charAt(i) != '\n') {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i = Math.min(n, i + 1);
                out.add(new Token(Kind.LITERAL, "", start, i));
            } else if (Character.isJavaIdentifierPart(c)) {
                while (i < n && Character.isJavaIdentifierPart(s.charAt(i))) {
                    i++;
                }
                out.add(new Token(Kind.WORD, s.substring(start, i), start, i));
            } else {
                i++;
                out.add(new Token(Kind.PUNCT, String.valueOf(c), start, i));
            }
        }
        return out;
    }
}
