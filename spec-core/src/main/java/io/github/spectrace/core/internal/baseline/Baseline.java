package io.github.spectrace.core.internal.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.SpecException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The committed file of known findings, with which a gate is turned on in a repository that has findings already:
 * known ones are reported as a count, new ones fail. An entry names a rule, a file and the finding's subject (the
 * requirement ID or link target), never a line, so edits elsewhere in the file do not invalidate it; it counts the
 * findings with that key, so that a file with three long lines may not get a fourth.
 *
 * <p>The file is JSON with one entry per line, sorted by file, rule and subject, so that it diffs and merges line
 * by line.
 */
// SPEC-CORE-1090
public final class Baseline {

    /** The first bytes of every baseline file, by which the plugin knows a file it may overwrite. */
    public static final String HEADER = "{\n  \"generator\": \"spec-maven-plugin baseline\",\n";

    private static final JsonFactory JSON = new JsonFactory();
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::file).thenComparing(Key::rule)
            .thenComparing(Key::subject);

    private final String path;
    private final Map<Key, Entry> entries;

    private Baseline(String path, Map<Key, Entry> entries) {
        this.path = path;
        this.entries = entries;
    }

    /** What identifies a finding in the baseline. */
    record Key(String rule, String file, String subject) {

        static Key of(Finding f) {
            return new Key(f.ruleId(), f.path(), f.subject());
        }
    }

    /**
     * One line of the baseline.
     *
     * @param rule the rule ID, as written; it may name a rule that no longer exists
     * @param file the repository-relative path of the findings
     * @param subject the requirement ID, link target or other subject, or empty
     * @param count how many findings with this key are known
     * @param line the entry's line in the baseline file
     */
    public record Entry(String rule, String file, String subject, int count, int line) {

        Key key() {
            return new Key(rule, file, subject);
        }

        /**
         * The entry as the gate names it: {@code SPEC-LINE-LENGTH in docs/a.md} or
         * {@code TRACE-UNTESTED OC-1 in .specs/a.md}.
         *
         * @return the description
         */
        public String describe() {
            return rule + (subject.isEmpty() ? "" : " " + subject) + " in " + file;
        }
    }

    /**
     * A baseline entry whose findings occur fewer times than it counts, or no more.
     *
     * @param entry the entry
     * @param fixed how many of its findings no longer occur
     */
    public record Stale(Entry entry, int fixed) {
    }

    /**
     * The findings of a run, split by the baseline.
     *
     * @param fresh the findings that the baseline does not hold, which the gate judges
     * @param known the findings that it holds, reported only as a count
     * @param stale the entries whose findings no longer occur, in file order
     */
    public record Split(List<Finding> fresh, List<Finding> known, List<Stale> stale) {

        /**
         * How many known findings no longer occur.
         *
         * @return the sum over the stale entries
         */
        public int fixed() {
            int n = 0;
            for (Stale s : stale) {
                n += s.fixed();
            }
            return n;
        }
    }

    /**
     * The baseline file's new content, and what changed.
     *
     * @param content the bytes to write
     * @param entries the number of entries
     * @param findings the number of findings they hold
     * @param added the findings added
     * @param removed the findings removed because they no longer occur
     * @param notAdded new findings left out because the baseline may only shrink
     */
    public record Update(byte[] content, int entries, int findings, int added, int removed, int notAdded) {
    }

    /**
     * Parses a baseline file.
     *
     * @param path the repository-relative path, for messages
     * @param text the file's text
     * @return the baseline
     * @throws SpecException naming the line when the file is not a baseline
     */
    public static Baseline parse(String path, String text) {
        Map<Key, Entry> entries = new TreeMap<>(ORDER);
        try (JsonParser p = JSON.createParser(text)) {
            expect(p, p.nextToken() == JsonToken.START_OBJECT, path, "a JSON object");
            boolean sawFindings = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (!field.equals("findings")) {
                    p.skipChildren();
                    continue;
                }
                sawFindings = true;
                expect(p, value == JsonToken.START_ARRAY, path, "\"findings\": [ … ]");
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    Entry e = entry(p, path);
                    Entry old = entries.put(e.key(), e);
                    if (old != null) {
                        throw new SpecException(path + ":" + e.line() + ": " + e.describe() + " is listed twice (also"
                                + " on line " + old.line() + "). Run mvn spec:baseline to rewrite the file.");
                    }
                }
                expect(p, p.currentToken() == JsonToken.END_ARRAY, path, "an entry object or ]");
            }
            expect(p, sawFindings, path, "a \"findings\" array");
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage().replaceAll("\\s*\\(start marker at .*", "")
                    .replaceAll("\\s+", " ").strip();
            throw new SpecException(path + ":" + e.getLocation().getLineNr() + ": is not valid JSON (" + detail
                    + "). Fix the file, or delete it and run mvn spec:baseline.", e);
        } catch (IOException e) {
            throw new SpecException(path + ": cannot read the baseline (" + e.getMessage() + ").", e);
        }
        return new Baseline(path, entries);
    }

    private static Entry entry(JsonParser p, String path) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        String rule = null;
        String file = null;
        String subject = "";
        int count = 1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "rule" -> rule = text(p, value, path, line, field);
                case "file" -> file = text(p, value, path, line, field);
                case "subject" -> subject = text(p, value, path, line, field);
                case "count" -> {
                    if (value != JsonToken.VALUE_NUMBER_INT || p.getLongValue() < 1
                            || p.getLongValue() > Integer.MAX_VALUE) {
                        throw new SpecException(path + ":" + line + ": \"count\" must be a positive whole number."
                                + " Fix the entry, or run mvn spec:baseline to rewrite the file.");
                    }
                    count = p.getIntValue();
                }
                default -> p.skipChildren();
            }
        }
        if (rule == null || file == null) {
            throw new SpecException(path + ":" + line + ": an entry needs \"rule\" and \"file\". Fix the entry, or run"
                    + " mvn spec:baseline to rewrite the file.");
        }
        return new Entry(rule, file, subject, count, line);
    }

    private static String text(JsonParser p, JsonToken value, String path, int line, String field)
            throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw new SpecException(path + ":" + line + ": \"" + field + "\" must be a string. Fix the entry, or run"
                    + " mvn spec:baseline to rewrite the file.");
        }
        return p.getText();
    }

    private static void expect(JsonParser p, boolean ok, String path, String what) {
        if (!ok) {
            throw new SpecException(path + ":" + p.currentLocation().getLineNr() + ": expected " + what + ", as"
                    + " mvn spec:baseline writes it. Fix the file, or delete it and run mvn spec:baseline.");
        }
    }

    /**
     * The repository-relative path of the file.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * The number of findings the baseline holds.
     *
     * @return the sum of the entries' counts
     */
    public int size() {
        int n = 0;
        for (Entry e : entries.values()) {
            n += e.count();
        }
        return n;
    }

    /**
     * Splits a run's findings into those the baseline knows and the new ones. Of several findings with one key, the
     * first ones in file order are the known ones.
     *
     * @param findings the run's findings, sorted
     * @param checked whether the run checked a rule, so that entries of checks that did not run are not stale
     * @return the split
     */
    public Split split(List<Finding> findings, Predicate<Rule> checked) {
        Map<Key, Integer> seen = new LinkedHashMap<>();
        List<Finding> fresh = new ArrayList<>();
        List<Finding> known = new ArrayList<>();
        for (Finding f : findings) {
            Key key = Key.of(f);
            Entry e = entries.get(key);
            int n = seen.merge(key, 1, Integer::sum);
            (e != null && n <= e.count() ? known : fresh).add(f);
        }
        List<Stale> stale = new ArrayList<>();
        for (Entry e : entries.values()) {
            Rule rule = Rule.byId(e.rule());
            if (rule != null && !checked.test(rule)) {
                continue;
            }
            int occurs = seen.getOrDefault(e.key(), 0);
            if (occurs < e.count()) {
                stale.add(new Stale(e, e.count() - occurs));
            }
        }
        stale.sort(Comparator.comparingInt(s -> s.entry().line()));
        return new Split(fresh, known, stale);
    }

    /**
     * The content of a baseline of the findings given.
     *
     * @param findings the run's findings
     * @param old the current baseline, or null
     * @param shrinkOnly keep no finding that the old baseline does not hold, nor more of them than it counts
     * @return the content and what changed
     */
    public static Update render(List<Finding> findings, Baseline old, boolean shrinkOnly) {
        Map<Key, Integer> counts = new TreeMap<>(ORDER);
        for (Finding f : findings) {
            counts.merge(Key.of(f), 1, Integer::sum);
        }
        Map<Key, Entry> before = old == null ? Collections.emptyMap() : old.entries;
        int added = 0;
        int removed = 0;
        int notAdded = 0;
        int total = 0;
        Map<Key, Integer> kept = new TreeMap<>(ORDER);
        for (Map.Entry<Key, Integer> c : counts.entrySet()) {
            Entry was = before.get(c.getKey());
            int had = was == null ? 0 : was.count();
            int keep = shrinkOnly ? Math.min(had, c.getValue()) : c.getValue();
            notAdded += c.getValue() - keep;
            added += Math.max(0, keep - had);
            if (keep > 0) {
                kept.put(c.getKey(), keep);
                total += keep;
            }
        }
        for (Entry e : before.values()) {
            removed += Math.max(0, e.count() - kept.getOrDefault(e.key(), 0));
        }
        StringBuilder sb = new StringBuilder(HEADER);
        sb.append("  \"comment\": \"Known findings, which the gate reports as a count; new ones fail the build. Remove"
                + " fixed ones with mvn spec:baseline.\",\n");
        sb.append("  \"version\": 1,\n");
        sb.append("  \"findings\": [");
        String sep = "\n";
        for (Map.Entry<Key, Integer> k : kept.entrySet()) {
            Key key = k.getKey();
            sb.append(sep).append("    {\"rule\": ").append(quote(key.rule())).append(", \"file\": ")
                    .append(quote(key.file()));
            if (!key.subject().isEmpty()) {
                sb.append(", \"subject\": ").append(quote(key.subject()));
            }
            sb.append(", \"count\": ").append(k.getValue()).append('}');
            sep = ",\n";
        }
        sb.append(kept.isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
        return new Update(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), kept.size(), total, added,
                removed, notAdded);
    }

    private static String quote(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }
}
