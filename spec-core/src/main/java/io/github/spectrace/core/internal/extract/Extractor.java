package io.github.spectrace.core.internal.extract;

import io.github.spectrace.core.internal.cache.FileCache;
import io.github.spectrace.core.internal.files.ExistenceCache;
import io.github.spectrace.core.internal.files.FileWalker;
import io.github.spectrace.core.internal.files.InOrder;
import io.github.spectrace.core.internal.files.RepoPath;
import io.github.spectrace.core.internal.files.SpecFiles;
import io.github.spectrace.core.internal.links.LinkTarget;
import io.github.spectrace.core.internal.markdown.Keywords;
import io.github.spectrace.core.internal.markdown.SpecDocument.Block;
import io.github.spectrace.core.internal.markdown.SpecDocument.IdToken;
import io.github.spectrace.core.internal.markdown.SpecDocument;
import io.github.spectrace.core.internal.markdown.SpecDocumentCodec;
import io.github.spectrace.core.internal.markdown.SpecParser;
import io.github.spectrace.core.internal.render.GeneratedFiles;
import io.github.spectrace.core.internal.text.IdPatterns;
import io.github.spectrace.core.internal.text.NaturalOrder;
import io.github.spectrace.core.internal.rules.Diagnostic;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.ModuleRequirements;
import io.github.spectrace.core.model.Requirement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the specs of a project and builds the requirement model. Nothing is written; see
 * {@link GeneratedFiles} for the output.
 */
public final class Extractor {

    private final ProjectLayout layout;
    private final ExtractOptions options;
    private final SpecParser parser;
    private final ModuleMapper mapper;
    private final FileWalker walker;
    private final ExistenceCache exists;
    private final FileCache cache;

    /**
     * Prepares an extraction.
     *
     * @param layout the top-level directory and the modules
     * @param options what to read, validated
     * @param parser the run's parser
     * @param walker the run's file walker
     * @param exists the run's cache of which paths exist
     * @throws SpecException if a mapping names a module that does not exist
     */
    public Extractor(ProjectLayout layout, ExtractOptions options, SpecParser parser, FileWalker walker,
            ExistenceCache exists) {
        this(layout, options, parser, walker, exists, FileCache.none());
    }

    /**
     * Prepares an extraction that keeps each parsed spec in a cache, so that a later run parses only changed specs.
     *
     * @param layout the top-level directory and the modules
     * @param options what to read, validated
     * @param parser the run's parser
     * @param walker the run's file walker
     * @param exists the run's cache of which paths exist
     * @param cache the cache of earlier parses, whose fingerprint covers the parser's settings
     * @throws SpecException if a mapping names a module that does not exist
     */
    public Extractor(ProjectLayout layout, ExtractOptions options, SpecParser parser, FileWalker walker,
            ExistenceCache exists, FileCache cache) {
        this.cache = cache;
        this.layout = layout;
        this.options = options;
        this.parser = parser;
        this.walker = walker;
        this.exists = exists;
        this.mapper = new ModuleMapper(layout, options.mappings(), options.names());
    }

