package io.github.spectrace.maven;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code <mapping>} of a spec file to a reactor module, for example
 * {@code <spec>60-config-schema.md</spec><module>contracts-config-schema</module>}.
 */
public class Mapping {

    /** The spec's file name or repository-relative path. */
    private String spec;

    /** The artifactId or directory name of a reactor module. */
    private String module;

    /**
     * The spec's file name or repository-relative path.
     *
     * @return the spec
     */
    public String getSpec() {
        return spec;
    }

    /**
     * Sets the spec's file name or repository-relative path.
     *
     * @param spec the spec
     */
    public void setSpec(String spec) {
        this.spec = spec;
    }

    /**
     * The target module's artifactId or directory name.
     *
     * @return the module
     */
    public String getModule() {
        return module;
    }

    /**
     * Sets the target module's artifactId or directory name.
     *
     * @param module the module
     */
    public void setModule(String module) {
        this.module = module;
    }

    /**
     * The mappings as module names by spec, in order; missing values become empty strings, which the
     * configuration reports.
     *
     * @param mappings the configured mappings, or null
     * @return module by spec
     */
    static Map<String, String> toMap(List<Mapping> mappings) {
        Map<String, String> specToModule = new LinkedHashMap<>();
        if (mappings != null) {
            for (Mapping m : mappings) {
                specToModule.put(m.getSpec() == null ? "" : m.getSpec(), m.getModule() == null ? "" : m.getModule());
            }
        }
        return specToModule;
    }
}
