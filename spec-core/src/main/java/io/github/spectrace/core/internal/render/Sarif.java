package io.github.spectrace.core.internal.render;

import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.Reference;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Renders findings as SARIF 2.1.0, so that CI systems can annotate pull requests. URIs are relative to
 * {@code %SRCROOT%}, the top-level project directory; the output is sorted and carries no timestamps.
 */
// SPEC-CORE-1036
public final class Sarif {


    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private Sarif() {
    }

    /**
     * Renders one SARIF log with one run.
     *
     * @param toolName the tool name, for example {@code spec-maven-plugin}
     * @param toolVersion the tool version
     * @param rules the rules of the checks that ran
     * @param findings the findings, in the order to list them
     * @param automationId the run's category for code scanning, distinct per goal, for example {@code spec/lint/}
     * @param baselined whether the committed baseline holds a finding, or null when there is no baseline; with a
     *     baseline, each result's {@code baselineState} is {@code unchanged} or {@code new}
     * @return the JSON, LF line ends, ending in a newline
     */
    public static String render(String toolName, String toolVersion, List<Rule> rules, List<Finding> findings,
            String automationId, java.util.function.Predicate<Finding> baselined) {
        List<Rule> sortedRules = new ArrayList<>(rules);
        sortedRules.sort(Comparator.comparing(Rule::id));
        return JsonText.write(g -> {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", toolName);
            g.writeStringField("version", toolVersion);
            g.writeStringField("informationUri", "https://github.com/spectrace/spec-maven-plugin");
            g.writeArrayFieldStart("rules");
            for (Rule r : sortedRules) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("name", name(r));
                g.writeObjectFieldStart("shortDescription");
                g.writeStringField("text", r.summary());
                g.writeEndObject();
                RuleHelp.Help help = RuleHelp.of(r);
                // A rule that shares its section (TRACE-UNTESTED-SHOULD) links to that section.
                String link = RULES_PAGE + "#" + (help == null ? r.anchor() : help.anchor());
                g.writeObjectFieldStart("fullDescription");
                g.writeStringField("text", help == null ? r.summary() : help.fullDescription());
                g.writeEndObject();
                g.writeStringField("helpUri", link);
                g.writeObjectFieldStart("help");
                g.writeStringField("text", help == null ? r.summary() + " See " + link + "." : help.text());
                g.writeStringField("markdown", help == null ? r.summary() + " See [" + r.id() + "](" + link + ")."
                        : help.markdown());
                g.writeEndObject();
                g.writeObjectFieldStart("defaultConfiguration");
                g.writeStringField("level", level(r.defaultSeverity()));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("automationDetails");
            g.writeStringField("id", automationId);
            g.writeEndObject();
            g.writeObjectFieldStart("originalUriBaseIds");
            g.writeObjectFieldStart("%SRCROOT%");
            g.writeObjectFieldStart("description");
            g.writeStringField("text", "The top-level project directory.");
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            for (Finding f : findings) {
                g.writeStartObject();
                g.writeStringField("ruleId", f.ruleId());
                int index = indexOf(sortedRules, f.ruleId());
                if (index >= 0) {
                    g.writeNumberField("ruleIndex", index);
                }
                g.writeStringField("level", level(f.severity()));
                if (baselined != null) {
                    g.writeStringField("baselineState", baselined.test(f) ? "unchanged" : "new");
                }
                g.writeObjectFieldStart("message");
                g.writeStringField("text", sentence(f));
                g.writeEndObject();
                g.writeArrayFieldStart("locations");
                g.writeStartObject();
                g.writeObjectFieldStart("physicalLocation");
                g.writeObjectFieldStart("artifactLocation");
                g.writeStringField("uri", uri(f.path()));
                g.writeStringField("uriBaseId", "%SRCROOT%");
                g.writeEndObject();
                // Code scanning places a result on a line; a finding about the whole file goes on line 1.
                g.writeObjectFieldStart("region");
                g.writeNumberField("startLine", Math.max(f.line(), 1));
                if (f.line() > 0 && f.column() > 0) {
                    g.writeNumberField("startColumn", f.column());
                }
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndArray();
                if (!f.related().isEmpty()) {
                    g.writeArrayFieldStart("relatedLocations");
                    int id = 0;
                    for (Reference r : f.related()) {
                        g.writeStartObject();
                        g.writeNumberField("id", id++);
                        g.writeObjectFieldStart("physicalLocation");
                        g.writeObjectFieldStart("artifactLocation");
                        g.writeStringField("uri", uri(r.path()));
                        g.writeStringField("uriBaseId", "%SRCROOT%");
                        g.writeEndObject();
                        g.writeObjectFieldStart("region");
                        g.writeNumberField("startLine", Math.max(r.line(), 1));
                        if (r.column() > 0) {
                            g.writeNumberField("startColumn", r.column());
                        }
                        g.writeEndObject();
                        g.writeEndObject();
                        g.writeObjectFieldStart("message");
                        g.writeStringField("text", (r.test() ? "A test cites " : "Code cites ") + r.id() + ".");
                        g.writeEndObject();
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                // Code scanning tracks an alert across commits by this, not by its line: the key of the baseline
                // (rule, file, subject), and which of the findings with that key it is.
                String key = f.ruleId() + '\u0000' + f.path() + '\u0000' + f.subject();
                int nth = seen.merge(key, 1, Integer::sum);
                g.writeObjectFieldStart("partialFingerprints");
                g.writeStringField("specKey/v1", fingerprint(key + '\u0000' + nth));
                g.writeEndObject();
                if (f.line() == 0) {
                    g.writeObjectFieldStart("properties");
                    g.writeBooleanField("fileLevel", true);
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /**
     * What GitHub code scanning takes from one upload: it shows the {@code shown} most severe results of a run,
     * rejects a run of more than {@code accepted} results and a file of more than {@code gzipBytes} gzipped.
     *
     * @param shown the results of a run that code scanning shows
     * @param accepted the most results of a run that an upload may hold
     * @param gzipBytes the most bytes of a file, gzipped
     */
    public record Limits(int shown, int accepted, long gzipBytes) {
        /** GitHub's limits, as documented for SARIF uploads. */
        public static final Limits GITHUB = new Limits(5_000, 25_000, 10L * 1024 * 1024);
    }

    /**
     * A SARIF file that fits the limits, and what to tell the user about its size.
     *
     * @param json the file's content
     * @param warnings one sentence for each limit that was reached, empty when the file fits
     */
    public record Output(String json, List<String> warnings) {
        /** Copies the list. */
        public Output {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Renders one SARIF log with one run as {@link #render} does, within the limits of an upload: when there are
     * more results than a run may hold, or the file would be too large gzipped, it keeps the most severe (errors,
     * then warnings; new findings before baselined ones; then in their order) and says so.
     *
     * @param file the report's name in the messages, for example {@code target/spec/verify.sarif}
     * @param limits the limits
     * @param toolName the tool name
     * @param toolVersion the tool version
     * @param rules the rules of the checks that ran
     * @param findings the findings, in the order to list them
     * @param automationId the run's category
     * @param baselined whether the baseline holds a finding, or null
     * @return the JSON and the warnings
     */
    public static Output fit(String file, Limits limits, String toolName, String toolVersion, List<Rule> rules,
            List<Finding> findings, String automationId, java.util.function.Predicate<Finding> baselined) {
        List<String> warnings = new ArrayList<>();
        List<Finding> kept = findings;
        if (findings.size() > limits.accepted()) {
            kept = mostSevere(findings, limits.accepted(), baselined);
            warnings.add(String.format(java.util.Locale.ROOT, "%s: %,d results, more than the %,d of one run that"
                    + " GitHub code scanning accepts; the file keeps the %,d most severe, errors first. The build log"
                    + " counts them all.", file, findings.size(), limits.accepted(), kept.size()));
        }
        String json = render(toolName, toolVersion, rules, kept, automationId, baselined);
        long gzip = gzipSize(json, limits.gzipBytes());
        if (gzip > limits.gzipBytes()) {
            long first = gzip;
            while (gzip > limits.gzipBytes() && !kept.isEmpty()) {
                // Results are much alike, so the size shrinks about in proportion; 5% less to get below in one go.
                int n = (int) Math.min(kept.size() - 1L, kept.size() * limits.gzipBytes() / gzip * 95 / 100);
                kept = mostSevere(findings, Math.max(n, 0), baselined);
                json = render(toolName, toolVersion, rules, kept, automationId, baselined);
                gzip = gzipSize(json, limits.gzipBytes());
            }
            warnings.add(String.format(java.util.Locale.ROOT, "%s: %,d bytes gzipped, more than the %,d bytes of one"
                    + " file that GitHub code scanning accepts; the file keeps the %,d most severe of %,d results,"
                    + " errors first.", file, first, limits.gzipBytes(), kept.size(), findings.size()));
        }
        if (kept.size() > limits.shown()) {
            warnings.add(String.format(java.util.Locale.ROOT, "%s: %,d results; GitHub code scanning shows only the"
                    + " %,d most severe of a run.", file, kept.size(), limits.shown()));
        }
        return new Output(json, warnings);
    }

    /**
     * The {@code max} most severe findings, in their order: errors before warnings, new findings before those the
     * baseline holds, and otherwise the earlier first.
     */
    static List<Finding> mostSevere(List<Finding> findings, int max, java.util.function.Predicate<Finding> baselined) {
        if (findings.size() <= max) {
            return findings;
        }
        Integer[] order = new Integer[findings.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingInt(i -> findings.get(i).severity().ordinal())
                .thenComparingInt(i -> baselined != null && baselined.test(findings.get(i)) ? 1 : 0)
                .thenComparingInt(i -> i));
        Integer[] kept = java.util.Arrays.copyOf(order, max);
        java.util.Arrays.sort(kept);
        List<Finding> out = new ArrayList<>(max);
        for (int i : kept) {
            out.add(findings.get(i));
        }
        return out;
    }

    /**
     * The size of a text gzipped, at the default level; without compressing when the text is below the limit even
     * uncompressed (gzip adds a header and a few bytes per block to incompressible data, never more than 1%).
     */
    static long gzipSize(String json, long limit) {
        // A UTF-16 char is at most 3 bytes of UTF-8: a report far below the limit is not even encoded, which in a
        // cold JVM cost as much as rendering it.
        long most = 3L * json.length();
        if (most + most / 100 + 64 < limit) {
            return 0;
        }
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length + bytes.length / 100 + 64 < limit) {
            return 0;
        }
        CountingStream count = new CountingStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(count)) {
            gz.write(bytes);
        } catch (java.io.IOException e) {
            // An in-memory stream does not fail.
            throw new java.io.UncheckedIOException(e);
        }
        return count.n;
    }

    /** Counts the bytes written to it, and keeps none. */
    private static final class CountingStream extends java.io.OutputStream {
        long n;

        @Override
        public void write(int b) {
            n++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            n += len;
        }
    }

    /**
     * One SARIF log with the runs of several, in their order: the reports of the goals of one build, for a single
     * upload. The runs are copied as they are, so each keeps its category.
     *
     * @param file the merged report's name in the messages
     * @param limits the limits; a file too large gzipped is written all the same, with a warning
     * @param logs the SARIF logs, by name for the messages, in the order of their runs
     * @return the merged log, and what to say about its size
     * @throws IllegalArgumentException naming the log that is not valid JSON or has no runs
     */
    public static Output merge(String file, Limits limits, java.util.LinkedHashMap<String, String> logs) {
        for (var e : logs.entrySet()) {
            // Parsed once on its own first, so that a broken file is named, not a bug.
            try {
                copyRuns(e.getValue(), null);
            } catch (java.io.IOException | IllegalStateException x) {
                throw new IllegalArgumentException(e.getKey(), x);
            }
        }
        String json = JsonText.write(g -> {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            for (String log : logs.values()) {
                copyRuns(log, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
        long gzip = gzipSize(json, limits.gzipBytes());
        return new Output(json, gzip <= limits.gzipBytes() ? List.of() : List.of(String.format(java.util.Locale.ROOT,
                "%s: %,d bytes gzipped, more than the %,d bytes of one file that GitHub code scanning accepts."
                        + " Upload the reports one by one instead.", file, gzip, limits.gzipBytes())));
    }

    private static final com.fasterxml.jackson.core.JsonFactory PARSERS = new com.fasterxml.jackson.core.JsonFactory();

    /** Copies each run of a log to a generator, or only reads them when it is null. */
    private static void copyRuns(String log, com.fasterxml.jackson.core.JsonGenerator g) throws java.io.IOException {
        int runs = 0;
        try (com.fasterxml.jackson.core.JsonParser p = PARSERS.createParser(log)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                throw new IllegalStateException("not a JSON object");
            }
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = p.currentName();
                com.fasterxml.jackson.core.JsonToken value = p.nextToken();
                if (name.equals("runs") && value == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                    while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                        runs++;
                        if (g == null) {
                            p.skipChildren();
                        } else {
                            g.copyCurrentStructure(p);
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        if (runs == 0) {
            throw new IllegalStateException("no runs");
        }
    }

    /** The first 16 hex digits of the SHA-256 of a text. */
    static String fingerprint(String text) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(16);
            for (int i = 0; i < 8; i++) {
                sb.append(Character.forDigit((hash[i] >> 4) & 0xf, 16)).append(Character.forDigit(hash[i] & 0xf, 16));
            }
            return sb.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            // Every Java platform has SHA-256.
            throw new IllegalStateException(e);
        }
    }

    /** The section of each rule in the documentation; anchors are the lower-case rule IDs. */
    static final String RULES_PAGE = RuleHelp.DOCS + "rules.md";

    /** The rule ID as a SARIF name: {@code SPEC-ID-FORMAT} is {@code SpecIdFormat}. */
    static String name(Rule r) {
        StringBuilder sb = new StringBuilder();
        for (String part : r.id().split("-")) {
            sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return sb.toString();
    }

    /**
     * The message as a full sentence that starts with a capital, as code scanning shows it without the path the log
     * puts first: a message that starts with its verb ("is missing; …") or with a path gets "The file" and the path
     * as its subject, one that starts with "no" gets "There is", and any other gets a capital letter.
     */
    static String sentence(Finding f) {
        String m = f.message();
        int space = m.indexOf(' ');
        String first = space < 0 ? m : m.substring(0, space);
        if (VERBS.contains(first)) {
            return "The file " + f.path() + " " + m;
        }
        if (first.contains("/") || !first.isEmpty() && first.equals(f.path())) {
            return "The file " + m;
        }
        if (first.equals("no")) {
            return "There is " + m;
        }
        return m.isEmpty() || !Character.isLowerCase(m.charAt(0)) ? m
                : Character.toUpperCase(m.charAt(0)) + m.substring(1);
    }

    /** The verbs that messages about a whole file start with, the file being the subject the log puts first. */
    private static final java.util.Set<String> VERBS = java.util.Set.of("defines", "is", "differs", "was", "cannot",
            "lists", "has");

    /** A relative path as a URI reference: everything but unreserved characters and '/' is percent-encoded. */
    static String uri(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }

    private static int indexOf(List<Rule> rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String level(Severity s) {
        if (s == null) {
            return "none";
        }
        return s == Severity.ERROR ? "error" : "warning";
    }
}
