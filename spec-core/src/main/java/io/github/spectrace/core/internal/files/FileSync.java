package io.github.spectrace.core.internal.files;

import io.github.spectrace.core.model.SpecException;
import io.github.spectrace.core.model.FileChange;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Brings generated files on disk in line with their expected content: writes only what changed, each file
 * through a temporary file moved into place, and deletes stale generated files.
 */
// SPEC-CORE-1021 write only changes, atomically; SPEC-CORE-1022 stale generated files.
public final class FileSync {

    private FileSync() {
    }

    /**
     * Writes the files that differ and deletes stale ones.
     *
     * @param root the directory the paths are relative to
     * @param files expected content by repository-relative path
     * @param stale repository-relative paths of generated files to delete
     * @return one change per file, sorted by path
     * @throws SpecException on an I/O error, naming the file
     */
    public static List<FileChange> apply(Path root, Map<String, byte[]> files, List<String> stale) {
        SortedMap<String, FileChange.Status> result = new TreeMap<>();
        // All or nothing, as far as a file system allows: every new content goes to a temporary file first, so a
        // full disk or a read-only directory fails before any output has changed. Only then are they moved, each
        // old file kept under a temporary name until all moves succeeded, so that a failed move puts them back.
        SortedMap<String, Path> staged = new TreeMap<>();
        Map<String, Path> backups = new TreeMap<>();
        try {
            for (Map.Entry<String, byte[]> e : new TreeMap<>(files).entrySet()) {
                Path target = root.resolve(e.getKey());
                checkInside(root, target, e.getKey());
                if (unchanged(target, e.getValue())) {
                    result.put(e.getKey(), FileChange.Status.UNCHANGED);
                } else {
                    staged.put(e.getKey(), stage(target, e.getKey(), e.getValue()));
                }
            }
            List<String> moved = new ArrayList<>();
            for (Map.Entry<String, Path> e : staged.entrySet()) {
                Path target = root.resolve(e.getKey());
                try {
                    Path backup = backUp(target);
                    if (backup != null) {
                        backups.put(e.getKey(), backup);
                    }
                    moveIntoPlace(e.getValue(), target);
                } catch (IOException ex) {
                    throw new SpecException(e.getKey() + ": cannot move the new content into place ("
                            + SpecFiles.describe(ex) + "); " + rollBack(root, moved, backups)
                            + " Fix the cause and run spec:extract again.", ex);
                }
                moved.add(e.getKey());
                result.put(e.getKey(), FileChange.Status.WROTE);
            }
        } finally {
            for (Path tmp : staged.values()) {
                deleteQuietly(tmp);
            }
            for (Path backup : backups.values()) {
                deleteQuietly(backup);
            }
        }
        for (String path : stale) {
            try {
                Files.deleteIfExists(root.resolve(path));
            } catch (IOException ex) {
                throw new SpecException(path + ": cannot delete the stale generated file ("
                        + SpecFiles.describe(ex) + "). Delete it by hand.", ex);
            }
            result.put(path, FileChange.Status.DELETED);
        }
        List<FileChange> changes = new ArrayList<>();
        result.forEach((p, st) -> changes.add(new FileChange(p, st)));
        return changes;
    }

    /**
     * Keeps the old content of a target under a temporary name, by a hard link where the file system has them and
     * by a copy otherwise; null when there is no old regular file.
     */
    private static Path backUp(Path target) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        // Not tempFile: that would remove the new content staged for this target a moment ago.
        Path backup = tempName(target);
        try {
            Files.createLink(backup, target);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return backup;
    }

