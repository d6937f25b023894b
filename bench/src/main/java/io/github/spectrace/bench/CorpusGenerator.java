package io.github.spectrace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Writes a synthetic multi-module Maven repository for the benchmark: per module a {@code SPEC/SPEC.md} with
 * sections, a table, links, code blocks and requirements such as {@code - [BN-M007-0042] … MUST …}, and Java
 * sources and tests that cite the IDs. It plants a known number of defects (duplicate IDs, broken links and
 * anchors, dangling citations, requirements without an RFC 2119 keyword) and writes the findings they must cause
 * to {@code expected.properties}. With {@code --oft DIR} it also writes the same corpus in OpenFastTrace syntax,
 * so that OpenFastTrace traces the same requirements and citations.
 *
 * <p>The requirements use every definition style of spec-core, by index (see {@link Style}): in each run of ten,
 * five are {@code - [ID] text} markers, one {@code - (ID) text}, one a bold label ({@code - **ID**: text},
 * {@code - **ID:** text} or a paragraph {@code **ID** – text}, wrapped onto a continuation line), one a bare label
 * ({@code - ID: text}, or {@code - ID (MUST): text} with no keyword in the text), one a heading requirement
 * ({@code #### [ID] Title} whose keyword is only in its body) and one a row of a {@code | ID | Requirement |
 * Priority |} table (on every other run with the keyword only in Priority). Each requirement has the level it
 * would have as a marker. Each spec also has a summary list that cites real IDs with markers at the end of its
 * items, before their definitions, and prose and list items full of standards ({@code RFC-2119},
 * {@code ISO-8601}, {@code SHA-256}, {@code CVE-2024-3094}): neither defines anything nor causes a finding. The
 * OpenFastTrace corpus has none of these styles.
 *
 * <p>The output depends only on the configuration: the same seed gives the same bytes.
 *
 * <p>The generator does not use spec-core, so a bug there cannot hide in the expected counts.
 */
public final class CorpusGenerator {

    /** Requirements per section of a spec. */
    static final int SECTION_SIZE = 20;

    /** The line length the specs stay under, so that SPEC-LINE-LENGTH (limit 100) finds nothing. */
    private static final int MAX_LINE = 99;

    /** The ID pattern of spec-core's default, on word boundaries, as rg uses it. */
    public static final String ID_REGEX = "\\b[A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-[0-9]{3,5}\\b";

    private static final Pattern ID = Pattern.compile(ID_REGEX);

    private static final String[] TOPICS = {"Admission", "Scheduling", "Storage", "Retention", "Networking",
        "Security", "Observability", "Configuration", "Recovery", "Compatibility"};
    private static final String[] NOUNS = {"scheduler", "queue", "admission path", "store", "gateway",
        "worker pool", "cache", "index", "client", "audit log"};
    private static final String[] MUST = {
        "The %s MUST reject a request when it holds %d items.",
        "Each %s MUST record its state before it acknowledges a write.",
        "The %s MUST NOT drop an accepted task during a restart.",
        "Each %s MUST finish within %d ms or report a timeout.",
    };
    private static final String[] SHOULD = {
        "The %s SHOULD retry a failed call at most %d times.",
        "Operators SHOULD be able to read the %s limits at run time.",
    };
    private static final String[] MAY = {
        "The %s MAY cache the last %d results.",
        "Each %s MAY expose its queue depth as a metric.",
    };
    /** Texts without a keyword, for {@code - ID (MUST): …} labels and rows whose Priority column gives the level. */
    private static final String[] IMPERATIVE_MUST = {
        "Reject a request when the %s holds %d items.",
        "Record the state of the %s before a write is acknowledged.",
        "Keep every task that the %s accepted across a restart.",
        "Finish each %s call within %2$d ms or report a timeout.",
    };
    private static final String[] IMPERATIVE_SHOULD = {
        "Retry a failed %s call at most %d times.",
        "Show the %s limits at run time.",
    };
    private static final String[] IMPERATIVE_MAY = {
        "Cache the last %2$d results of the %1$s.",
        "Expose the queue depth of the %s as a metric.",
    };
    private static final String[] NO_KEYWORD = {
        "The %s handles %d requests per second in the reference setup.",
        "This %s keeps its own log of accepted tasks.",
    };

    /**
     * What to generate.
     *
     * @param modules number of Maven modules, each with one spec
     * @param requirements requirements per module
     * @param sources Java source files per module
     * @param tests Java test files per module
     * @param refs citations per source or test file
     * @param seed random seed; the same seed gives the same corpus
     * @param duplicates IDs defined a second time, each in a random module (two SPEC-ID-DUPLICATE each)
     * @param brokenLinks links to missing files (LINK-FILE-MISSING)
     * @param brokenAnchors links to missing headings of existing specs (LINK-ANCHOR-MISSING)
     * @param dangling citations in code and tests of IDs that no spec defines (TRACE-DANGLING)
     * @param noKeyword requirements without an RFC 2119 keyword (SPEC-RFC2119-MISSING)
     */
    public record Config(int modules, int requirements, int sources, int tests, int refs, long seed, int duplicates,
            int brokenLinks, int brokenAnchors, int dangling, int noKeyword) {

        /** Checks the ranges. */
        public Config {
            if (modules < 1 || modules > 1000 || requirements < 1 || sources < 0 || tests < 0 || refs < 1
                    || duplicates < 0 || brokenLinks < 0 || brokenAnchors < 0 || dangling < 0 || noKeyword < 0) {
                throw new IllegalArgumentException("need 1-1000 modules, at least 1 requirement and 1 ref per"
                        + " file, and no negative counts");
            }
            if (requirements + dangling + 1 > 99_999) {
                throw new IllegalArgumentException("IDs have at most 5 digits: requirements + dangling < 99999");
            }
            if ((long) duplicates + noKeyword > (long) modules * requirements) {
                throw new IllegalArgumentException("more planted duplicates and keyword-less requirements than"
                        + " requirements");
            }
            if (dangling > 0 && sources + tests == 0) {
                throw new IllegalArgumentException("dangling citations need source or test files");
            }
        }

        /**
         * The benchmark's shape: 1000 requirements, 200 sources and 200 tests of 20 citations per module, and
         * one of each defect per module (two dangling citations).
         *
         * @param modules number of modules
         * @param seed random seed
         * @return the configuration
         */
        public static Config standard(int modules, long seed) {
            return new Config(modules, 1000, 200, 200, 20, seed, modules, modules, modules, 2 * modules, modules);
        }
    }

    private CorpusGenerator() {
    }

    /**
     * Generates the corpus.
     *
     * @param args {@code --out DIR} and optional {@code --oft DIR}, {@code --modules N}, {@code --requirements N},
     *     {@code --sources N}, {@code --tests N}, {@code --refs N}, {@code --seed N}, {@code --duplicates N},
     *     {@code --broken-links N}, {@code --broken-anchors N}, {@code --dangling N}, {@code --no-keyword N}
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> a = parseArgs(args);
        if (!a.containsKey("out")) {
            System.err.println("Usage: CorpusGenerator --out DIR [--oft DIR] [--modules 10] [--requirements 1000]"
                    + " [--sources 200] [--tests 200] [--refs 20] [--seed 42] [--duplicates N] [--broken-links N]"
                    + " [--broken-anchors N] [--dangling N] [--no-keyword N]");
            System.exit(2);
        }
        int modules = intArg(a, "modules", 10);
        Config std = Config.standard(modules, Long.parseLong(a.getOrDefault("seed", "42")));
        Config c = new Config(modules, intArg(a, "requirements", std.requirements()),
                intArg(a, "sources", std.sources()), intArg(a, "tests", std.tests()), intArg(a, "refs", std.refs()),
                std.seed(), intArg(a, "duplicates", std.duplicates()), intArg(a, "broken-links", std.brokenLinks()),
                intArg(a, "broken-anchors", std.brokenAnchors()), intArg(a, "dangling", std.dangling()),
                intArg(a, "no-keyword", std.noKeyword()));
        long start = System.nanoTime();
        SortedMap<String, Long> expected = generate(c, Path.of(a.get("out")),
                a.containsKey("oft") ? Path.of(a.get("oft")) : null);
        System.out.printf(Locale.ROOT, "Generated %d requirements, %d files, %d citations in %.1f s into %s%n",
                expected.get("requirements"), expected.get("files.sources") + expected.get("files.tests"),
                expected.get("citations.code") + expected.get("citations.test"),
                (System.nanoTime() - start) / 1e9, a.get("out"));
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got '" + args[i] + "'");
            }
            out.put(args[i].substring(2), args[++i]);
        }
        return out;
    }

    private static int intArg(Map<String, String> a, String name, int def) {
        return a.containsKey(name) ? Integer.parseInt(a.get(name)) : def;
    }

    /**
     * Writes the corpus and its expected counts.
     *
     * @param c what to generate
     * @param out the corpus directory; must not exist or be empty
     * @param oftOut where to write the OpenFastTrace version, or null
     * @return the expected counts, also written to {@code out/expected.properties}
     * @throws IOException if a file cannot be written
     */
    public static SortedMap<String, Long> generate(Config c, Path out, Path oftOut) throws IOException {
        Plan plan = new Plan(c);
        AtomicLong idOccurrences = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        writeRoot(c, out, oftOut, idOccurrences, bytes);
        try {
            IntStream.range(0, c.modules()).parallel().forEach(m -> {
                try {
                    writeModule(c, plan, m, out, oftOut, idOccurrences, bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }

        SortedMap<String, Long> expected = plan.expected();
        expected.put("id.occurrences", idOccurrences.get());
        expected.put("bytes", bytes.get());
        StringBuilder sb = new StringBuilder("# Written by CorpusGenerator; counts the gate must report.\n");
        sb.append("# config=").append(c).append('\n');
        expected.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        Files.writeString(out.resolve("expected.properties"), sb.toString(), StandardCharsets.UTF_8);
        return expected;
    }

    /** Where the defects go and which requirements are cited; decided up front so modules can be written in parallel. */
    static final class Plan {
        final Config c;
        /** Module and index of requirements without a keyword. */
        final Set<Long> noKeyword = new HashSet<>();
        /** Per host module and section: extra definitions of existing IDs, as {@code [module, index]}. */
        final Map<Long, List<int[]>> duplicatesBySection = new TreeMap<>();
        /** Per module and section: number of links to missing files. */
        final Map<Long, Integer> brokenLinksBySection = new TreeMap<>();
        /** Per module and section: target modules of links to missing anchors. */
        final Map<Long, List<Integer>> brokenAnchorsBySection = new TreeMap<>();
        /** Per module, file key ({@code test * 1_000_000 + file}): dangling IDs cited there. */
        final Map<Integer, Map<Integer, List<Integer>>> danglingByFile = new TreeMap<>();
        final int sections;

        Plan(Config c) {
            this.c = c;
            this.sections = (c.requirements() + SECTION_SIZE - 1) / SECTION_SIZE;
            Random r = new Random(c.seed());
            long total = (long) c.modules() * c.requirements();
            Set<Long> taken = new HashSet<>();
            while (noKeyword.size() < c.noKeyword()) {
                long k = Math.floorMod(r.nextLong(), total);
                if (taken.add(k)) {
                    noKeyword.add(k);
                }
            }
            for (int d = 0; d < c.duplicates(); d++) {
                long k;
                do {
                    k = Math.floorMod(r.nextLong(), total);
                } while (!taken.add(k));
                int host = r.nextInt(c.modules());
                int section = r.nextInt(sections);
                duplicatesBySection.computeIfAbsent(key(host, section), x -> new ArrayList<>())
                        .add(new int[] {(int) (k / c.requirements()), (int) (k % c.requirements())});
            }
            for (int i = 0; i < c.brokenLinks(); i++) {
                brokenLinksBySection.merge(key(r.nextInt(c.modules()), r.nextInt(sections)), 1, Integer::sum);
            }
            for (int i = 0; i < c.brokenAnchors(); i++) {
                brokenAnchorsBySection.computeIfAbsent(key(r.nextInt(c.modules()), r.nextInt(sections)),
                        x -> new ArrayList<>()).add(r.nextInt(c.modules()));
            }
            int[] nextDangling = new int[c.modules()];
            for (int i = 0; i < c.dangling(); i++) {
                int m = r.nextInt(c.modules());
                boolean test = c.sources() == 0 || c.tests() > 0 && r.nextBoolean();
                int file = r.nextInt(test ? c.tests() : c.sources());
                danglingByFile.computeIfAbsent(m, x -> new TreeMap<>())
                        .computeIfAbsent((test ? 1_000_000 : 0) + file, x -> new ArrayList<>())
                        .add(c.requirements() + 1 + nextDangling[m]++);
            }
        }

        static long key(int module, int index) {
            return (long) module << 32 | index;
        }

        boolean hasKeyword(int module, int index) {
            return !noKeyword.contains((long) module * c.requirements() + index);
        }

        /** The index of the requirement that citation {@code g} of a module's code (or tests) cites. */
        int cited(long g, boolean test) {
            long shift = test ? c.requirements() / 2 : 0;
            return (int) ((g + shift) % c.requirements());
        }

        /** 0 MUST, 1 SHOULD, 2 MAY, 3 none. */
        int level(int module, int index) {
            if (!hasKeyword(module, index)) {
                return 3;
            }
            int x = index % 10;
            return x < 7 ? 0 : x < 9 ? 1 : 2;
        }

        SortedMap<String, Long> expected() {
            long codeCitations = (long) c.modules() * c.sources() * c.refs();
            long testCitations = (long) c.modules() * c.tests() * c.refs();
            long untested = 0;
            long unimplemented = 0;
            for (int m = 0; m < c.modules(); m++) {
                boolean[] code = coverage(c.sources(), false);
                boolean[] test = coverage(c.tests(), true);
                for (int i = 0; i < c.requirements(); i++) {
                    if (level(m, i) == 0) {
                        untested += test[i] ? 0 : 1;
                        unimplemented += code[i] ? 0 : 1;
                    }
                }
            }
            SortedMap<String, Long> e = new TreeMap<>();
            e.put("modules", (long) c.modules());
            e.put("requirements", (long) c.modules() * c.requirements());
            e.put("definitions", (long) c.modules() * c.requirements() + c.duplicates());
            e.put("files.sources", (long) c.modules() * c.sources());
            e.put("files.tests", (long) c.modules() * c.tests());
            e.put("files.specs", (long) c.modules());
            e.put("citations.code", codeCitations);
            e.put("citations.test", testCitations);
            e.put("citations.dangling", (long) c.dangling());
            e.put("extract.SPEC-ID-DUPLICATE", (long) c.duplicates());
            e.put("rule.SPEC-ID-DUPLICATE", 2L * c.duplicates());
            e.put("rule.SPEC-RFC2119-MISSING", (long) c.noKeyword());
            e.put("rule.LINK-FILE-MISSING", (long) c.brokenLinks());
            e.put("rule.LINK-ANCHOR-MISSING", (long) c.brokenAnchors());
            e.put("rule.TRACE-DANGLING", (long) c.dangling());
            e.put("rule.TRACE-UNTESTED", untested);
            e.put("rule.TRACE-UNIMPLEMENTED", unimplemented);
            // OpenFastTrace: one item per requirement definition and one per coverage tag.
            e.put("oft.items", (long) c.modules() * c.requirements() + c.duplicates() + codeCitations
                    + testCitations + c.dangling());
            return e;
        }

        private boolean[] coverage(int files, boolean test) {
            boolean[] covered = new boolean[c.requirements()];
            long n = (long) files * c.refs();
            for (long g = 0; g < Math.min(n, c.requirements()); g++) {
                covered[cited(g, test)] = true;
            }
            return covered;
        }
    }

    private static void writeRoot(Config c, Path out, Path oftOut, AtomicLong ids, AtomicLong bytes)
            throws IOException {
        StringBuilder pom = new StringBuilder();
        pom.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>

                  <!-- Synthetic benchmark corpus written by io.github.spectrace.bench.CorpusGenerator. -->
                  <groupId>bench.corpus</groupId>
                  <artifactId>corpus-root</artifactId>
                  <version>1.0.0-SNAPSHOT</version>
                  <packaging>pom</packaging>

                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>

                  <modules>
                """);
        for (int m = 0; m < c.modules(); m++) {
            pom.append("    <module>").append(moduleName(m)).append("</module>\n");
        }
        pom.append("""
                  </modules>

                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.github.spectrace</groupId>
                        <artifactId>spec-maven-plugin</artifactId>
                        <version>0.1.0-SNAPSHOT</version>
                        <extensions>true</extensions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """);
        write(out.resolve("pom.xml"), pom.toString(), ids, bytes);
        if (oftOut != null) {
            write(oftOut.resolve("pom.xml"), pom.toString(), null, null);
        }
    }

    static String moduleName(int m) {
        return String.format(Locale.ROOT, "mod-%03d", m);
    }

    static String id(int module, int index) {
        return String.format(Locale.ROOT, "BN-M%03d-%04d", module, index + 1);
    }

    /** An ID by number, for dangling citations whose number lies beyond the defined ones. */
    static String idByNumber(int module, int number) {
        return String.format(Locale.ROOT, "BN-M%03d-%04d", module, number);
    }

    static String oftName(String id) {
        return "req~" + id.toLowerCase(Locale.ROOT) + "~1";
    }

    static String slug(String heading) {
        StringBuilder sb = new StringBuilder();
        for (char ch : heading.toLowerCase(Locale.ROOT).toCharArray()) {
            if (ch == ' ') {
                sb.append('-');
            } else if (ch == '-' || ch == '_' || Character.isLetterOrDigit(ch)) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static String sectionHeading(int s) {
        return (s + 1) + ". " + TOPICS[s % TOPICS.length] + " " + (s + 1);
    }

    private static String titleHeading(int m) {
        return moduleName(m) + ": Component " + m;
    }

    private static void writeModule(Config c, Plan plan, int m, Path out, Path oftOut, AtomicLong ids,
            AtomicLong bytes) throws IOException {
        Random r = new Random(c.seed() * 1_000_003L + m);
        String name = moduleName(m);
        String pom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>

                  <parent>
                    <groupId>bench.corpus</groupId>
                    <artifactId>corpus-root</artifactId>
                    <version>1.0.0-SNAPSHOT</version>
                  </parent>

                  <artifactId>%s</artifactId>
                </project>
                """.formatted(name);
        write(out.resolve(name).resolve("pom.xml"), pom, ids, bytes);
        if (oftOut != null) {
            write(oftOut.resolve(name).resolve("pom.xml"), pom, null, null);
        }

        String[] spec = spec(c, plan, m, r);
        write(out.resolve(name).resolve("SPEC/SPEC.md"), spec[0], ids, bytes);
        if (oftOut != null) {
            write(oftOut.resolve(name).resolve("SPEC/SPEC.md"), spec[1], null, null);
        }

        String pkg = String.format(Locale.ROOT, "bench.m%03d", m);
        String pkgDir = pkg.replace('.', '/');
        Map<Integer, List<Integer>> dangling = plan.danglingByFile.getOrDefault(m, Map.of());
        for (int f = 0; f < c.sources(); f++) {
            String cls = String.format(Locale.ROOT, "C%04d", f + 1);
            String[] src = source(c, plan, m, f, pkg, cls, dangling.getOrDefault(f, List.of()), r);
            write(out.resolve(name).resolve("src/main/java").resolve(pkgDir).resolve(cls + ".java"), src[0], ids,
                    bytes);
            if (oftOut != null) {
                write(oftOut.resolve(name).resolve("src/main/java").resolve(pkgDir).resolve(cls + ".java"), src[1],
                        null, null);
            }
        }
        for (int f = 0; f < c.tests(); f++) {
            String cls = String.format(Locale.ROOT, "C%04d", f + 1);
            String[] src = test(c, plan, m, f, pkg, cls, dangling.getOrDefault(1_000_000 + f, List.of()), r);
            write(out.resolve(name).resolve("src/test/java").resolve(pkgDir).resolve(cls + "Test.java"), src[0],
                    ids, bytes);
            if (oftOut != null) {
                write(oftOut.resolve(name).resolve("src/test/java").resolve(pkgDir).resolve(cls + "Test.java"),
                        src[1], null, null);
            }
        }
    }

    /** The spec in both syntaxes: {@code [ours, openfasttrace]}. */
    private static String[] spec(Config c, Plan plan, int m, Random r) {
        String name = moduleName(m);
        String prefix = String.format(Locale.ROOT, "BN-M%03d-NNNN", m);
        Lines md = new Lines();
        Lines oft = new Lines();
        String title = titleHeading(m);
        String next = moduleName((m + 1) % c.modules());
        both(md, oft, "# " + title);
        both(md, oft, "");
        both(md, oft, "Module specification for `" + name + "`. Requirements use the IDs `" + prefix + "`;");
        both(md, oft, "every MUST is cited by code and by a test. The first module is");
        both(md, oft, "[mod-000](../../mod-000/SPEC/SPEC.md#" + slug(titleHeading(0)) + ").");
        both(md, oft, "");
        both(md, oft, "| Section | Requirements | Related module |");
        both(md, oft, "|---|---:|---|");
        for (int s = 0; s < plan.sections; s++) {
            int count = Math.min(SECTION_SIZE, c.requirements() - s * SECTION_SIZE);
            both(md, oft, "| [" + sectionHeading(s) + "](#" + slug(sectionHeading(s)) + ") | " + count + " | ["
                    + next + "](../../" + next + "/SPEC/SPEC.md#" + slug(titleHeading((m + 1) % c.modules()))
                    + ") |");
        }
        summaryAndStandards(c, m, md);
        for (int s = 0; s < plan.sections; s++) {
            String topic = TOPICS[s % TOPICS.length];
            both(md, oft, "");
            both(md, oft, "## " + sectionHeading(s));
            both(md, oft, "");
            both(md, oft, "This section covers " + topic.toLowerCase(Locale.ROOT) + " for `" + name + "`.");
            if (c.sources() > 0) {
                String cls = String.format(Locale.ROOT, "C%04d", s % c.sources() + 1);
                both(md, oft, "The reference code is [" + cls + "](../src/main/java/bench/m"
                        + String.format(Locale.ROOT, "%03d", m) + "/" + cls + ".java#L1-L10).");
            }
            both(md, oft, "See also [" + topic.toLowerCase(Locale.ROOT) + " in " + next + "](../../" + next
                    + "/SPEC/SPEC.md#" + slug(sectionHeading(s)) + ")");
            String nextAnchor = s + 1 < plan.sections ? slug(sectionHeading(s + 1)) : slug(title);
            both(md, oft, "and [the next section](#" + nextAnchor + ").");
            both(md, oft, "Background: <https://example.org/bench/" + name + "/" + (s + 1) + ">.");
            long key = Plan.key(m, s);
            for (int i = 0; i < plan.brokenLinksBySection.getOrDefault(key, 0); i++) {
                both(md, oft, "The [retired design " + i + "](../docs/retired-" + (s + 1) + "-" + i
                        + ".md) is gone.");
            }
            for (int target : plan.brokenAnchorsBySection.getOrDefault(key, List.of())) {
                String t = moduleName(target);
                both(md, oft, "The [old limits](../../" + t + "/SPEC/SPEC.md#retired-section-" + (s + 1)
                        + ") moved.");
            }
            int first = s * SECTION_SIZE;
            int last = Math.min(c.requirements(), first + SECTION_SIZE);
            if (s % 5 == 4) {
                // Before the items: OpenFastTrace 4.9's Markdown importer loses track of a fence that follows
                // a "Needs:" line and then skips every item up to the next fence.
                both(md, oft, "");
                both(md, oft, "```yaml");
                both(md, oft, "# Example settings; IDs in code define nothing: " + id(m, first));
                both(md, oft, topic.toLowerCase(Locale.ROOT) + ":");
                both(md, oft, "  limit: " + (16 + r.nextInt(100)));
                both(md, oft, "```");
            }
            both(md, oft, "");
            // Our syntax: list items and bold paragraphs in order, then the section's duplicates, its
            // requirement table and its heading requirements, which own everything up to the next heading.
            List<String> table = new ArrayList<>();
            Lines headings = new Lines();
            boolean afterParagraph = false;
            for (int i = first; i < last; i++) {
                String id = id(m, i);
                int level = plan.level(m, i);
                String text = sentence(level, r);
                String xref = null;
                if (i % 7 == 3 && i > 0) {
                    xref = id(m, i - 1);
                } else if (i % 11 == 5) {
                    xref = id((m + 1) % c.modules(), i);
                }
                String line = "- [" + id + "] " + text;
                if (xref != null && line.length() + xref.length() + 6 <= MAX_LINE) {
                    text = withXref(text, xref);
                }
                oft.add("`" + oftName(id) + "`");
                oft.add(text);
                oft.add("");
                oft.add("Needs: impl, utest");
                oft.add("");

                Style style = Style.of(i);
                int variant = i / 10;
                if (style == Style.TABLE) {
                    table.add(tableRow(id, level, text, xref, i));
                    continue;
                }
                if (style == Style.HEADING) {
                    headings.add("");
                    headings.add("#### [" + id + "] " + capitalized(NOUNS[i % NOUNS.length]) + " behaviour");
                    headings.add("");
                    headings.add(text);
                    headings.add("");
                    headings.add("- It applies to every " + NOUNS[variant % NOUNS.length] + " of this module.");
                    continue;
                }
                boolean paragraph = style == Style.BOLD && variant % 3 == 2;
                if (afterParagraph || paragraph && i > first) {
                    md.add("");
                }
                afterParagraph = paragraph;
                switch (style) {
                    case MARKER -> md.add("- [" + id + "] " + text);
                    case PAREN -> md.add("- (" + id + ") " + text);
                    case BOLD -> {
                        String[] halves = halves(text);
                        if (paragraph) {
                            md.add("**" + id + "** \u2013 " + halves[0]);
                            md.add(halves[1]);
                        } else {
                            md.add((variant % 3 == 0 ? "- **" + id + "**: " : "- **" + id + ":** ") + halves[0]);
                            md.add("  " + halves[1]);
                        }
                    }
                    default -> {
                        if (variant % 2 == 1 && level < 3) {
                            String label = "- " + id + " (" + keyword(level) + "): ";
                            String imperative = imperative(level, i);
                            md.add(label + (xref != null && (label + imperative).length() + xref.length() + 6
                                    <= MAX_LINE ? withXref(imperative, xref) : imperative));
                        } else {
                            md.add("- " + id + ": " + text);
                        }
                    }
                }
            }
            if (afterParagraph) {
                md.add("");
            }
            for (int[] dup : plan.duplicatesBySection.getOrDefault(key, List.of())) {
                String id = id(dup[0], dup[1]);
                String text = "Restated by mistake: the " + NOUNS[dup[1] % NOUNS.length] + " "
                        + keyword(plan.level(dup[0], dup[1])) + " keep order.";
                md.add("- [" + id + "] " + text);
                oft.add("`" + oftName(id) + "`");
                oft.add(text);
                oft.add("");
                oft.add("Needs: impl, utest");
                oft.add("");
            }
            if (!table.isEmpty()) {
                md.add("");
                md.add("| ID | Requirement | Priority |");
                md.add("|---|---|---|");
                table.forEach(md::add);
            }
            md.addAll(headings);
        }
        md.checkLineLengths(name);
        return new String[] {md.text(), oft.text()};
    }

    /**
     * How a requirement is written in our syntax, by its index in the module: in each run of ten, one of each
     * style but {@link #MARKER}, which takes the other five, rotating so that each style gets every level.
     */
    enum Style {
        /** {@code - [ID] text}. */
        MARKER,
        /** {@code - (ID) text}. */
        PAREN,
        /** {@code - **ID**: text}, {@code - **ID:** text} or a paragraph {@code **ID** – text}, on two lines. */
        BOLD,
        /** {@code - ID: text}, or {@code - ID (MUST): text} with the keyword only in the label. */
        LABEL,
        /** {@code #### [ID] Title} with no keyword, then its body: a paragraph with the keyword and a list item. */
        HEADING,
        /** A row of a {@code | ID | Requirement | Priority |} table; in every other run, the keyword is in Priority. */
        TABLE;

        static Style of(int index) {
            return switch ((index + index / 10) % 10) {
                case 1 -> BOLD;
                case 2 -> LABEL;
                case 3 -> HEADING;
                case 4 -> TABLE;
                case 5 -> PAREN;
                default -> MARKER;
            };
        }
    }

    /** The requirements that a module's summary list cites at the end of its items: the first of each style. */
    static final int SUMMARY = 6;

    /**
     * Our syntax only: a summary list that cites real IDs with markers at the end of its items, before their
     * definitions, and prose full of standards' numbers. Neither defines anything, so neither adds findings.
     */
    private static void summaryAndStandards(Config c, int m, Lines md) {
        md.add("");
        md.add("## Summary");
        md.add("");
        for (int i = 0; i < Math.min(SUMMARY, c.requirements()); i++) {
            md.add((i + 1) + ". The " + NOUNS[i % NOUNS.length] + " in brief (" + id(m, i) + ")");
        }
        md.add("");
        md.add("## Contract (RFC-2119)");
        md.add("");
        md.add("The key words MUST, SHOULD and MAY are to be read as in RFC-2119 and RFC-8174.");
        md.add("Timestamps are ISO-8601, digests SHA-256, and the text is UTF-8 (UTF-8).");
        md.add("");
        md.add("- [RFC-2119] Capitals only; the same words in lower case are plain English.");
        md.add("- ISO-8601: dates carry a time zone.");
        md.add("- **SHA-256**: every artifact has a digest (SHA-256).");
        md.add("");
        md.add("**CVE-2024-3094** \u2013 the build refuses the affected xz versions (ISO-8601).");
    }

    private static String withXref(String text, String xref) {
        return text.substring(0, text.length() - 1) + "; see " + xref + ".";
    }

    /** A row of a requirement table: the keyword in the text, or on every other run only in Priority. */
    private static String tableRow(String id, int level, String text, String xref, int i) {
        if ((i / 10) % 2 == 1 && level < 3) {
            String imperative = imperative(level, i);
            return "| " + id + " | " + (xref == null ? imperative : withXref(imperative, xref)) + " | "
                    + keyword(level) + " |";
        }
        return "| " + id + " | " + text + " |  |";
    }

    /** The text split at the space nearest its middle, for a continuation line. */
    private static String[] halves(String text) {
        int mid = text.length() / 2;
        int a = text.lastIndexOf(' ', mid);
        int b = text.indexOf(' ', mid);
        int at = a < 0 ? b : b < 0 || mid - a <= b - mid ? a : b;
        return new String[] {text.substring(0, at), text.substring(at + 1)};
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A requirement's text without a keyword, for a level given elsewhere; chosen by index, not drawn. */
    private static String imperative(int level, int i) {
        String[] templates = switch (level) {
            case 0 -> IMPERATIVE_MUST;
            case 1 -> IMPERATIVE_SHOULD;
            case 2 -> IMPERATIVE_MAY;
            default -> throw new IllegalStateException("no level for " + level);
        };
        return String.format(Locale.ROOT, templates[i % templates.length], NOUNS[i % NOUNS.length], 2 + i % 500);
    }

    private static String keyword(int level) {
        return switch (level) {
            case 0 -> "MUST";
            case 1 -> "SHOULD";
            case 2 -> "MAY";
            default -> throw new IllegalStateException("no keyword for level " + level);
        };
    }

    private static String sentence(int level, Random r) {
        String[] templates = switch (level) {
            case 0 -> MUST;
            case 1 -> SHOULD;
            case 2 -> MAY;
            default -> NO_KEYWORD;
        };
        String t = templates[r.nextInt(templates.length)];
        String noun = NOUNS[r.nextInt(NOUNS.length)];
        return t.contains("%d") ? String.format(Locale.ROOT, t, noun, 2 + r.nextInt(500))
                : String.format(Locale.ROOT, t, noun);
    }

    private static void both(Lines a, Lines b, String line) {
        a.add(line);
        b.add(line);
    }

    /** A source file in both syntaxes. */
    private static String[] source(Config c, Plan plan, int m, int f, String pkg, String cls, List<Integer> dangling,
            Random r) {
        Lines ours = new Lines();
        Lines oft = new Lines();
        both(ours, oft, "package " + pkg + ";");
        both(ours, oft, "");
        both(ours, oft, "import java.util.ArrayList;");
        both(ours, oft, "import java.util.List;");
        both(ours, oft, "import java.util.Objects;");
        both(ours, oft, "");
        both(ours, oft, "/**");
        both(ours, oft, " * Component " + (f + 1) + " of " + moduleName(m) + ". Timestamps use ISO-8601.");
        both(ours, oft, " */");
        both(ours, oft, "public final class " + cls + " {");
        both(ours, oft, "");
        both(ours, oft, "    private static final int LIMIT = " + (16 + r.nextInt(100)) + ";");
        both(ours, oft, "    private final List<String> items = new ArrayList<>();");
        for (int j = 0; j < c.refs(); j++) {
            long g = (long) f * c.refs() + j;
            String id = id(m, plan.cited(g, false));
            String tag = "[impl->" + oftName(id) + "]";
            String method = String.format(Locale.ROOT, "step%02d", j + 1);
            both(ours, oft, "");
            switch (j % 3) {
                case 0 -> {
                    ours.add("    // " + id + ": bounded by LIMIT.");
                    oft.add("    // " + tag + ": bounded by LIMIT.");
                }
                case 1 -> {
                    ours.add("    /** Implements " + id + ". */");
                    oft.add("    /** Implements " + tag + ". */");
                }
                default -> {
                    ours.add("    // See " + id + " for the contract.");
                    oft.add("    // See " + tag + " for the contract.");
                }
            }
            both(ours, oft, "    public boolean " + method + "(String value) {");
            both(ours, oft, "        Objects.requireNonNull(value, \"value\");");
            both(ours, oft, "        if (items.size() >= LIMIT + " + r.nextInt(10) + ") {");
            both(ours, oft, "            return false;");
            both(ours, oft, "        }");
            both(ours, oft, "        return items.add(value + \"" + method + "\");");
            both(ours, oft, "    }");
        }
        for (int k = 0; k < dangling.size(); k++) {
            String id = idByNumber(m, dangling.get(k));
            both(ours, oft, "");
            ours.add("    // " + id + ": kept after the requirement was retired.");
            oft.add("    // [impl->" + oftName(id) + "]: kept after the requirement was retired.");
            both(ours, oft, "    public void retired" + (k + 1) + "() {");
            both(ours, oft, "    }");
        }
        both(ours, oft, "}");
        return new String[] {ours.text(), oft.text()};
    }

    /** A test file in both syntaxes. */
    private static String[] test(Config c, Plan plan, int m, int f, String pkg, String cls, List<Integer> dangling,
            Random r) {
        Lines ours = new Lines();
        Lines oft = new Lines();
        both(ours, oft, "package " + pkg + ";");
        both(ours, oft, "");
        both(ours, oft, "import static org.junit.jupiter.api.Assertions.assertTrue;");
        both(ours, oft, "");
        both(ours, oft, "import org.junit.jupiter.api.Tag;");
        both(ours, oft, "import org.junit.jupiter.api.Test;");
        both(ours, oft, "");
        both(ours, oft, "class " + cls + "Test {");
        boolean hasClass = f < c.sources();
        for (int j = 0; j < c.refs(); j++) {
            long g = (long) f * c.refs() + j;
            String id = id(m, plan.cited(g, true));
            String tag = "[utest->" + oftName(id) + "]";
            String method = String.format(Locale.ROOT, "step%02d", j + 1);
            both(ours, oft, "");
            if (j % 2 == 0) {
                both(ours, oft, "    @Test");
                ours.add("    @Tag(\"" + id + "\")");
                oft.add("    // " + tag);
            } else {
                ours.add("    // Verifies " + id + ".");
                oft.add("    // Verifies " + tag + ".");
                both(ours, oft, "    @Test");
            }
            both(ours, oft, "    void " + method + "Accepts" + r.nextInt(100) + "() {");
            both(ours, oft, "        String input = \"x\" + " + r.nextInt(1000) + ";");
            if (hasClass) {
                both(ours, oft, "        " + cls + " component = new " + cls + "();");
                both(ours, oft, "        boolean accepted = component." + method + "(input);");
            } else {
                both(ours, oft, "        boolean accepted = !input.isEmpty();");
            }
            both(ours, oft, "        assertTrue(accepted, \"" + method + " accepts \" + input);");
            both(ours, oft, "    }");
        }
        for (int k = 0; k < dangling.size(); k++) {
            String id = idByNumber(m, dangling.get(k));
            both(ours, oft, "");
            both(ours, oft, "    @Test");
            ours.add("    @Tag(\"" + id + "\")");
            oft.add("    // [utest->" + oftName(id) + "]");
            both(ours, oft, "    void retired" + (k + 1) + "() {");
            both(ours, oft, "    }");
        }
        both(ours, oft, "}");
        return new String[] {ours.text(), oft.text()};
    }

    private static void write(Path file, String text, AtomicLong ids, AtomicLong bytes) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, b);
        if (ids != null) {
            long n = 0;
            Matcher matcher = ID.matcher(text);
            while (matcher.find()) {
                n++;
            }
            ids.addAndGet(n);
            bytes.addAndGet(b.length);
        }
    }

    /** Lines of a text file, LF-terminated. */
    private static final class Lines {
        private final StringBuilder sb = new StringBuilder(4096);

        void add(String line) {
            sb.append(line).append('\n');
        }

        void addAll(Lines other) {
            sb.append(other.sb);
        }

        String text() {
            return sb.toString();
        }

        /** Fails if a line outside tables and code blocks reaches 100 characters, which would add findings. */
        void checkLineLengths(String what) {
            boolean code = false;
            int n = 0;
            for (String line : sb.toString().split("\n", -1)) {
                n++;
                if (line.startsWith("```")) {
                    code = !code;
                    continue;
                }
                if (!code && !line.startsWith("|") && line.length() > MAX_LINE) {
                    throw new IllegalStateException(what + " line " + n + " is too long: " + line);
                }
            }
        }
    }
}
