package io.github.spectrace.core.api;

import io.github.spectrace.core.model.OptionStyle;

import io.github.spectrace.core.internal.files.Glob;
import io.github.spectrace.core.internal.rules.RuleSettings;
import io.github.spectrace.core.internal.text.IdPatterns;
import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.Severity;
import io.github.spectrace.core.model.SpecException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The validated configuration of a run. The {@link Builder} is the only place where each default is written, and
 * {@link Builder#build()} checks every value before any file is read.
 */
// SPEC-CORE-1050
public final class SpecConfig {

    private final Builder b;
    private final List<Glob> includes;
    private final List<Glob> excludes;
    private final List<Glob> linkIncludes;
    private final List<Glob> linkExcludes;
    private final List<Glob> traceIncludes;
    private final List<Glob> traceExcludes;
    private final List<Glob> traceTestIncludes;
    private final String requirementsDirectory;
    private final String complianceFile;
    private final String baselineFile;
    private final RuleSettings rules;
    private final IdPatterns patterns;
    private final Map<Level, Double> minTestCoverage;
    private final Map<Level, Double> minCodeCoverage;

    private SpecConfig(Builder b, List<String> problems) {
        this.b = b;
        OptionStyle s = b.style;
        includes = globs(b.includes, s.name("includes"), problems);
        excludes = globs(b.excludes, s.name("excludes"), problems);
        linkIncludes = globs(b.linkIncludes, s.name("linkIncludes"), problems);
        linkExcludes = globs(b.linkExcludes, s.name("linkExcludes"), problems);
        traceIncludes = globs(b.traceIncludes, s.name("traceIncludes"), problems);
        traceExcludes = globs(b.traceExcludes, s.name("traceExcludes"), problems);
        traceTestIncludes = globs(b.traceTestIncludes, s.name("traceTestIncludes"), problems);
        requirementsDirectory = relative(b.requirementsDirectory, "requirementsDirectory", "requirements", problems);
        complianceFile = relative(b.complianceFile, "complianceFile", "COMPLIANCE.md", problems);
        if (complianceFile.isEmpty()) {
            problems.add(s.name("complianceFile") + " is '" + b.complianceFile + "', which names no file. Give a path"
                    + " such as COMPLIANCE.md.");
        }
        if (complianceFile.endsWith(".yaml") && parent(complianceFile).equals(requirementsDirectory)) {
            problems.add(s.name("complianceFile") + " is '" + b.complianceFile + "', a requirements file in "
                    + s.name("requirementsDirectory") + ". Give it a path outside that directory, such as"
                    + " COMPLIANCE.md.");
        }
        baselineFile = relative(b.baselineFile, "baselineFile", "spec-baseline.json", problems);
        if (baselineFile.isEmpty() || baselineFile.equals(complianceFile)
                || baselineFile.endsWith(".yaml") && parent(baselineFile).equals(requirementsDirectory)) {
            problems.add(s.name("baselineFile") + " is '" + b.baselineFile + "', which " + (baselineFile.isEmpty()
                    ? "names no file" : "is a generated file") + ". Give a path of its own, such as"
                    + " spec-baseline.json.");
        }
        patterns = idPatterns(b.idPatterns, b.standardPrefixes, problems);
        mappings(b.mappings, problems);
        rules = rules(b.rules, problems);
        if (b.maxLineLength < 1) {
            problems.add(s.name("maxLineLength") + " is " + b.maxLineLength + ". Give a positive number of"
                    + " characters, such as 100, or turn the rule off with "
                    + s.entry("rules", Rule.SPEC_LINE_LENGTH.id(), "off") + ".");
        }
        if (b.maxDiffLines < 1) {
            problems.add(s.name("maxDiffLines") + " is " + b.maxDiffLines + ". Give a positive number of lines, such"
                    + " as 40.");
        }
        if (b.maxFileSize < 1) {
            problems.add(s.name("maxFileSize") + " is " + b.maxFileSize + ". Give a positive size in bytes, such as"
                    + " 2097152.");
        }
        minTestCoverage = ratios(b.minTestCoverage, "minTestCoverage", problems);
        minCodeCoverage = ratios(b.minCodeCoverage, "minCodeCoverage", problems);
    }

    /**
     * A builder with every default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The defaults, as {@code builder().build()}.
     *
     * @return the default configuration
     */
    public static SpecConfig defaults() {
        return builder().build();
    }

    /**
     * How messages name options.
     *
     * @return the style
     */
    public OptionStyle style() {
        return b.style;
    }

    /**
     * The generated requirements directory, normalised.
     *
     * @return a repository-relative path such as {@code requirements}, or empty for the top-level directory
     */
    public String requirementsDirectory() {
        return requirementsDirectory;
    }

    /**
     * The generated compliance summary, normalised.
     *
     * @return a repository-relative path such as {@code COMPLIANCE.md}
     */
    public String complianceFile() {
        return complianceFile;
    }

    /**
     * The committed file of known findings, normalised; it need not exist.
     *
     * @return a repository-relative path such as {@code spec-baseline.json}
     */
    public String baselineFile() {
        return baselineFile;
    }

    /**
     * Whether baseline entries whose findings no longer occur fail the gate, so that the baseline only shrinks.
     *
     * @return true when stale entries are findings of {@code BASELINE-STALE}
     */
    public boolean baselineStrict() {
        return b.baselineStrict;
    }

    /**
     * Whether COMPLIANCE.md counts the citations of each requirement.
     *
     * @return true for the Code, Tests and Status columns and the Implemented and Tested shares; false for a file
     *     that holds only what the specs say
     */
    public boolean complianceCounts() {
        return b.complianceCounts;
    }

    /**
     * Modules that need no spec, with the reason.
     *
     * @return reasons by module name, sorted
     */
    public SortedMap<String, String> specExempt() {
        return new TreeMap<>(b.specExempt);
    }

    // The rest is read by the run, in this package only.

    Builder raw() {
        return b;
    }

    List<Glob> includes() {
        return includes;
    }

    List<Glob> excludes() {
        return excludes;
    }

    List<Glob> linkIncludes() {
        return linkIncludes;
    }

    List<Glob> linkExcludes() {
        return linkExcludes;
    }

    List<Glob> traceIncludes() {
        return traceIncludes;
    }

    List<Glob> traceExcludes() {
        return traceExcludes;
    }

    List<Glob> traceTestIncludes() {
        return traceTestIncludes;
    }

    RuleSettings rules() {
        return rules;
    }

    IdPatterns patterns() {
        return patterns;
    }

    boolean detectModules() {
        return b.detectModules();
    }

    boolean cache() {
        return b.cache;
    }

    /** What shapes a parsed spec besides its content: the tool and the ID patterns with their standards. */
    String cacheFingerprint() {
        List<String> standards = new java.util.ArrayList<>(b.standardPrefixes);
        standards.sort(null);
        return "tool=" + b.toolName + " " + b.toolVersion + "\nids=" + String.join("\u0000", b.idPatterns)
                + "\nstandards=" + String.join(",", standards);
    }

    Map<Level, Double> minTestCoverage() {
        return minTestCoverage;
    }

    Map<Level, Double> minCodeCoverage() {
        return minCodeCoverage;
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static List<Glob> globs(List<String> globs, String option, List<String> problems) {
        List<Glob> out = new ArrayList<>();
        for (String g : globs) {
            try {
                out.add(Glob.of(g, option));
            } catch (SpecException e) {
                problems.add(e.getMessage());
            }
        }
        return out;
    }

    private String relative(String path, String option, String example, List<String> problems) {
        String p = path == null ? "" : path.strip().replace('\\', '/');
        if (p.startsWith("/") || p.length() > 2 && Character.isLetter(p.charAt(0)) && p.charAt(1) == ':'
                && p.charAt(2) == '/') {
            problems.add(b.style.name(option) + " is '" + path + "', an absolute path. Give a path relative to the"
                    + " top-level project directory, such as " + example + ".");
            return example;
        }
        List<String> parts = new ArrayList<>();
        for (String part : p.split("/")) {
            if (part.equals("..")) {
                problems.add(b.style.name(option) + " is '" + path + "', which leaves the top-level project"
                        + " directory. Give a path inside it.");
                return example;
            }
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    /** Compiles the patterns once, for the whole run; null when one is invalid. */
    private IdPatterns idPatterns(List<String> regexes, List<String> standards, List<String> problems) {
        String option = b.style.name("idPatterns");
        int before = problems.size();
        List<Pattern> compiled = new ArrayList<>();
        for (String regex : regexes) {
            if (regex == null || regex.isBlank()) {
                problems.add(option + " contains an empty " + b.style.name("idPattern") + ". Remove it or give a regular expression such as "
                        + IdPatterns.DEFAULT + ".");
                continue;
            }
            try {
                compiled.add(Pattern.compile(regex.strip()));
            } catch (PatternSyntaxException e) {
                problems.add("Invalid regular expression in " + option + ": '" + regex + "': " + e.getDescription()
                        + " near index " + e.getIndex() + ". Fix the " + b.style.name("idPattern") + " value; for example " + IdPatterns.DEFAULT
                        + ".");
            }
        }
        for (String standard : standards) {
            if (!standard.matches("[A-Z][A-Z0-9]*")) {
                problems.add(b.style.name("standardPrefixes") + " contains '" + standard + "', which is not a first"
                        + " segment of an ID. Give capitals and digits only, such as RFC or ISO.");
            }
        }
        return problems.size() == before ? IdPatterns.of(compiled, standards) : null;
    }

    private void mappings(Map<String, String> mappings, List<String> problems) {
        for (Map.Entry<String, String> m : mappings.entrySet()) {
            if (m.getKey().isBlank() || m.getValue().isBlank()) {
                problems.add("A " + b.style.name("mapping") + " in " + b.style.name("mappings") + " needs both "
                        + b.style.name("spec") + " and " + b.style.name("module") + ", for example spec"
                        + " 60-config-schema.md and module contracts-config-schema.");
            }
        }
    }

    private RuleSettings rules(Map<String, String> overrides, List<String> problems) {
        Map<Rule, Severity> effective = new EnumMap<>(Rule.class);
        for (Map.Entry<String, String> e : new TreeMap<>(overrides).entrySet()) {
            Rule rule = Rule.byId(e.getKey());
            if (rule == null) {
                TreeSet<String> known = new TreeSet<>();
                for (Rule r : Rule.values()) {
                    known.add(r.id());
                }
                problems.add(b.style.name("rules") + " configures unknown rule '" + e.getKey() + "'. Known rules: "
                        + String.join(", ", known) + ".");
                continue;
            }
            String v = e.getValue() == null ? "" : e.getValue().strip().toLowerCase(Locale.ROOT);
            switch (v) {
                case "error" -> effective.put(rule, Severity.ERROR);
                case "warning" -> effective.put(rule, Severity.WARNING);
                case "off" -> effective.put(rule, null);
                default -> problems.add(b.style.entry("rules", e.getKey(), e.getValue() == null ? "" : e.getValue())
                        + " is not a severity. Use error, warning or off.");
            }
        }
        return RuleSettings.of(effective);
    }

    private Map<Level, Double> ratios(Map<String, String> configured, String option, List<String> problems) {
        Map<Level, Double> out = new EnumMap<>(Level.class);
        for (Map.Entry<String, String> e : new TreeMap<>(configured).entrySet()) {
            Level level;
            try {
                level = Level.valueOf(e.getKey().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                problems.add(b.style.name(option) + " names level '" + e.getKey() + "'. Use must, should, may or"
                        + " info.");
                continue;
            }
            String value = e.getValue() == null ? "" : e.getValue();
            double v;
            try {
                v = Double.parseDouble(value.strip());
            } catch (NumberFormatException ex) {
                v = -1;
            }
            if (!(v >= 0 && v <= 1)) {
                problems.add(b.style.entry(option, e.getKey(), value) + " is not a share between 0 and 1. Give one"
                        + " such as 1.0 or 0.8.");
                continue;
            }
            out.put(level, v);
        }
        return out;
    }

    /**
     * Collects the options. Every setter accepts null, which keeps the default; empty lists of includes and ID
     * patterns keep the default too.
     */
    public static final class Builder {

        private List<String> includes = List.of(".specs/*.md", "SPEC/SPEC.md", "SPEC.md");
        private List<String> excludes = List.of();
        private List<String> idPatterns = List.of(IdPatterns.DEFAULT);
        private List<String> standardPrefixes = IdPatterns.DEFAULT_STANDARDS;
        private boolean detectModules = true;
        private boolean cache;
        private Map<String, String> mappings = Map.of();
        private String requirementsDirectory = "requirements";
        private String complianceFile = "COMPLIANCE.md";
        private String baselineFile = "spec-baseline.json";
        private boolean baselineStrict;
        private boolean complianceCounts = true;
        private Map<String, String> rules = Map.of();
        private int maxLineLength = 100;
        private Map<String, String> specExempt = Map.of();
        private Map<String, String> idPrefixes = Map.of();
        private List<String> linkIncludes = List.of();
        private List<String> linkExcludes = List.of();
        private boolean underscoreIds;
        private boolean strict;
        private long maxFileSize = 2L * 1024 * 1024;
        private List<String> traceIncludes = List.of();
        private List<String> traceExcludes = List.of();
        private List<String> traceTestIncludes = List.of();
        private int maxDiffLines = 40;
        private Map<String, String> minTestCoverage = Map.of();
        private Map<String, String> minCodeCoverage = Map.of();
        private String toolName = "spec-core";
        private String toolVersion = "0";
        private OptionStyle style = OptionStyle.NEUTRAL;
        private String webUrl;
        private boolean summaryDiff;
        private List<String> mergedSarif;

        private Builder() {
        }

        /**
         * Globs of spec files, relative to the top-level directory and to each module. Default: {@code .specs/*.md}
         * and {@code SPEC/SPEC.md}.
         *
         * @param v the globs
         * @return this
         */
        public Builder includes(List<String> v) {
            includes = v == null || v.isEmpty() ? includes : entries(v);
            return this;
        }

        /**
         * Globs of spec files to leave out. Default: none.
         *
         * @param v the globs
         * @return this
         */
        public Builder excludes(List<String> v) {
            excludes = v == null ? excludes : entries(v);
            return this;
        }

        /**
         * Regular expressions, each matching one whole requirement ID. Default: {@link IdPatterns#DEFAULT}.
         *
         * @param v the patterns
         * @return this
         */
        public Builder idPatterns(List<String> v) {
            idPatterns = v == null || v.isEmpty() ? idPatterns : entries(v);
            return this;
        }

        /**
         * The first segments of tokens that name standards and are never requirement IDs, such as {@code RFC} for
         * {@code RFC-2119}. Default: {@link IdPatterns#DEFAULT_STANDARDS}; an empty list turns the exclusion off.
         *
         * @param v the segments
         * @return this
         */
        public Builder standardPrefixes(List<String> v) {
            standardPrefixes = v == null ? standardPrefixes : v.stream().map(x -> x == null ? "" : x.strip()).toList();
            return this;
        }

        /**
         * Whether to find modules from the manifests of Cargo, npm, Go and Python packages, in addition to the
         * repository's own modules. Default: true.
         *
         * @param v false to use only the modules given
         * @return this
         */
        public Builder detectModules(Boolean v) {
            detectModules = v == null ? detectModules : v;
            return this;
        }

        /**
         * Whether to keep parsed specs in {@code cache/} of the report directory, so that a later run parses only the
         * specs that changed. Default: false.
         *
         * @param v true to use the cache
         * @return this
         */
        public Builder cache(Boolean v) {
            cache = v == null ? cache : v;
            return this;
        }

        /**
         * Explicit spec-to-module mappings, by spec file name or path, tried in order. Default: none.
         *
         * @param v module names by spec
         * @return this
         */
        public Builder mappings(Map<String, String> v) {
            if (v != null) {
                Map<String, String> m = new LinkedHashMap<>();
                v.forEach((k, x) -> m.put(k == null ? "" : k.strip(), x == null ? "" : x.strip()));
                mappings = m;
            }
            return this;
        }

        /**
         * The directory of the generated requirements files. Default: {@code requirements}.
         *
         * @param v a path relative to the top-level directory
         * @return this
         */
        public Builder requirementsDirectory(String v) {
            requirementsDirectory = v == null ? requirementsDirectory : v;
            return this;
        }

        /**
         * The committed file of known findings. Default: {@code spec-baseline.json}; a gate without it judges every
         * finding.
         *
         * @param v a path relative to the top-level directory
         * @return this
         */
        public Builder baselineFile(String v) {
            baselineFile = v == null ? baselineFile : v;
            return this;
        }

        /**
         * Whether baseline entries whose findings no longer occur fail the gate. Default: false, they are counted.
         *
         * @param v true to fail on them
         * @return this
         */
        public Builder baselineStrict(boolean v) {
            baselineStrict = v;
            return this;
        }

        /**
         * The generated compliance summary. Default: {@code COMPLIANCE.md}.
         *
         * @param v a path relative to the top-level directory
         * @return this
         */
        public Builder complianceFile(String v) {
            complianceFile = v == null ? complianceFile : v;
            return this;
        }

        /**
         * Whether COMPLIANCE.md counts the citations of each requirement in code and tests. False keeps only what
         * the specs say in the committed files, so that adding or removing a test never changes them. Default:
         * true.
         *
         * @param v the setting
         * @return this
         */
        public Builder complianceCounts(Boolean v) {
            complianceCounts = v == null ? complianceCounts : v;
            return this;
        }

        /**
         * Severity overrides by rule ID: {@code error}, {@code warning} or {@code off}. Default: none.
         *
         * @param v the overrides
         * @return this
         */
        public Builder rules(Map<String, String> v) {
            rules = v == null ? rules : new TreeMap<>(v);
            return this;
        }

        /**
         * The {@code SPEC-LINE-LENGTH} limit in code points. Default: 100.
         *
         * @param v the limit
         * @return this
         */
        public Builder maxLineLength(int v) {
            maxLineLength = v;
            return this;
        }

        /**
         * Modules that need no spec, with the reason. Default: none.
         *
         * @param v reasons by module name
         * @return this
         */
        public Builder specExempt(Map<String, String> v) {
            specExempt = v == null ? specExempt : new TreeMap<>(v);
            return this;
        }

        /**
         * The prefix of every ID of a module, by module name. Default: none.
         *
         * @param v prefixes by module name
         * @return this
         */
        public Builder idPrefixes(Map<String, String> v) {
            idPrefixes = v == null ? idPrefixes : new TreeMap<>(v);
            return this;
        }

        /**
         * Globs of the Markdown files whose links are checked instead of the specs. Default: none (the specs).
         *
         * @param v the globs
         * @return this
         */
        public Builder linkIncludes(List<String> v) {
            linkIncludes = v == null ? linkIncludes : entries(v);
            return this;
        }

        /**
         * Globs of files to leave out of {@code linkIncludes}. Default: none.
         *
         * @param v the globs
         * @return this
         */
        public Builder linkExcludes(List<String> v) {
            linkExcludes = v == null ? linkExcludes : entries(v);
            return this;
        }

        /**
         * Whether {@code OC_CORE_1010_x} cites {@code OC-CORE-1010}. Default: false.
         *
         * @param v the flag
         * @return this
         */
        public Builder underscoreIds(boolean v) {
            underscoreIds = v;
            return this;
        }

        /**
         * Whether every ID pattern match in code cites, whatever its prefix. Default: false.
         *
         * @param v the flag
         * @return this
         */
        public Builder strict(boolean v) {
            strict = v;
            return this;
        }

        /**
         * Files larger than this many bytes are not scanned for citations. Default: 2 MiB.
         *
         * @param v the limit
         * @return this
         */
        public Builder maxFileSize(long v) {
            maxFileSize = v;
            return this;
        }

        /**
         * Globs of more files to scan for citations as code. Default: none.
         *
         * @param v the globs
         * @return this
         */
        public Builder traceIncludes(List<String> v) {
            traceIncludes = v == null ? traceIncludes : entries(v);
            return this;
        }

        /**
         * Globs of files to leave out of {@code traceIncludes} and {@code traceTestIncludes}. Default: none.
         *
         * @param v the globs
         * @return this
         */
        public Builder traceExcludes(List<String> v) {
            traceExcludes = v == null ? traceExcludes : entries(v);
            return this;
        }

        /**
         * Globs of more files to scan for citations as tests. Default: none.
         *
         * @param v the globs
         * @return this
         */
        public Builder traceTestIncludes(List<String> v) {
            traceTestIncludes = v == null ? traceTestIncludes : entries(v);
            return this;
        }

        /**
         * The most diff lines shown per changed generated file. Default: 40.
         *
         * @param v the limit
         * @return this
         */
        public Builder maxDiffLines(int v) {
            maxDiffLines = v;
            return this;
        }

        /**
         * The least share of requirements cited by a test, by level. Default: none.
         *
         * @param v shares from 0 to 1 by level name
         * @return this
         */
        public Builder minTestCoverage(Map<String, String> v) {
            minTestCoverage = v == null ? minTestCoverage : new TreeMap<>(v);
            return this;
        }

        /**
         * The least share of requirements cited by code, by level. Default: none.
         *
         * @param v shares from 0 to 1 by level name
         * @return this
         */
        public Builder minCodeCoverage(Map<String, String> v) {
            minCodeCoverage = v == null ? minCodeCoverage : new TreeMap<>(v);
            return this;
        }

        /**
         * The tool named in SARIF reports. Default: {@code spec-core} {@code 0}.
         *
         * @param name the tool's name
         * @param version its version
         * @return this
         */
        public Builder tool(String name, String version) {
            toolName = name == null ? toolName : name;
            toolVersion = version == null ? toolVersion : version;
            return this;
        }

        /**
         * What {@code summary.md} links and holds besides the gate's result. Default: no links, no diff.
         *
         * @param webUrl the repository's web URL, such as {@code https://github.com/o/r}: each error listed links
         *     to its line at {@code <url>/blob/HEAD/<path>}; null or anything but an http or https URL for no links
         * @param withDiff whether {@code spec:diff} wrote {@code spec-diff.md} in this build, to append it
         * @return this
         */
        public Builder jobSummary(String webUrl, boolean withDiff) {
            String u = webUrl == null ? "" : webUrl.strip();
            boolean web = u.regionMatches(true, 0, "https://", 0, 8) || u.regionMatches(true, 0, "http://", 0, 7);
            this.webUrl = web ? u.replaceAll("/+$", "") : null;
            this.summaryDiff = withDiff;
            return this;
        }

        /**
         * Also writes {@code spec.sarif} next to {@code verify.sarif}: one SARIF log with the run of each of these
         * reports that this build wrote before, then verify-drift's. Default: null, no merged file.
         *
         * @param earlier the names of the reports, such as {@code lint.sarif}, in order; null for no merged file
         * @return this
         */
        public Builder mergedSarif(List<String> earlier) {
            mergedSarif = earlier == null ? null : List.copyOf(earlier);
            return this;
        }

        /**
         * How messages name options. Default: {@link OptionStyle#NEUTRAL}.
         *
         * @param v the style
         * @return this
         */
        public Builder style(OptionStyle v) {
            style = v == null ? style : v;
            return this;
        }

        /**
         * Checks every option and builds the configuration.
         *
         * @return the configuration
         * @throws SpecException naming every invalid option, one per line, each with its fix
         */
        public SpecConfig build() {
            List<String> problems = new ArrayList<>();
            SpecConfig c = new SpecConfig(copy(), problems);
            if (!problems.isEmpty()) {
                throw new SpecException(problems);
            }
            return c;
        }

        List<String> idPatterns() {
            return idPatterns;
        }

        boolean detectModules() {
            return detectModules;
        }

        List<String> includes() {
            return includes;
        }

        Map<String, String> mappings() {
            return mappings;
        }

        Map<String, String> idPrefixes() {
            return idPrefixes;
        }

        int maxLineLength() {
            return maxLineLength;
        }

        int maxDiffLines() {
            return maxDiffLines;
        }

        boolean underscoreIds() {
            return underscoreIds;
        }

        boolean strict() {
            return strict;
        }

        long maxFileSize() {
            return maxFileSize;
        }

        String toolName() {
            return toolName;
        }

        String toolVersion() {
            return toolVersion;
        }

        String webUrl() {
            return webUrl;
        }

        boolean summaryDiff() {
            return summaryDiff;
        }

        List<String> mergedSarif() {
            return mergedSarif;
        }

        private Builder copy() {
            Builder c = new Builder();
            c.includes = includes;
            c.excludes = excludes;
            c.idPatterns = idPatterns;
            c.standardPrefixes = standardPrefixes;
            c.detectModules = detectModules;
            c.cache = cache;
            c.mappings = mappings;
            c.requirementsDirectory = requirementsDirectory;
            c.complianceFile = complianceFile;
            c.baselineFile = baselineFile;
            c.baselineStrict = baselineStrict;
            c.complianceCounts = complianceCounts;
            c.rules = rules;
            c.maxLineLength = maxLineLength;
            c.specExempt = specExempt;
            c.idPrefixes = idPrefixes;
            c.linkIncludes = linkIncludes;
            c.linkExcludes = linkExcludes;
            c.underscoreIds = underscoreIds;
            c.strict = strict;
            c.maxFileSize = maxFileSize;
            c.traceIncludes = traceIncludes;
            c.traceExcludes = traceExcludes;
            c.traceTestIncludes = traceTestIncludes;
            c.maxDiffLines = maxDiffLines;
            c.minTestCoverage = minTestCoverage;
            c.minCodeCoverage = minCodeCoverage;
            c.toolName = toolName;
            c.toolVersion = toolVersion;
            c.style = style;
            c.webUrl = webUrl;
            c.summaryDiff = summaryDiff;
            c.mergedSarif = mergedSarif;
            return c;
        }

        /** Keeps empty elements ({@code <include/>}) as empty strings, so that the message can name them. */
        private static List<String> entries(List<String> v) {
            List<String> out = new ArrayList<>(v.size());
            for (String s : v) {
                out.add(s == null ? "" : s);
            }
            return List.copyOf(out);
        }
    }
}
