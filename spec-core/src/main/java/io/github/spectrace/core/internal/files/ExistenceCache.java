package io.github.spectrace.core.internal.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the linked paths are, asked of the file system once per path and run, shared by extraction and the link
 * check. It also keeps the project directory a wall: a path whose real location, after symbolic links, lies
 * outside it, or that is not a regular file (a FIFO, a device, a socket), is never opened.
 */
public final class ExistenceCache {

    private final Path realRoot;
    private final Map<Path, Boolean> exists = new ConcurrentHashMap<>();
    private final Map<Path, Boolean> readable = new ConcurrentHashMap<>();

    /**
     * Creates a cache for one run.
     *
     * @param root the top-level project directory
     */
    public ExistenceCache(Path root) {
        Path r = root.toAbsolutePath().normalize();
        Path real;
        try {
            real = r.toRealPath();
        } catch (IOException e) {
            real = r;
        }
        this.realRoot = real;
    }

    /**
     * Whether a file or directory exists.
     *
     * @param p an absolute, normalised path
     * @return true if it exists
     */
    public boolean exists(Path p) {
        return exists.computeIfAbsent(p, Files::exists);
    }

    /**
     * Whether a file may be opened: it is a regular file, and its real path lies inside the project directory.
     *
     * @param p an absolute, normalised path
     * @return true if it may be read
     */
    public boolean readable(Path p) {
        return readable.computeIfAbsent(p, this::check);
    }

    /**
     * Whether a directory may be listed: its real path lies inside the project directory.
     *
     * @param dir an absolute, normalised path
     * @return true if it may be listed
     */
    public boolean listable(Path dir) {
        try {
            Path real = dir.toRealPath();
            return real.startsWith(realRoot) && Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false;
        }
    }

    private boolean check(Path p) {
        try {
            Path real = p.toRealPath();
            return real.startsWith(realRoot) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false;
        }
    }
}