    /**
     * Finds, reads and parses every spec, and builds the requirements of each module.
     *
     * @return the model
     * @throws SpecException if a spec cannot be read or is not valid UTF-8
     */
    public Extraction run() {
        List<RepoPath> skipped = new ArrayList<>();
        List<SpecFinder.Found> found = SpecFinder.find(layout, walker, options.includes(), options.excludes(),
                skipped);
        // The parser is thread-safe; parsing is most of extract's time.
        List<SpecDocument> documents = InOrder.map(found, this::parse);

        List<Diagnostic> warnings = new ArrayList<>();
        for (String spec : mapper.unusedMappings(found)) {
            warnings.add(new Diagnostic(Rule.SPEC_MAPPING_UNUSED, options.configFile(), 0, 0, options.names().name("mappings") + " names spec '" + spec
                            + "', but no spec file has that name or path. Fix the " + options.names().name("spec")
                            + " value or remove the mapping.", spec));
        }

        for (RepoPath p : new java.util.TreeSet<>(skipped)) {
            warnings.add(new Diagnostic(Rule.SPEC_FILE_SKIPPED, p.value(), 0, 0, p.value() + " matches "
                    + options.names().name("includes") + " but is not a regular file inside the project: a symbolic"
                    + " link that leads outside it, a FIFO or a device. It is not read. Put the spec itself in the"
                    + " repository."));
        }

        Set<String> prefixes = new HashSet<>();
        int definedCount = 0;
        for (SpecDocument d : documents) {
            for (Block b : d.blocks()) {
                for (IdToken t : b.defined()) {
                    prefixes.add(IdPatterns.prefixOf(t.id()));
                    definedCount++;
                }
            }
        }

        Definitions definitions = new Definitions(documents);
        // Sized for every marker ID, so that the maps never grow.
        Map<String, IdToken> firstAt = new HashMap<>(definedCount * 4 / 3 + 1);
        Map<String, String> firstIn = new HashMap<>(definedCount * 4 / 3 + 1);
        SortedMap<String, SortedSet<String>> sources = new TreeMap<>();
        SortedMap<String, List<Requirement>> byModule = new TreeMap<>();
        // The generated files must not count as refs: they exist only after the first run, which would make the
        // second run differ from the first.
        Resolver resolver = new Resolver(layout.root(), layout.root().resolve(options.complianceFile()).normalize(),
                layout.root().resolve(options.requirementsDirectory()).normalize(), exists);
        for (int i = 0; i < documents.size(); i++) {
            SpecDocument doc = documents.get(i);
            Outline outline = new Outline(doc, layout.root().resolve(doc.path()).getParent(), resolver, definitions);
            String module = mapper.moduleOf(found.get(i));
            sources.computeIfAbsent(module, k -> new TreeSet<>()).add(doc.path());
            List<Requirement> into = byModule.computeIfAbsent(module, k -> new ArrayList<>());
            for (int b = 0; b < doc.blocks().size(); b++) {
                Block block = doc.blocks().get(b);
                for (IdToken t : block.defined()) {
                    if (!definitions.defines(block, t)) {
                        continue;
                    }
                    IdToken first = firstAt.putIfAbsent(t.id(), t);
                    if (first != null) {
                        // Definitions lets only one weak marker per ID define, and none next to a strong one.
                        warnings.add(new Diagnostic(Rule.SPEC_ID_DUPLICATE, doc.path(), t.line(), t.column(),
                                t.id() + " is also defined at " + firstIn.get(t.id()) + ":" + first.line() + ":"
                                        + first.column() + "; extract keeps the first definition."
                                        + " Give one of them a new ID.", t.id()));
                        continue;
                    }
                    firstIn.put(t.id(), doc.path());
                    into.add(requirement(doc, b, t, prefixes, outline));
                }
            }
        }

        for (ModuleMapper.Ambiguous a : mapper.ambiguous()) {
            List<String> choices = new ArrayList<>();
            a.modules().forEach(m -> choices.add(options.names().name("module") + " " + m));
            warnings.add(new Diagnostic(Rule.SPEC_MODULE_AMBIGUOUS, a.path(), 0, 0, "its name '" + a.name()
                    + "' is the directory name of several modules (" + String.join(", ", a.modules())
                    + "), so it is written as module '" + a.name() + "' of its own. Add a "
                    + options.names().name("mapping") + " with " + options.names().name("spec") + " " + a.fileName()
                    + " and one of " + String.join(", ", choices) + "."));
        }

        List<ModuleRequirements> modules = new ArrayList<>();
        for (Map.Entry<String, List<Requirement>> e : byModule.entrySet()) {
            List<Requirement> reqs = e.getValue();
            reqs.sort((x, y) -> NaturalOrder.INSTANCE.compare(x.id(), y.id()));
            modules.add(new ModuleRequirements(e.getKey(), new ArrayList<>(sources.get(e.getKey())), reqs));
        }
        return new Extraction(documents, modules, warnings, definitions);
    }

    private Requirement requirement(SpecDocument doc, int index, IdToken id, Set<String> prefixes,
            Outline outline) {
        Block block = doc.blocks().get(index);
        SortedSet<String> xrefs = null;
        SortedSet<String> refs = new TreeSet<>();
        List<Block> children = outline.children(index);
        for (int i = -1; i < children.size(); i++) {
            Block p = i < 0 ? block : children.get(i);
            for (IdToken m : p.mentions()) {
                if (!isDefinedIn(block, m.id()) && prefixes.contains(IdPatterns.prefixOf(m.id()))) {
                    if (xrefs == null) {
                        xrefs = new TreeSet<>(NaturalOrder.INSTANCE);
                    }
                    xrefs.add(m.id());
                }
            }
            outline.resolver.collect(outline.specDir, p, refs);
        }
        // Prose of the section that defines nothing points at things every requirement of the section uses.
        List<String> sectionRefs = outline.sectionRefs(block.section());
        List<String> allRefs;
        if (refs.isEmpty()) {
            allRefs = sectionRefs;
        } else {
            refs.addAll(sectionRefs);
            allRefs = List.copyOf(refs);
        }

        String section = "";
        String anchor = doc.path();
        if (block.section() >= 0) {
            section = doc.headings().get(block.section()).text();
            anchor = outline.anchor(block.section());
        }
        return new Requirement(id.id(), block.title(), Keywords.level(block.keywords()), block.keywords(), section,
                anchor, doc.path(), id.line(), id.column(), allRefs, xrefs == null ? List.of() : List.copyOf(xrefs),
                block.text());
    }