    /**
     * Puts back the files already moved into place: the old content where there was a file, no file where there
     * was none. Says what happened, naming each file that could not be put back and whether it is new.
     */
    static String rollBack(Path root, List<String> moved, Map<String, Path> backups) {
        if (moved.isEmpty()) {
            return "no generated file was changed.";
        }
        List<String> failed = new ArrayList<>();
        for (String path : moved) {
            Path target = root.resolve(path);
            Path backup = backups.get(path);
            try {
                if (backup == null) {
                    Files.deleteIfExists(target);
                } else {
                    moveIntoPlace(backup, target);
                }
            } catch (IOException e) {
                failed.add(path);
            }
        }
        if (failed.isEmpty()) {
            return "the files already replaced (" + String.join(", ", moved) + ") were put back, so no generated"
                    + " file was changed.";
        }
        List<String> restored = new ArrayList<>(moved);
        restored.removeAll(failed);
        return "these files have their new content and could not be put back: " + String.join(", ", failed)
                + (restored.isEmpty() ? "" : "; these were put back: " + String.join(", ", restored))
                + "; every other generated file is unchanged.";
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // The next run removes it: it has this class's naming scheme.
        }
    }

    /**
     * Refuses a target whose directory, after symbolic links, lies outside the project.
     *
     * @param root the top-level directory
     * @param target the file to write
     * @param display its repository-relative path, for the message
     * @throws SpecException naming the path when it leads outside
     */
    public static void checkInside(Path root, Path target, String display) {
        Path dir = target.getParent();
        // The nearest directory that exists: the others are created inside it.
        while (dir != null && !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            dir = dir.getParent();
        }
        try {
            if (dir != null && !dir.toRealPath().startsWith(root.toRealPath())) {
                throw new SpecException(display + ": the directory leads outside the project through a symbolic"
                        + " link, so nothing is written there. Replace the link with a directory.");
            }
        } catch (IOException e) {
            throw new SpecException(display + ": cannot resolve the directory (" + SpecFiles.describe(e)
                    + "). Check that it exists and is readable.", e);
        }
    }

    private static boolean unchanged(Path target, byte[] content) {
        try {
            // Never through a link: a link is replaced, not compared with what it points at.
            return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == content.length
                    && Arrays.equals(Files.readAllBytes(target), content);
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes new content to a temporary file next to its target; nothing else changes. */
    private static Path stage(Path target, String display, byte[] content) {
        try {
            Path tmp = tempFile(target);
            try {
                Files.write(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            return tmp;
        } catch (IOException e) {
            throw new SpecException(display + ": cannot write the generated file (" + SpecFiles.describe(e)
                    + "); no generated file was changed. Check that the directory exists and is writable, and that"
                    + " the disk has room.", e);
        }
    }

    /** Content written straight to a stream, for files too large to hold in memory twice. */
    public interface Content {
        /**
         * Writes the content.
         *
         * @param out where to write; buffered, and closed by the caller
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Streams one file through a temporary file in its directory, then moves it into place, unless the file
     * already has exactly this content, in which case it is left untouched.
     *
     * @param root the directory the path is relative to
     * @param path repository-relative path
     * @param content what to write
     * @return {@link FileChange.Status#WROTE} or {@link FileChange.Status#UNCHANGED}
     * @throws SpecException on an I/O error, naming the file
     */
    public static FileChange.Status write(Path root, String path, Content content) {
        Path target = root.resolve(path);
        try {
            Path tmp = tempFile(target);
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                    content.writeTo(out);
                }
                if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == Files.size(tmp)
                        && Files.mismatch(target, tmp) == -1) {
                    return FileChange.Status.UNCHANGED;
                }
                moveIntoPlace(tmp, target);
                return FileChange.Status.WROTE;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new SpecException(path + ": cannot write the file (" + SpecFiles.describe(e)
                    + "). Check that the directory exists and is writable.", e);
        }
    }

    /**
     * Creates a file that does not exist yet, whole or not at all: through a temporary file that is linked into
     * place, which fails when the target exists, so that nothing is ever overwritten.
     *
     * @param root the directory the path is relative to
     * @param path repository-relative path
     * @param content the file's bytes
     * @return {@link FileChange.Status#WROTE}, or {@link FileChange.Status#UNCHANGED} when the path exists
     * @throws SpecException on an I/O error, naming the file
     */
    public static FileChange.Status create(Path root, String path, byte[] content) {
        Path target = root.resolve(path);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return FileChange.Status.UNCHANGED;
        }
        try {
            Path tmp = tempFile(target);
            // The directories may be links; the file must still land inside the project.
            if (!tmp.getParent().toRealPath().startsWith(root.toRealPath())) {
                throw new SpecException(path + ": the directory leads outside the project through a symbolic"
                        + " link, so nothing is written there. Replace the link with a directory.");
            }
            try {
                Files.write(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                try {
                    Files.createLink(target, tmp);
                } catch (FileAlreadyExistsException e) {
                    return FileChange.Status.UNCHANGED;
                } catch (UnsupportedOperationException | IOException e) {
                    // No hard links on this file system: a move that never replaces.
                    try {
                        Files.move(tmp, target);
                    } catch (FileAlreadyExistsException exists) {
                        return FileChange.Status.UNCHANGED;
                    }
                }
                return FileChange.Status.WROTE;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new SpecException(path + ": cannot create the file (" + SpecFiles.describe(e)
                    + "). Check that the directory is writable.", e);
        }
    }

    /**
     * A new temporary file name next to a target, {@code .<name>.<hex>.tmp}, after the directory is created and the
     * temporary files that a killed run left for this target are removed: for writers that stream their own
     * format, so that every temporary file of the plugin has one scheme and one clean-up.
     *
     * @param target the file that the temporary file will replace
     * @return a path that does not exist yet; create it with {@code CREATE_NEW}
     * @throws IOException if the directory cannot be created or listed
     */
    public static Path tempFile(Path target) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        removeLeftovers(dir, target.getFileName().toString());
        return tempName(target);
    }

    /** A new name in this class's scheme, {@code .<name>.<hex>.tmp}, next to the target. */
    private static Path tempName(Path target) {
        // Not Files.createTempFile: it creates the file with mode 0600, which the move would keep.
        return target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
    }

    /**
     * Deletes the temporary files that a killed run left for this target: exactly this class's naming scheme,
     * {@code .<name>.<hex>.tmp}, regular files only, never anything else.
     */
    private static void removeLeftovers(Path dir, String name) throws IOException {
        Pattern ours = Pattern.compile("\\." + Pattern.quote(name) + "\\.[0-9a-f]{1,16}\\.tmp");
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "." + escapeGlob(name) + ".*.tmp")) {
            for (Path p : s) {
                if (ours.matcher(p.getFileName().toString()).matches()
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static String escapeGlob(String name) {
        StringBuilder sb = new StringBuilder();
        for (char c : name.toCharArray()) {
            if ("*?[]{}\\".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Lists the files in a directory whose first line starts with a marker, which is how generated files
     * are told apart from hand-written ones.
     *
     * @param root the directory the result is relative to
     * @param directory repository-relative directory to list
     * @param suffix file name suffix, for example {@code .yaml}
     * @param marker the start of the first line of a generated file
     * @return sorted repository-relative paths
     * @throws SpecException on an I/O error
     */
    public static List<String> generatedFiles(Path root, String directory, String suffix, String marker) {
        return files(root, directory, suffix, marker, true);
    }

    /**
     * The regular files of a directory with a suffix that do not start with a marker: files of other tools.
     *
     * @param root the top-level directory
     * @param directory the directory, relative to the root
     * @param suffix the file name suffix
     * @param marker the start of a generated file
     * @return sorted repository-relative paths
     * @throws SpecException if the directory cannot be listed
     */
    public static List<String> otherFiles(Path root, String directory, String suffix, String marker) {
        return files(root, directory, suffix, marker, false);
    }

    private static List<String> files(Path root, String directory, String suffix, String marker, boolean marked) {
        Path dir = root.resolve(directory);
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(dir) || !inside(root, dir)) {
            return found;
        }
        byte[] prefix = marker.getBytes(StandardCharsets.UTF_8);
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + suffix)) {
            for (Path p : stream) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && startsWith(p, prefix) == marked) {
                    String dirPrefix = stripSlash(directory);
                    String rel = dirPrefix.isEmpty() || dirPrefix.equals(".") ? p.getFileName().toString()
                            : dirPrefix + "/" + p.getFileName();
                    found.add(rel);
                }
            }
        } catch (IOException e) {
            throw new SpecException(directory + ": cannot list the directory (" + SpecFiles.describe(e)
                    + "). Check that it is readable.", e);
        }
        found.sort(null);
        return found;
    }

    private static boolean startsWith(Path file, byte[] prefix) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(prefix.length);
            return Arrays.equals(head, prefix);
        }
    }

    /**
     * Whether a regular file starts with a marker, such as the header of a generated file.
     *
     * @param file the file
     * @param marker the expected start
     * @return false when it does not, or cannot be read
     */
    public static boolean startsWith(Path file, String marker) {
        try {
            return startsWith(file, marker.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether a committed output may be read: a regular file itself, not a symbolic link, FIFO or device, in a
     * directory whose real path lies inside the project.
     *
     * @param root the top-level directory
     * @param file the file
     * @return false as well when the path cannot be resolved
     */
    public static boolean regularInside(Path root, Path file) {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && inside(root, file.getParent());
    }

    private static boolean inside(Path root, Path dir) {
        try {
            return dir.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static String stripSlash(String dir) {
        String d = dir.replace('\\', '/');
        return d.endsWith("/") ? d.substring(0, d.length() - 1) : d;
    }
}
