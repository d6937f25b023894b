package io.github.spectrace.core.internal.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Whether paths exist, asked of the file system once per path and run, shared by extraction and the link check. */
public final class ExistenceCache {

    private final Map<Path, Boolean> exists = new ConcurrentHashMap<>();

    /**
     * Whether a file or directory exists.
     *
     * @param p an absolute, normalised path
     * @return true if it exists
     */
    public boolean exists(Path p) {
        return exists.computeIfAbsent(p, Files::exists);
    }
}
