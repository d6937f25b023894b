package io.github.spectrace.core.internal.extract;

import io.github.spectrace.core.internal.extract.ExtractOptions.Mapping;
import io.github.spectrace.core.internal.extract.ProjectLayout.Module;
import io.github.spectrace.core.model.OptionStyle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides which module, and so which {@code requirements/<module>.yaml}, a spec file belongs to.
 *
 * <ol>
 *   <li>An explicit mapping whose {@code spec} is the file name or repository-relative path wins.</li>
 *   <li>A spec inside a module other than the top-level one maps to that module's artifactId, as does the
 *       top-level project's own {@code SPEC.md}.</li>
 *   <li>Otherwise the file name without {@code .md} and without an {@code NN-} or {@code NN_} ordering prefix
 *       is matched against module names, then module directory names (when only one module has it), then module
 *       directory paths joined with {@code -} ({@code contracts-config-schema} for
 *       {@code contracts/config-schema}); failing all it is the name.</li>
 * </ol>
 *
 * A mapping may name any module, or a name that no module has, which is then a module of specs only.
 */
// SPEC-CORE-1061
final class ModuleMapper {

    private static final Pattern ORDER_PREFIX = Pattern.compile("^[0-9]{2}[-_]");

    private final ProjectLayout layout;
    private final List<Mapping> mappings;
    private final List<Ambiguous> ambiguous = new ArrayList<>();

    ModuleMapper(ProjectLayout layout, List<Mapping> mappings, OptionStyle names) {
        this.layout = layout;
        this.mappings = mappings;
    }

    String moduleOf(SpecFinder.Found spec) {
        String fileName = spec.file().getFileName().toString();
        for (Mapping m : mappings) {
            String key = m.spec().strip().replace('\\', '/');
            if (key.equals(fileName) || key.equals(spec.path())) {
                String module = resolve(m.module().strip());
                return module != null ? module : m.module().strip();
            }
        }
        Module owner = spec.owner();
        if (!owner.baseDir().equals(layout.root()) || fileName.equals("SPEC.md")) {
            return owner.artifactId();
        }
        String name = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
        String stripped = ORDER_PREFIX.matcher(name).replaceFirst("");
        if (!stripped.isEmpty()) {
            name = stripped;
        }
        String module = resolve(name);
        if (module == null) {
            List<String> same = sameDirectoryName(name);
            if (same.size() > 1) {
                ambiguous.add(new Ambiguous(spec.path(), fileName, name, same));
            }
        }
        return module != null ? module : name;
    }

    /** A top-level spec whose name is the directory name of several modules, so that it maps to none of them. */
    record Ambiguous(String path, String fileName, String name, List<String> modules) {
    }

    /** The specs that {@link #moduleOf} could not decide between modules, in the order it met them. */
    List<Ambiguous> ambiguous() {
        return ambiguous;
    }

    private List<String> sameDirectoryName(String name) {
        List<String> out = new ArrayList<>();
        for (Module m : layout.modules()) {
            Path dirName = m.baseDir().getFileName();
            if (dirName != null && dirName.toString().equals(name)) {
                out.add(m.artifactId());
            }
        }
        out.sort(null);
        return out;
    }

    /** The {@code spec} values of mappings that match no spec file; the extractor warns about them. */
    List<String> unusedMappings(List<SpecFinder.Found> specs) {
        List<String> unused = new ArrayList<>();
        for (Mapping m : mappings) {
            String key = m.spec().strip().replace('\\', '/');
            boolean used = false;
            for (SpecFinder.Found f : specs) {
                used |= key.equals(f.file().getFileName().toString()) || key.equals(f.path());
            }
            if (!used) {
                unused.add(m.spec());
            }
        }
        return unused;
    }

    /**
     * The name of the module with this name, or else the only one with this directory name, or else the one whose
     * directory path joined with {@code -} is this; null if none.
     */
    private String resolve(String name) {
        for (Module m : layout.modules()) {
            if (m.artifactId().equals(name)) {
                return m.artifactId();
            }
        }
        String byDirectory = null;
        for (Module m : layout.modules()) {
            Path dirName = m.baseDir().getFileName();
            if (dirName != null && dirName.toString().equals(name)) {
                if (byDirectory != null) {
                    return null;
                }
                byDirectory = m.artifactId();
            }
        }
        if (byDirectory != null) {
            return byDirectory;
        }
        for (Module m : layout.modules()) {
            String path = layout.root().relativize(m.baseDir()).toString().replace('\\', '/').replace('/', '-');
            if (!path.isEmpty() && path.equals(name)) {
                return m.artifactId();
            }
        }
        return null;
    }
}