    private static boolean isDefinedIn(Block block, String id) {
        for (IdToken t : block.defined()) {
            if (t.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which blocks of one spec belong to which requirement, computed once per spec: a spec with n requirements
     * would otherwise be scanned n times, once per requirement.
     */
    private static final class Outline {
        final Path specDir;
        final Resolver resolver;
        /** Blocks nested in a defining block that define nothing themselves, by the owner's index, in order. */
        private final Map<Integer, List<Block>> children = new HashMap<>();
        /** Top-level blocks that define nothing, by section. */
        private final Map<Integer, List<Block>> prose = new HashMap<>();
        /** The refs of each section's prose, sorted, resolved on first use. */
        private final Map<Integer, List<String>> sectionRefs = new HashMap<>();
        /** The anchor of each section, made on first use. */
        private final Map<Integer, String> anchors = new HashMap<>();
        private final SpecDocument doc;

        Outline(SpecDocument doc, Path specDir, Resolver resolver, Definitions definitions) {
            this.doc = doc;
            this.specDir = specDir;
            this.resolver = resolver;
            for (Block b : doc.blocks()) {
                if (!b.defined().isEmpty() && definitions.definesAny(b)) {
                    continue;
                }
                Block owner = b.owner() >= 0 ? doc.blocks().get(b.owner()) : null;
                if (owner != null && definitions.definesAny(owner)) {
                    children.computeIfAbsent(b.owner(), k -> new ArrayList<>()).add(b);
                }
                if (owner == null || owner.kind() == SpecDocument.Kind.HEADING || !definitions.definesAny(owner)) {
                    // The body of a heading requirement is also prose of its section, as before headings owned it.
                    prose.computeIfAbsent(b.section(), k -> new ArrayList<>()).add(b);
                }
            }
        }

        List<Block> children(int owner) {
            return children.getOrDefault(owner, List.of());
        }

        List<String> sectionRefs(int section) {
            List<String> refs = sectionRefs.get(section);
            if (refs == null) {
                SortedSet<String> sorted = new TreeSet<>();
                for (Block b : prose.getOrDefault(section, List.of())) {
                    resolver.collect(specDir, b, sorted);
                }
                refs = List.copyOf(sorted);
                sectionRefs.put(section, refs);
            }
            return refs;
        }

        /** {@code path#slug} of a heading. */
        String anchor(int section) {
            String anchor = anchors.get(section);
            if (anchor == null) {
                anchor = doc.path() + "#" + doc.headings().get(section).slug();
                anchors.put(section, anchor);
            }
            return anchor;
        }
    }

    /** Turns link targets and path-like words into repository-relative paths of things that exist. */
    private static final class Resolver {
        private final Path root;
        private final Path complianceFile;
        private final Path requirementsDirectory;
        private final ExistenceCache exists;

        Resolver(Path root, Path complianceFile, Path requirementsDirectory, ExistenceCache exists) {
            this.root = root;
            this.exists = exists;
            this.complianceFile = complianceFile;
            this.requirementsDirectory = requirementsDirectory;
        }

        void collect(Path specDir, Block block, Set<String> into) {
            for (String link : block.links()) {
                LinkTarget t = LinkTarget.of(root, specDir, link);
                String rel = t.kind() == LinkTarget.Kind.RELATIVE ? existing(t.path()) : null;
                if (rel != null) {
                    into.add(rel);
                }
            }
            for (String c : block.pathTokens()) {
                String rel = resolve(specDir, c);
                if (rel == null && !c.startsWith(".")) {
                    rel = resolve(root, c);
                }
                if (rel != null) {
                    into.add(rel);
                }
            }
        }

        private String resolve(Path dir, String target) {
            if (target.isEmpty() || target.startsWith("/")) {
                return null;
            }
            Path p;
            try {
                p = dir.resolve(target).normalize();
            } catch (InvalidPathException e) {
                return null;
            }
            return existing(p);
        }

        /** The repository-relative path of an existing, non-generated file or directory inside the project. */
        private String existing(Path p) {
            if (!p.startsWith(root) || p.equals(root) || p.equals(complianceFile)
                    || !requirementsDirectory.equals(root) && p.startsWith(requirementsDirectory)) {
                return null;
            }
            if (!exists.exists(p)) {
                return null;
            }
            return RepoPath.of(root, p).value();
        }


    }

    /** Parses a spec, or takes it from the cache when its file and content are unchanged. */
    private SpecDocument parse(SpecFinder.Found f) {
        FileCache.Stat stat;
        try {
            stat = FileCache.Stat.of(f.file());
        } catch (IOException e) {
            stat = null;
        }
        String text = SpecFiles.readUtf8(f.file(), f.path());
        if (stat == null || !cache.enabled()) {
            return parser.parse(f.path(), text);
        }
        byte[] sha = FileCache.sha256(text.getBytes(StandardCharsets.UTF_8));
        byte[] hit = cache.same(f.path(), stat, sha);
        SpecDocument doc = hit == null ? null : SpecDocumentCodec.decode(hit, f.path(), text);
        if (doc == null) {
            doc = parser.parse(f.path(), text);
            cache.put(f.path(), stat, sha, SpecDocumentCodec.encode(doc));
        }
        return doc;
    }
}
