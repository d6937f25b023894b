package io.github.spectrace.core.internal.lint;

import io.github.spectrace.core.internal.extract.Definitions;
import io.github.spectrace.core.internal.extract.Extraction;
import io.github.spectrace.core.internal.links.LinkTarget;
import io.github.spectrace.core.internal.markdown.SpecDocument;
import io.github.spectrace.core.internal.markdown.SpecDocument.Block;
import io.github.spectrace.core.internal.markdown.SpecDocument.IdToken;
import io.github.spectrace.core.internal.markdown.SpecDocument.LineRange;
import io.github.spectrace.core.internal.rules.Diagnostic;
import io.github.spectrace.core.internal.text.IdPatterns;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks the specs themselves: IDs, RFC 2119 language, line length and links that cannot work elsewhere. */
public final class Linter {

    private static final Pattern LOWERCASE = Pattern.compile("\\b(must|should|may)\\b");
    static final Pattern AMBIGUOUS = Pattern.compile(
            "(?<![\\w-])(MUST\\s+not|SHALL\\s+not|SHOULD\\s+not|MAY\\s+NOT|MAY\\s+not|NOT\\s+REQUIRED|Must|Shall)"
                    + "(?![\\w-])");
    private static final Pattern UNBREAKABLE =
            Pattern.compile("^\\s*(?:>\\s*)*(?:\\[[^\\]]+\\]:\\s*\\S+(?:\\s+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?"
                    + "|(?:[-*+]\\s+|[0-9]+[.)]\\s+)?\\S+)\\s*$");
    private static final List<String> MUST_LEVEL = List.of("MUST", "MUST NOT", "REQUIRED", "SHALL", "SHALL NOT");
    private static final List<String> MAY_LEVEL = List.of("MAY", "OPTIONAL");

    private final Path root;
    private final LintOptions options;

    /**
     * Creates a linter.
     *
     * @param root the top-level project directory
     * @param options rules and limits
     */
    public Linter(Path root, LintOptions options) {
        this.root = root.toAbsolutePath().normalize();
        this.options = options;
    }

    /**
     * Lints every spec of an extraction.
     *
     * @param extraction the parsed specs and the modules they map to
     * @return the diagnostics, in no particular order
     */
    public List<Diagnostic> lint(Extraction extraction) {
        List<Diagnostic> out = new ArrayList<>();
        Map<String, String> moduleOf = new HashMap<>();
        for (ModuleRequirements m : extraction.modules()) {
            for (String s : m.sources()) {
                moduleOf.put(s, m.module());
            }
        }
        Definitions definitions = extraction.definitions();
        Map<String, List<String>> definedAt = new LinkedHashMap<>();
        for (SpecDocument d : extraction.documents()) {
            boolean definesAny = false;
            for (Block b : d.blocks()) {
                if (!b.defined().isEmpty() && !definitions.definesAny(b)) {
                    // A citation at the end of prose of an ID defined elsewhere: not a requirement.
                    continue;
                }
                for (IdToken t : b.defined()) {
                    if (!definitions.defines(b, t)) {
                        continue;
                    }
                    definesAny = true;
                    definedAt.computeIfAbsent(t.id(), k -> new ArrayList<>())
                            .add(d.path() + ":" + t.line() + ":" + t.column());
                }
                block(d, b, moduleOf.get(d.path()), out);
            }
            if (!definesAny) {
                add(out, Rule.SPEC_NO_REQUIREMENTS, d.path(), 0, 0, "defines no requirement ID. Add requirements"
                        + " such as '- [OC-CORE-1001] Each pool MUST …', or leave the file out with "
                        + options.names().name("excludes") + ".");
            }
            lineLength(d, out);
            links(d, out);
        }
        duplicates(definedAt, out);
        modulesWithoutSpec(extraction, out);
        for (Diagnostic unused : extraction.diagnostics()) {
            if (unused.rule() == Rule.SPEC_MAPPING_UNUSED || unused.rule() == Rule.SPEC_FILE_SKIPPED
                    || unused.rule() == Rule.SPEC_MODULE_AMBIGUOUS) {
                out.add(unused);
            }
        }
        return out;
    }

    /**
     * Whether text holds one of the words that every form {@link #AMBIGUOUS} finds contains ({@code not},
     * {@code NOT}, {@code Must}, {@code Shall}); most prose has none, and then the expression need not run.
     */
    static boolean mayBeAmbiguous(String text) {
        return text.contains("not") || text.contains("NOT") || text.contains("Must") || text.contains("Shall");
    }

