package io.github.spectrace.core.internal.results;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import io.github.spectrace.core.internal.markdown.LineIndex;
import io.github.spectrace.core.model.TestMethod;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.lang.model.element.Name;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/**
 * The test oracle of {@link JavaOutline}: the same outline, built from javac's syntax tree ({@link JavacTask#parse()}:
 * syntax only, no symbols, no attribution, no annotation processing) rather than by a hand-written scan.
 *
 * <p>This was the production outline until a measurement showed that javac's task set-up and cold parser took
 * nearly all of the {@code proofs} phase (270 ms of a cold Maven build of the example); {@link JavaOutline} is the
 * replacement, and {@code JavaOutlineOracleTest} checks that the two agree on every file javac parses without
 * errors. The region rules are those of {@link JavaOutline}; {@link #errors()} tells whether javac reported a syntax
 * error, since the two are only required to agree on files that compile.
 */
// SPEC-CORE-1042
final class JavacOutline {

    // -proc:none: a parse runs no processors, but without it javac would still search the class path for them.
    private static final List<String> OPTIONS = List.of("-proc:none");

    private record Type(String name, int start, int end, int firstMethod) {
    }

    private record Method(TestMethod test, int start, int end) {
    }

    private final LineIndex lines;
    private boolean errors;
    private final List<Type> types = new ArrayList<>();
    private final List<Method> methods = new ArrayList<>();

    private JavacOutline(String text) {
        this.lines = new LineIndex(text);
    }

    /**
     * Outlines a source file.
     *
     * @param text the file content
     * @param compiler the system Java compiler
     * @return the outline
     */
    static JavacOutline parse(String text, JavaCompiler compiler) {
        return parse(List.of(text), compiler).get(0);
    }

