package io.github.spectrace.core.internal.layout;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.spectrace.core.internal.files.FileWalker;
import io.github.spectrace.core.internal.files.Glob;
import io.github.spectrace.core.internal.files.RepoPath;
import io.github.spectrace.core.internal.files.SpecFiles;
import io.github.spectrace.core.internal.rules.Diagnostic;
import io.github.spectrace.core.model.Ecosystem;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Finds the modules of other ecosystems in a repository from their manifests: every {@code Cargo.toml} with a
 * {@code [package]}, every {@code package.json} with a {@code name}, every {@code go.mod} and every
 * {@code pyproject.toml} with a {@code [project]} or {@code [tool.poetry]} name, outside the directories that
 * the file walker skips. Test fixtures are left out: manifests under a {@code src/test/} or {@code src/it/} tree,
 * or under a directory named {@code testdata}, {@code fixtures} or {@code __fixtures__}, and those that the
 * given exclude globs match, as do a Cargo workspace's {@code exclude} entries. The manifests are read with
 * Jackson's TOML and JSON parsers; {@code go.mod} has a line format of its own.
 *
 * <p>Workspaces add to what the walk finds: the members of a Cargo {@code [workspace]}, of a {@code package.json}
 * {@code workspaces} list, of a {@code pnpm-workspace.yaml} and of a {@code go.work} are modules even where the
 * walk does not look for packages (a test fixture directory, a Maven module's {@code src/} tree), but never where
 * no walk goes (what {@code .gitignore} ignores, build directories) nor what the exclude globs match. A member
 * entry that matches no directory with a manifest is reported, at its line.
 */
// SPEC-CORE-1060
public final class Manifests {

    /** Manifests are small; a larger file is not read, so a hostile repository cannot exhaust the heap. */
    static final long MAX_SIZE = 1024 * 1024;

    /** The manifest file names this class reads. */
    public static final Set<String> NAMES = Set.of("Cargo.toml", "package.json", "go.mod", "pyproject.toml",
            "pnpm-workspace.yaml", "go.work");

    /** Test files by convention, relative to the module's directory, for ecosystems whose tests sit beside code. */
    private static final List<String> NPM_TESTS = List.of("**/*.test.*", "**/*.spec.*", "**/__tests__/**",
            "test/**", "tests/**");
    private static final List<String> GO_TESTS = List.of("**/*_test.go");
    private static final List<String> PYTHON_TESTS = List.of("**/test_*.py", "**/*_test.py", "**/tests/**",
            "**/conftest.py");

    /**
     * A module found from its manifest.
     *
     * @param name the package name, made safe for a file name
     * @param dir the package's directory
     * @param manifest its manifest file
     * @param ecosystem where it comes from
     * @param sourceRoots directories of code
     * @param testRoots directories of tests
     * @param testGlobs files under the source roots that are tests, relative to {@code dir}
     * @param buildDirectory the output directory that is never read
     */
    public record Found(String name, Path dir, Path manifest, Ecosystem ecosystem, List<Path> sourceRoots,
            List<Path> testRoots, List<String> testGlobs, Path buildDirectory) {
    }

    private final Path root;
    private final FileWalker walker;
    /** Made on first use: loading Jackson's databind costs a cold JVM a few hundred milliseconds. */
    private ObjectMapper toml;
    private ObjectMapper json;
    private ObjectMapper yaml;
    private final List<Glob> excludes;
    private final Set<Path> notEntered;

    /**
     * Prepares a search.
     *
     * @param root the top-level directory
     * @param walker the run's file walker
     * @param excludes globs of files to leave out, relative to the top-level directory
     * @param notEntered directories that hold no packages, such as the {@code src/} trees of Maven modules, whose
     *     sources are most of a Java repository's files
     */
    public Manifests(Path root, FileWalker walker, List<Glob> excludes, Set<Path> notEntered) {
        this.root = root;
        this.walker = walker;
        this.excludes = List.copyOf(excludes);
        this.notEntered = Set.copyOf(notEntered);
    }

    /** Whether a manifest, by its repository-relative path, belongs to a test fixture rather than a package. */
    static boolean isFixture(String rel) {
        String p = "/" + rel;
        return p.contains("/src/test/") || p.contains("/src/it/") || p.contains("/testdata/")
                || p.contains("/fixtures/") || p.contains("/__fixtures__/");
    }

    /**
     * A workspace's list of members.
     *
     * @param manifest the file that declares it
     * @param memberManifest the manifest that each member directory has
     * @param entries the member entries, in file order, with {@code !} for those that leave directories out
     * @param lines the line of each entry, or 0
     */
    record Workspace(Path manifest, String memberManifest, List<String> entries, List<Integer> lines) {
    }

    /**
     * Reads every manifest, then adds the members of each workspace that the walk did not find.
     *
     * @param problems receives a warning for each manifest that cannot be read, and for each workspace member
     *     entry that matches no package
     * @return the modules, in path order of their manifests
     */
    public List<Found> find(List<Diagnostic> problems) {
        List<Path> manifests = new ArrayList<>();
        for (FileWalker.Found f : walker.walk(root, d -> !notEntered.contains(d), rel -> NAMES.contains(fileName(rel))
                && !isFixture(rel) && !Glob.matches(excludes, rel), null)) {
            manifests.add(f.file().toAbsolutePath().normalize());
        }
        manifests.sort(null);
        List<Path> excluded = new ArrayList<>();
        List<Workspace> workspaces = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        Set<Path> read = new HashSet<>(manifests);
        for (Path m : manifests) {
            Found module = read(m, excluded, workspaces, problems);
            if (module != null) {
                found.add(module);
            }
        }
        // Members may declare workspaces of their own, which the loop then reads too.
        for (int w = 0; w < workspaces.size(); w++) {
            for (Path m : members(workspaces.get(w), problems)) {
                if (read.add(m)) {
                    Found module = read(m, excluded, workspaces, problems);
                    if (module != null) {
                        found.add(module);
                    }
                }
            }
        }
        found.removeIf(f -> excluded.stream().anyMatch(x -> f.dir().startsWith(x)));
        found.sort((a, b) -> a.manifest().compareTo(b.manifest()));
        return found;
    }

    /** The manifests of a workspace's members, in path order; an entry that matches none is reported. */
    // SPEC-CORE-1063
    private List<Path> members(Workspace w, List<Diagnostic> problems) {
        String rel = RepoPath.of(root, w.manifest()).value();
        String base = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/') + 1) : "";
        List<Glob> negated = new ArrayList<>();
        for (String e : w.entries()) {
            String full = e.startsWith("!") ? join(base, e.substring(1)) : null;
            if (full != null && !full.isEmpty() && !full.startsWith("../")) {
                negated.add(glob(full));
            }
        }
        SortedSet<Path> all = new TreeSet<>();
        for (int i = 0; i < w.entries().size(); i++) {
            String e = w.entries().get(i);
            String full = join(base, e);
            if (e.startsWith("!") || full.startsWith("../") || full.equals("..")) {
                continue;
            }
            List<Path> matched = new ArrayList<>();
            Glob g = full.isEmpty() ? null : glob(full);
            int depth = full.isEmpty() ? 0 : full.split("/").length;
            boolean deep = full.contains("**");
            Path start = root.resolve(g == null ? "" : g.literalDirectory());
            for (FileWalker.Found f : walker.walk(start, d -> deep || segments(root, d) <= depth,
                    r -> fileName(r).equals(w.memberManifest()), null)) {
                String file = f.path().value();
                String dir = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
                if ((g == null ? dir.isEmpty() : g.matches(dir)) && !Glob.matches(negated, dir)
                        && !Glob.matches(excludes, file)) {
                    matched.add(f.file().toAbsolutePath().normalize());
                }
            }
            if (matched.isEmpty()) {
                problems.add(new Diagnostic(Rule.SPEC_MANIFEST_INVALID, rel, w.lines().get(i), 0, "lists the"
                        + " workspace member '" + e + "', but no directory that it matches has a "
                        + w.memberManifest() + ", so it adds no module. Fix or remove the entry, or ignore this"
                        + " if the package is not in the repository yet."));
            }
            all.addAll(matched);
        }
        return new ArrayList<>(all);
    }

    /** A member entry relative to the top-level directory: {@code ./}, {@code .} and {@code ..} resolved. */
    static String join(String base, String entry) {
        List<String> parts = new ArrayList<>();
        for (String p : (base + entry.strip().replace('\\', '/')).split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                parts.remove(parts.size() - 1);
            } else {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    private static Glob glob(String full) {
        try {
            return Glob.of(full, "a workspace");
        } catch (SpecException e) {
            // Only an unclosed brace gets here; such an entry is taken as it is written.
            return Glob.of(full.replace("{", "?"), "a workspace");
        }
    }

    private static int segments(Path root, Path dir) {
        return root.relativize(dir).getNameCount();
    }

    private static String fileName(String rel) {
        int slash = rel.lastIndexOf('/');
        return slash < 0 ? rel : rel.substring(slash + 1);
    }

    private Found read(Path manifest, List<Path> excluded, List<Workspace> workspaces, List<Diagnostic> problems) {
        Path dir = manifest.getParent();
        String file = manifest.getFileName().toString();
        String rel = RepoPath.of(root, manifest).value();
        String text;
        try {
            if (Files.size(manifest) > MAX_SIZE) {
                problems.add(new Diagnostic(Rule.SPEC_MANIFEST_INVALID, rel, 0, 0, "is larger than "
                        + MAX_SIZE / 1024 / 1024 + " MiB, which no package manifest is, so it is not read and its"
                        + " directory is not a module. Fix the file, or ignore this if it is not a package."));
                return null;
            }
            text = SpecFiles.readUtf8(manifest, rel);
        } catch (IOException | SpecException e) {
            String why = e instanceof SpecException ? e.getMessage() : SpecFiles.describe((IOException) e);
            problems.add(new Diagnostic(Rule.SPEC_MANIFEST_INVALID, rel, 0, 0, "cannot be read (" + why
                    + "), so its directory is not a module. Fix the file, or ignore this if it is not a package."));
            return null;
        }
        try {
            switch (file) {
                case "Cargo.toml": {
                    JsonNode t = toml().readTree(text);
                    for (JsonNode x : t.path("workspace").path("exclude")) {
                        excluded.add(dir.resolve(x.asText()).normalize());
                    }
                    workspace(manifest, "Cargo.toml", t.path("workspace").path("members"), text, workspaces);
                    String name = t.path("package").path("name").asText("");
                    return name.isEmpty() ? null : new Found(name, dir, manifest, Ecosystem.CARGO,
                            List.of(dir.resolve("src")),
                            List.of(dir.resolve("tests"), dir.resolve("benches"), dir.resolve("examples")),
                            List.of(), dir.resolve("target"));
                }
                case "package.json": {
                    JsonNode t = json().readTree(text);
                    JsonNode members = t.path("workspaces");
                    workspace(manifest, "package.json", members.isObject() ? members.path("packages") : members,
                            text, workspaces);
                    String name = t.path("name").asText("");
                    return name.isEmpty() ? null : new Found(safe(name), dir, manifest, Ecosystem.NPM,
                            List.of(dir), List.of(), NPM_TESTS, dir.resolve("dist"));
                }
                case "pyproject.toml": {
                    JsonNode t = toml().readTree(text);
                    String name = t.path("project").path("name").asText(
                            t.path("tool").path("poetry").path("name").asText(""));
                    return name.isEmpty() ? null : new Found(safe(name), dir, manifest, Ecosystem.PYTHON,
                            List.of(dir), List.of(), PYTHON_TESTS, dir.resolve("build"));
                }
                case "pnpm-workspace.yaml":
                    workspace(manifest, "package.json", yaml().readTree(text).path("packages"), text, workspaces);
                    return null;
                case "go.work":
                    goWork(manifest, text, workspaces);
                    return null;
                default: {
                    String name = goModuleName(text);
                    return name == null ? null : new Found(safe(name), dir, manifest, Ecosystem.GO, List.of(dir),
                            List.of(), GO_TESTS, dir.resolve("vendor"));
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            problems.add(new Diagnostic(Rule.SPEC_MANIFEST_INVALID, RepoPath.of(root, manifest).value(), line, 0,
                    "cannot be parsed (" + e.getOriginalMessage().lines().findFirst().orElse("") + "), so its"
                            + " directory is not a module. Fix the file, or ignore this if it is not a package."));
            return null;
        }
    }

    private ObjectMapper toml() {
        if (toml == null) {
            toml = new TomlMapper();
        }
        return toml;
    }

    private ObjectMapper yaml() {
        if (yaml == null) {
            yaml = new YAMLMapper();
        }
        return yaml;
    }

    /** Adds a workspace whose member entries are the strings of a JSON, TOML or YAML array. */
    private static void workspace(Path manifest, String memberManifest, JsonNode array, String text,
            List<Workspace> workspaces) {
        if (!array.isArray() || array.isEmpty()) {
            return;
        }
        List<String> entries = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (JsonNode x : array) {
            if (x.isTextual() && !x.asText().isBlank()) {
                entries.add(x.asText().strip());
                lines.add(lineOf(text, x.asText()));
            }
        }
        workspaces.add(new Workspace(manifest, memberManifest, entries, lines));
    }

    /** The line where an entry is written, quoted if it is, or 0. */
    static int lineOf(String text, String entry) {
        String[] lines = text.split("\n", -1);
        for (String needle : List.of("\"" + entry + "\"", "'" + entry + "'", entry)) {
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(needle)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /**
     * Adds a {@code go.work}'s {@code use} directives, in their one-line ({@code use ./svc}) and block
     * ({@code use ( ./a ./b )}, one per line) forms, with {@code //} comments; other directives are skipped.
     */
    static void goWork(Path manifest, String text, List<Workspace> workspaces) {
        List<String> entries = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        boolean block = false;
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i];
            int comment = line.indexOf("//");
            line = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (!block) {
                if (!line.startsWith("use") || line.length() == 3 || !(Character.isWhitespace(line.charAt(3))
                        || line.charAt(3) == '(')) {
                    continue;
                }
                line = line.substring(3).strip();
                if (line.startsWith("(")) {
                    block = true;
                    line = line.substring(1).strip();
                }
            }
            if (block && line.endsWith(")")) {
                block = false;
                line = line.substring(0, line.length() - 1).strip();
            }
            if (line.length() >= 2 && line.startsWith("\"") && line.endsWith("\"")) {
                line = line.substring(1, line.length() - 1);
            }
            if (!line.isEmpty()) {
                entries.add(line);
                lines.add(i + 1);
            }
        }
        if (!entries.isEmpty()) {
            workspaces.add(new Workspace(manifest, "go.mod", entries, lines));
        }
    }

    private ObjectMapper json() {
        if (json == null) {
            json = new ObjectMapper();
        }
        return json;
    }

    /** The last element of the {@code module} directive's path, without a {@code /vN} major version suffix. */
    static String goModuleName(String text) {
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            int comment = line.indexOf("//");
            if (comment >= 0) {
                line = line.substring(0, comment).strip();
            }
            if (!line.startsWith("module") || line.length() == 6 || !Character.isWhitespace(line.charAt(6))) {
                continue;
            }
            String path = line.substring(6).strip();
            if (path.length() >= 2 && path.startsWith("\"") && path.endsWith("\"")) {
                path = path.substring(1, path.length() - 1);
            }
            String[] parts = path.split("/");
            String last = parts[parts.length - 1];
            if (parts.length > 1 && last.matches("v[0-9]+")) {
                last = parts[parts.length - 2];
            }
            return last.isEmpty() ? null : last;
        }
        return null;
    }

    /** A package name as a file name: {@code @scope/pkg} becomes {@code scope-pkg}. */
    static String safe(String name) {
        String n = name.strip();
        if (n.startsWith("@")) {
            n = n.substring(1);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            b.append(c == '/' || c == '\\' || c == ':' || Character.isWhitespace(c) ? '-' : c);
        }
        return b.toString();
    }
}