    private static boolean anyIn(List<String> keywords, java.util.Collection<String> level) {
        for (String k : keywords) {
            if (level.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private void block(SpecDocument d, Block b, String module, List<Diagnostic> out) {
        for (IdToken t : b.malformed()) {
            add(out, Rule.SPEC_ID_FORMAT, d.path(), t.line(), t.column(), "'" + t.id() + "' stands where a"
                    + " requirement ID goes but matches no ID pattern (" + String.join(", ", options.idPatterns())
                    + "). Write it like OC-CORE-1001, or add a pattern that matches it to "
                    + options.names().name("idPatterns") + ", for example "
                    + IdPatterns.suggestPattern(t.id()) + ".", t.id());
        }
        if (b.defined().isEmpty()) {
            return;
        }
        IdToken first = b.defined().get(0);
        String id = first.id();
        if (b.keywords().isEmpty()) {
            add(out, Rule.SPEC_RFC2119_MISSING, d.path(), first.line(), first.column(), id + " has no RFC 2119"
                    + " keyword. State the requirement with MUST, SHOULD or MAY in capitals, or move the ID to a"
                    + " normative sentence.", id);
            Matcher lower = LOWERCASE.matcher(b.prose());
            if (lower.find()) {
                add(out, Rule.SPEC_RFC2119_LOWERCASE, d.path(), first.line(), first.column(), id + " uses"
                        + " lowercase '" + lower.group(1) + "', which RFC 8174 does not treat as a keyword. Write "
                        + lower.group(1).toUpperCase(java.util.Locale.ROOT) + " if it is normative.", id);
            }
        }
        Matcher amb = mayBeAmbiguous(b.prose()) ? AMBIGUOUS.matcher(b.prose()) : null;
        if (amb != null && amb.find()) {
            String form = amb.group(1).replaceAll("\\s+", " ");
            add(out, Rule.SPEC_RFC2119_AMBIGUOUS, d.path(), first.line(), first.column(), id + " uses '" + form
                    + "', which is not an RFC 2119 keyword. Write " + replacement(form) + ".", id);
        }
        if (b.defined().size() > 1) {
            List<String> ids = new ArrayList<>();
            b.defined().forEach(t -> ids.add(t.id()));
            add(out, Rule.SPEC_BUNDLED, d.path(), first.line(), first.column(), "one item defines "
                    + ids.size() + " requirements (" + String.join(", ", ids) + "). Give each requirement its own"
                    + " list item.", id);
        } else if (anyIn(b.keywords(), MUST_LEVEL) && anyIn(b.keywords(), MAY_LEVEL)) {
            add(out, Rule.SPEC_BUNDLED, d.path(), first.line(), first.column(), id + " mixes MUST-level and"
                    + " MAY-level keywords (" + String.join(", ", b.keywords()) + "). Split it into one"
                    + " requirement per level.", id);
        }
        String prefix = module == null ? null : options.idPrefixes().get(module);
        if (prefix != null) {
            for (IdToken t : b.defined()) {
                if (!t.id().startsWith(prefix)) {
                    add(out, Rule.SPEC_ID_PREFIX, d.path(), t.line(), t.column(), t.id() + " is defined in module "
                            + module + ", whose IDs start with " + prefix + ". Renumber it or move it to the"
                            + " spec of the module it belongs to.", t.id());
                }
            }
        }
    }

    private static String replacement(String form) {
        return switch (form) {
            case "MUST not" -> "'MUST NOT'";
            case "SHALL not" -> "'SHALL NOT'";
            case "SHOULD not" -> "'SHOULD NOT'";
            case "MAY NOT", "MAY not" -> "'MUST NOT' to forbid, or 'MAY' with a positive statement";
            case "NOT REQUIRED" -> "'OPTIONAL' or 'MAY'";
            default -> "'" + form.toUpperCase(java.util.Locale.ROOT) + "' if it is normative";
        };
    }

    private void lineLength(SpecDocument d, List<Diagnostic> out) {
        if (!options.settings().enabled(Rule.SPEC_LINE_LENGTH)) {
            return;
        }
        String text = d.text();
        int limit = options.maxLineLength();
        List<LineRange> verbatim = d.verbatim();
        int range = 0;
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            while (range < verbatim.size() && verbatim.get(range).last() < line) {
                range++;
            }
            boolean exempt = range < verbatim.size() && verbatim.get(range).first() <= line;
            // Cheap test first: a line can only be too long if it has more chars than the limit.
            if (!exempt && end - start > limit) {
                int length = text.codePointCount(start, end);
                if (length > limit && !UNBREAKABLE.matcher(text.substring(start, end)).matches()) {
                    int column = text.offsetByCodePoints(start, limit) - start + 1;
                    add(out, Rule.SPEC_LINE_LENGTH, d.path(), line, column, "line is " + length
                            + " characters long, more than " + limit + ". Wrap it; code, tables and lines of one"
                            + " unbreakable word such as a URL are exempt.", excerpt(text, start, end));
                }
            }
            if (end == text.length()) {
                break;
            }
            start = end + 1;
            line++;
        }
    }

    private void links(SpecDocument d, List<Diagnostic> out) {
        if (!options.settings().enabled(Rule.SPEC_LINK_ABSOLUTE)) {
            return;
        }
        Path dir = root.resolve(d.path()).normalize().getParent();
        for (SpecDocument.Link link : d.links()) {
            LinkTarget t = LinkTarget.of(root, dir, link.target());
            if (t.kind() == LinkTarget.Kind.ABSOLUTE) {
                add(out, Rule.SPEC_LINK_ABSOLUTE, d.path(), link.line(), link.column(), "link '" + link.target()
                        + "' is an absolute path, which only works on one machine. Use a path relative to this"
                        + " file.", link.target());
            } else if (t.kind() == LinkTarget.Kind.ESCAPES) {
                add(out, Rule.SPEC_LINK_ABSOLUTE, d.path(), link.line(), link.column(), "link '" + link.target()
                        + "' leads outside the project directory. Link to a file in the repository, or use an"
                        + " https:// URL.", link.target());
            }
        }
    }

    private void duplicates(Map<String, List<String>> definedAt, List<Diagnostic> out) {
        for (Map.Entry<String, List<String>> e : definedAt.entrySet()) {
            List<String> places = e.getValue();
            if (places.size() < 2) {
                continue;
            }
            for (String place : places) {
                List<String> others = new ArrayList<>(places);
                others.remove(place);
                String[] loc = splitLocation(place);
                add(out, Rule.SPEC_ID_DUPLICATE, loc[0], Integer.parseInt(loc[1]), Integer.parseInt(loc[2]),
                        e.getKey() + " is also defined at " + String.join(", ", others)
                                + ". Give each requirement its own ID.", e.getKey());
            }
        }
    }

    private static String[] splitLocation(String place) {
        int c2 = place.lastIndexOf(':');
        int c1 = place.lastIndexOf(':', c2 - 1);
        return new String[] {place.substring(0, c1), place.substring(c1 + 1, c2), place.substring(c2 + 1)};
    }

    private void modulesWithoutSpec(Extraction extraction, List<Diagnostic> out) {
        if (!options.settings().enabled(Rule.SPEC_MODULE_WITHOUT_SPEC)) {
            return;
        }
        java.util.Set<String> withSpec = new java.util.HashSet<>();
        extraction.modules().forEach(m -> withSpec.add(m.module()));
        for (LintOptions.ModuleRef m : options.modules()) {
            if (!withSpec.contains(m.artifactId()) && !options.specExempt().containsKey(m.artifactId())) {
                add(out, Rule.SPEC_MODULE_WITHOUT_SPEC, m.pom(), 0, 0, "module " + m.artifactId() + " has no spec."
                        + " Add SPEC/SPEC.md to it, or exempt it with "
                        + options.names().entry("specExempt", m.artifactId(), "reason") + ".", m.artifactId());
            }
        }
    }

    /**
     * What identifies a long line in a baseline, where it has no ID: its first words and a checksum of the whole
     * line, whitespace collapsed, so that the entry survives edits elsewhere, and a line that is edited must be
     * wrapped.
     */
    static String excerpt(String text, int start, int end) {
        String words = text.substring(start, end).strip().replaceAll("\\s+", " ");
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(words.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int cut = words.codePointCount(0, words.length()) <= 40 ? words.length() : words.offsetByCodePoints(0, 40);
        return words.substring(0, cut).strip() + "… " + String.format(java.util.Locale.ROOT, "%08x", crc.getValue());
    }

    private static void add(List<Diagnostic> out, Rule rule, String path, int line, int column, String message) {
        add(out, rule, path, line, column, message, "");
    }

    private static void add(List<Diagnostic> out, Rule rule, String path, int line, int column, String message,
            String subject) {
        out.add(new Diagnostic(rule, path, line, column, message, subject));
    }
}
