package example.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rejects unknown keys, naming each key's path (OC-CONFIG-6001). */
public final class ConfigValidator {
    private static final Set<String> KNOWN = Set.of("queueCapacity");

    private ConfigValidator() {
    }

    public static List<String> unknownKeys(Map<String, ?> config) {
        List<String> unknown = new ArrayList<>();
        for (String key : config.keySet()) {
            if (!KNOWN.contains(key)) {
                unknown.add("$." + key);
            }
        }
        unknown.sort(null);
        return unknown;
    }
}
