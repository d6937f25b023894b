package io.github.spectrace.core.internal.cache;

import io.github.spectrace.core.internal.files.FileSync;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cache of per-file results in the build directory, so that a second run does only the work of the files that
 * changed. An entry belongs to a repository-relative path and holds the file's size, modification time and file key
 * when it was read, the SHA-256 of its content and the result.
 *
 * <p>Every file is still read: an entry is used only when the hash of what was read is the same, so the cache is never
 * wrong, whatever a file's times say. It is also used only when the file's size, modification time and file key are
 * still the same, so a cache file committed to a repository can never stand in for the files of a fresh checkout,
 * whose times and inodes are new. A touched or renamed file is therefore a miss and is parsed again. A cache whose fingerprint (the plugin's code and the settings that shape the results) differs, or that cannot
 * be read, counts as empty. Saving writes a temporary file and moves it into place; entries not used by the run are
 * dropped, so deleted files leave the cache.
 */
// SPEC-CORE-1100
public final class FileCache {

    private static final byte[] MAGIC = "spec-maven-plugin cache\n".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;
    private static final long MAX_BYTES = 1L << 30;

    /** The identity of a file on disk, when it was read. */
    public record Stat(long size, long modifiedNanos, String key) {

        /**
         * Reads a file's identity, following a link (the walk has already checked where it leads).
         *
         * @param file the file
         * @return its identity
         * @throws IOException if it cannot be read
         */
        public static Stat of(Path file) throws IOException {
            return of(Files.readAttributes(file, BasicFileAttributes.class));
        }

        /**
         * A file's identity from attributes already read.
         *
         * @param a the attributes
         * @return its identity
         */
        public static Stat of(BasicFileAttributes a) {
            Object key = a.fileKey();
            return new Stat(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), key == null ? "" : key.toString());
        }
    }

    private record Entry(Stat stat, byte[] sha, byte[] payload) {
    }

    private final Path file;
    private final String fingerprint;
    private final Map<String, Entry> entries;
    private final Map<String, Boolean> used = new ConcurrentHashMap<>();
    private final AtomicBoolean changed = new AtomicBoolean();
    private final AtomicInteger misses = new AtomicInteger();

    private FileCache(Path file, String fingerprint, Map<String, Entry> entries) {
        this.file = file;
        this.fingerprint = fingerprint;
        this.entries = entries;
    }

    /**
     * Opens a cache file, or an empty cache when there is none, it is not a regular file, it is damaged or it was
     * written with another fingerprint.
     *
     * @param file the cache file
     * @param fingerprint the plugin's code and the settings that shape the results
     * @return the cache
     */
    public static FileCache open(Path file, String fingerprint) {
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isRegularFile() && a.size() <= MAX_BYTES) {
                read(new Codec.In(Files.readAllBytes(file)), fingerprint, entries);
            }
        } catch (IOException | RuntimeException e) {
            // Missing, damaged or from another version: start empty.
            entries.clear();
        }
        return new FileCache(file, fingerprint, entries);
    }

    /** An empty cache that is never saved. */
    public static FileCache none() {
        return new FileCache(null, "", new ConcurrentHashMap<>());
    }

    private static void read(Codec.In in, String fingerprint, Map<String, Entry> entries) throws IOException {
        if (!Arrays.equals(in.readBytes(MAGIC.length), MAGIC) || in.readInt() != FORMAT
                || !fingerprint.equals(in.readString())) {
            return;
        }
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            String path = in.readString();
            Stat stat = new Stat(in.readLong(), in.readLong(), in.readString());
            byte[] sha = in.readBytes(32);
            entries.put(path, new Entry(stat, sha, in.readBytes(in.readInt())));
        }
        if (!in.atEnd()) {
            throw new IOException("trailing bytes");
        }
    }

    /**
     * Whether results are kept: false for {@link #none()}, where hashing would be wasted.
     *
     * @return whether the cache is saved
     */
    public boolean enabled() {
        return file != null;
    }

    /**
     * The result of a file whose identity and content are unchanged.
     *
     * @param path the repository-relative path
     * @param stat the file's identity before it was read
     * @param sha the SHA-256 of what was read
     * @return the result, or null on a miss
     */
    public byte[] same(String path, Stat stat, byte[] sha) {
        Entry e = entries.get(path);
        if (e == null || !e.stat.equals(stat) || !Arrays.equals(e.sha, sha)) {
            return null;
        }
        used.put(path, Boolean.TRUE);
        return e.payload;
    }

    /**
     * Stores the result of a file that was read.
     *
     * @param path the repository-relative path
     * @param stat the file's identity before it was read
     * @param sha the SHA-256 of what was read
     * @param payload the result
     */
    public void put(String path, Stat stat, byte[] sha, byte[] payload) {
        entries.put(path, new Entry(stat, sha.clone(), payload));
        used.put(path, Boolean.TRUE);
        changed.set(true);
        misses.incrementAndGet();
    }

    /**
     * How many results this run stored because the cache did not have them: the files whose work was done.
     *
     * @return the count
     */
    public int misses() {
        return misses.get();
    }

    /**
     * Writes the cache when the run added an entry or left one unused, through a temporary file moved into place.
     * A cache that cannot be written is left as it was: the next run does the work again.
     *
     * @return whether the file was written
     */
    public boolean save() {
        if (file == null || !changed.get() && used.size() == entries.size()) {
            return false;
        }
        List<String> paths = new ArrayList<>(used.keySet());
        paths.sort(null);
        Path tmp = null;
        try {
            // The plugin's one temporary naming scheme, whose leftovers of a killed run the next save removes.
            tmp = FileSync.tempFile(file);
            try (OutputStream raw = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.write(MAGIC);
                out.writeInt(FORMAT);
                Codec.writeString(out, fingerprint);
                out.writeInt(paths.size());
                for (String p : paths) {
                    Entry e = entries.get(p);
                    Codec.writeString(out, p);
                    out.writeLong(e.stat.size());
                    out.writeLong(e.stat.modifiedNanos());
                    Codec.writeString(out, e.stat.key());
                    out.write(e.sha);
                    out.writeInt(e.payload.length);
                    out.write(e.payload);
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The next run's clean-up removes it.
                }
            }
            return false;
        }
    }

    /**
     * The SHA-256 of some bytes.
     *
     * @param bytes the content
     * @return the 32-byte hash
     */
    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * The fingerprint of the code that produced a result: the size and time of the jar or class directory a class
     * was loaded from, so that a rebuilt snapshot never reads an older build's cache.
     *
     * @param type a class of the code
     * @return a short description, or the class name when its source is unknown
     */
    public static String codeOf(Class<?> type) {
        try {
            Path p = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return p.getFileName() + ":" + a.size() + ":" + a.lastModifiedTime().toMillis();
        } catch (Exception e) {
            return type.getName();
        }
    }
}