    /**
     * Outlines source files with one compiler task. Each file is parsed on its own, so the outlines are those of
     * {@link #parse(String, JavaCompiler)}; the task is shared because setting one up costs more than parsing a
     * typical test file.
     *
     * @param texts the file contents
     * @param compiler the system Java compiler
     * @return the outlines, in the order of the texts
     */
    static List<JavacOutline> parse(List<String> texts, JavaCompiler compiler) {
        List<JavaFileObject> files = new ArrayList<>();
        Map<URI, Integer> index = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            URI uri = URI.create("string:///Outlined" + i + ".java");
            files.add(new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return text;
                }
            });
            index.put(uri, i);
        }
        List<JavacOutline> out = new ArrayList<>();
        texts.forEach(t -> out.add(new JavacOutline(t)));
        // The listener records which files have syntax errors, and with the writer keeps javac's messages off the
        // console.
        DiagnosticListener<JavaFileObject> listener = d -> {
            if (d.getKind() == Diagnostic.Kind.ERROR && d.getSource() != null) {
                Integer i = index.get(d.getSource().toUri());
                if (i != null) {
                    out.get(i).errors = true;
                }
            }
        };
        JavacTask task = (JavacTask) compiler.getTask(Writer.nullWriter(), null, listener, OPTIONS, null, files);
        Iterator<? extends CompilationUnitTree> units;
        try {
            units = task.parse().iterator();
        } catch (IOException e) {
            // The file objects read from memory and cannot fail.
            throw new IllegalStateException(e);
        }
        SourcePositions positions = Trees.instance(task).getSourcePositions();
        while (units.hasNext()) {
            CompilationUnitTree unit = units.next();
            // javac wraps the file objects it is given, so a unit names its file by URI only.
            int i = index.get(unit.getSourceFile().toUri());
            new Walk(texts.get(i), unit, positions, out.get(i)).unit();
        }
        return out;
    }

    /**
     * Whether javac reported a syntax error in the file.
     *
     * @return true if the file does not parse cleanly
     */
    boolean errors() {
        return errors;
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

    /** One walk over a parsed file, filling an outline. */
    private static final class Walk {

        private final String text;
        private final CompilationUnitTree unit;
        private final SourcePositions positions;
        private final List<Type> types;
        private final List<Method> methods;

        Walk(String text, CompilationUnitTree unit, SourcePositions positions, JavacOutline into) {
            this.text = text;
            this.unit = unit;
            this.positions = positions;
            this.types = into.types;
            this.methods = into.methods;
        }

        void unit() {
            ExpressionTree pkg = unit.getPackageName();
            String prefix = pkg == null ? "" : pkg + ".";
            boolean first = true;
            int reached = 0;
            for (Tree t : inOrder(new ArrayList<>(unit.getTypeDecls()))) {
                if (t instanceof ClassTree c) {
                    type(c, prefix, first ? 0 : Math.min(trailing(reached), start(c)));
                    first = false;
                }
                reached = Math.max(reached, end(t));
            }
        }

        /**
         * Outlines a class whose own region starts at {@code headerStart}: its methods, its nested classes and the
         * class itself.
         */
        private void type(ClassTree c, String prefix, int headerStart) {
            if (!named(c.getSimpleName())) {
                return;
            }
            String name = prefix + c.getSimpleName();
            // The header parts (annotations, type parameters, supertypes, record components) and the members, in
            // source order: the body's opening brace is in the first gap between them that has a brace outside
            // comments, since no part of the header contains a brace in a gap of its own.
            List<Tree> parts = new ArrayList<>();
            parts.add(c.getModifiers());
            parts.addAll(c.getTypeParameters());
            parts.add(c.getExtendsClause());
            parts.addAll(c.getImplementsClause());
            parts.addAll(c.getPermitsClause());
            parts.addAll(c.getMembers());
            int end = end(c);
            int reached = start(c);
            boolean inBody = false;
            int firstMethod = Integer.MAX_VALUE;
            // A method's region ends once the next part starts, so that the comments it owns on the line of its
            // closing brace can never reach into the next member.
            MethodTree open = null;
            int openStart = 0;
            for (Tree t : inOrder(parts)) {
                int s = start(t);
                if (!inBody) {
                    int brace = brace(reached, s);
                    if (brace < 0) {
                        reached = Math.max(reached, end(t));
                        continue;
                    }
                    inBody = true;
                    reached = after(brace);
                }
                if (open != null) {
                    methods.add(method(name, open, openStart, Math.min(trailing(reached), s)));
                    open = null;
                }
                int header = Math.min(trailing(reached), s);
                if (t instanceof MethodTree m && !m.getName().contentEquals("<init>") && named(m.getName())) {
                    open = m;
                    openStart = header;
                    firstMethod = Math.min(firstMethod, header);
                } else if (t instanceof ClassTree n) {
                    type(n, name + "$", header);
                }
                reached = Math.max(reached, end(t));
            }
            end = Math.max(end, reached);
            if (open != null) {
                methods.add(method(name, open, openStart, Math.min(trailing(reached), end)));
            }
            types.add(new Type(name, headerStart, end, firstMethod));
        }

        private static Method method(String className, MethodTree m, int start, int end) {
            return new Method(new TestMethod(className, m.getName().toString()), start, end);
        }

        /** Whether javac read a name; where it could not, error recovery names the tree {@code <error>}. */
        private static boolean named(Name name) {
            return !name.isEmpty() && !name.contentEquals("<error>");
        }

        /** The trees that are in the text, by start offset. */
        private List<Tree> inOrder(List<Tree> trees) {
            List<Tree> out = new ArrayList<>();
            for (Tree t : trees) {
                if (t != null && start(t) >= 0) {
                    out.add(t);
                }
            }
            out.sort(Comparator.comparingInt(this::start));
            return out;
        }

        private int start(Tree t) {
            return (int) positions.getStartPosition(unit, t);
        }

        /** The end offset; a tree that error recovery left without one ends at its start. */
        private int end(Tree t) {
            return (int) Math.max(positions.getEndPosition(unit, t), positions.getStartPosition(unit, t));
        }

        // The scans below read only the gaps between trees, where there are no literals: blanks, comments,
        // keywords, names and punctuation. They read Unicode escapes as javac does, so that an escaped brace or
        // line end counts.

        /** The first opening brace outside comments in {@code [from, to)}, or -1. */
        private int brace(int from, int to) {
            int i = from;
            while (i < to) {
                if (comment(i, '/')) {
                    i = lineEnd(i);
                } else if (comment(i, '*')) {
                    i = commentEnd(i);
                } else if (at(i) == '{') {
                    return i;
                } else {
                    i = after(i);
                }
            }
            return -1;
        }

        /** Skips the blanks, and the comments that start on the line of {@code from}. */
        private int trailing(int from) {
            int i = from;
            while (i < text.length()) {
                char ch = at(i);
                if (ch == ' ' || ch == '\t' || ch == '\f' || ch == '\r') {
                    i = after(i);
                } else if (comment(i, '/')) {
                    return lineEnd(i);
                } else if (comment(i, '*')) {
                    int e = commentEnd(i);
                    int lf = text.indexOf('\n', i);
                    if (lf >= 0 && lf < e) {
                        return e;
                    }
                    i = e;
                } else {
                    return i;
                }
            }
            return i;
        }

        /** Whether a comment that starts with {@code /} and {@code second} starts at {@code i}. */
        private boolean comment(int i, char second) {
            return at(i) == '/' && after(i) < text.length() && at(after(i)) == second;
        }

        /** Where the line comment at {@code from} ends: at its line terminator or at the end of the text. */
        private int lineEnd(int from) {
            int i = from;
            while (i < text.length() && at(i) != '\n' && at(i) != '\r') {
                i = after(i);
            }
            return i;
        }

        /** The offset after the block comment at {@code from}, or the end of the text if it is not closed. */
        private int commentEnd(int from) {
            int i = after(after(from));
            while (i < text.length()) {
                int next = after(i);
                if (at(i) == '*' && next < text.length() && at(next) == '/') {
                    return after(next);
                }
                i = next;
            }
            return text.length();
        }

        /** The character at {@code i}, a Unicode escape decoded. */
        private char at(int i) {
            int e = escapeEnd(i);
            return e < 0 ? text.charAt(i) : (char) Integer.parseInt(text, e - 4, e, 16);
        }

        /** The offset of the character after the one at {@code i}, a Unicode escape being one character. */
        private int after(int i) {
            int e = escapeEnd(i);
            return e < 0 ? i + 1 : e;
        }

        /** The end of the Unicode escape at {@code i}, or -1 if there is none (JLS 3.3). */
        private int escapeEnd(int i) {
            if (text.charAt(i) != '\\' || i + 1 >= text.length() || text.charAt(i + 1) != 'u') {
                return -1;
            }
            int b = i;
            while (b > 0 && text.charAt(b - 1) == '\\') {
                b--;
            }
            if ((i - b) % 2 != 0) {
                return -1;
            }
            int j = i + 1;
            while (j < text.length() && text.charAt(j) == 'u') {
                j++;
            }
            if (j + 4 > text.length()) {
                return -1;
            }
            for (int k = j; k < j + 4; k++) {
                if (Character.digit(text.charAt(k), 16) < 0) {
                    return -1;
                }
            }
            return j + 4;
        }
    }
}
