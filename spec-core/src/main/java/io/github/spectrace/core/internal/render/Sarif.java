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
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
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
                g.writeObjectFieldStart("fullDescription");
                g.writeStringField("text", r.summary());
                g.writeEndObject();
                g.writeStringField("helpUri", RULES_PAGE + "#" + r.anchor());
                g.writeObjectFieldStart("help");
                g.writeStringField("text", r.summary() + " See " + RULES_PAGE + "#" + r.anchor() + " for examples and"
                        + " the fix.");
                g.writeStringField("markdown", r.summary() + " See [" + r.id() + "](" + RULES_PAGE + "#" + r.anchor()
                        + ") for examples and the fix.");
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
    static final String RULES_PAGE = "https://github.com/spectrace/spec-maven-plugin/blob/main/src/site/markdown/rules.md";

    /** The rule ID as a SARIF name: {@code SPEC-ID-FORMAT} is {@code SpecIdFormat}. */
    static String name(Rule r) {
        StringBuilder sb = new StringBuilder();
        for (String part : r.id().split("-")) {
            sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return sb.toString();
    }

    /**
     * The message as a full sentence, as code scanning shows it without the path: a message that starts with its
     * verb ("is missing; …") gets the file as its subject, and any other gets a capital letter.
     */
    static String sentence(Finding f) {
        String m = f.message();
        for (String verb : new String[] {"defines ", "is ", "differs ", "was "}) {
            if (m.startsWith(verb)) {
                return f.path() + " " + m;
            }
        }
        return m.isEmpty() || !Character.isLowerCase(m.charAt(0)) ? m
                : Character.toUpperCase(m.charAt(0)) + m.substring(1);
    }

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
