package io.github.spectrace.core.internal.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Tests SPEC-CORE-1100.
class FileCacheTest {

    @TempDir
    Path dir;

    private static final FileCache.Stat STAT = new FileCache.Stat(5, 1_000, "(dev=1,ino=2)");
    private static final byte[] SHA = FileCache.sha256("hello".getBytes(StandardCharsets.UTF_8));

    private Path file() {
        return dir.resolve("cache/sources.bin");
    }

    @Test
    void anEntryIsUsedOnlyWithTheSameIdentityAndHash() {
        FileCache c = FileCache.open(file(), "v1");
        assertNull(c.same("a.txt", STAT, SHA));
        c.put("a.txt", STAT, SHA, new byte[] {7});
        assertTrue(c.save());
        FileCache again = FileCache.open(file(), "v1");
        assertArrayEquals(new byte[] {7}, again.same("a.txt", STAT, SHA));
        assertNull(again.same("a.txt", new FileCache.Stat(5, 1_001, "(dev=1,ino=2)"), SHA));
        assertNull(again.same("a.txt", new FileCache.Stat(5, 1_000, "(dev=1,ino=3)"), SHA));
        assertNull(again.same("a.txt", STAT, FileCache.sha256(new byte[] {1})));
        assertNull(again.same("b.txt", STAT, SHA));
        assertEquals(0, again.misses());
    }

    @Test
    void aRunThatUsesEveryEntryAndAddsNoneWritesNothing() throws IOException {
        FileCache c = FileCache.open(file(), "v1");
        c.put("a.txt", STAT, SHA, new byte[] {7});
        c.save();
        byte[] before = Files.readAllBytes(file());
        FileCache again = FileCache.open(file(), "v1");
        again.same("a.txt", STAT, SHA);
        assertFalse(again.save());
        assertArrayEquals(before, Files.readAllBytes(file()));
        assertEquals(List.of("sources.bin"), names());
    }

    @Test
    void entriesNotUsedLeaveTheCache() {
        FileCache c = FileCache.open(file(), "v1");
        c.put("a.txt", STAT, SHA, new byte[] {1});
        c.put("b.txt", STAT, SHA, new byte[] {2});
        c.save();
        FileCache again = FileCache.open(file(), "v1");
        again.same("b.txt", STAT, SHA);
        assertTrue(again.save());
        FileCache third = FileCache.open(file(), "v1");
        assertNull(third.same("a.txt", STAT, SHA));
        assertArrayEquals(new byte[] {2}, third.same("b.txt", STAT, SHA));
    }

    @Test
    void anotherFingerprintADamagedFileOrADirectoryCountsAsEmpty() throws IOException {
        FileCache c = FileCache.open(file(), "v1");
        c.put("a.txt", STAT, SHA, new byte[] {7});
        c.save();
        assertNull(FileCache.open(file(), "v2").same("a.txt", STAT, SHA));
        byte[] bytes = Files.readAllBytes(file());
        for (int cut : new int[] {0, 10, bytes.length - 1}) {
            Files.write(file(), java.util.Arrays.copyOf(bytes, cut));
            assertNull(FileCache.open(file(), "v1").same("a.txt", STAT, SHA), "cut at " + cut);
        }
        Files.delete(file());
        Files.createDirectories(file());
        FileCache onDir = FileCache.open(file(), "v1");
        assertNull(onDir.same("a.txt", STAT, SHA));
        onDir.put("a.txt", STAT, SHA, new byte[] {7});
        // A directory where the cache should be: not replaced, no temporary file left.
        assertFalse(onDir.save());
        assertTrue(Files.isDirectory(file()));
        assertEquals(List.of("sources.bin"), names());
    }

    @Test
    void noneIsNeverSaved() {
        FileCache none = FileCache.none();
        assertFalse(none.enabled());
        none.put("a.txt", STAT, SHA, new byte[] {7});
        assertFalse(none.save());
    }

    private List<String> names() {
        try (var s = Files.list(file().getParent())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A killed save leaves a temporary file; the next save removes it, and nothing else. */
    @Test
    void temporaryFilesOfAKilledSaveAreRemoved() throws IOException {
        Files.createDirectories(dir.resolve("cache"));
        Files.writeString(dir.resolve("cache/.sources.bin.18c3f2a9b.tmp"), "left by a killed run");
        Files.writeString(dir.resolve("cache/.sources.bin.mine.tmp"), "not ours");
        FileCache c = FileCache.open(file(), "v1");
        c.put("a.txt", STAT, SHA, new byte[] {7});
        assertTrue(c.save());
        try (var s = Files.list(dir.resolve("cache"))) {
            assertEquals(List.of(".sources.bin.mine.tmp", "sources.bin"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
