package org.maillage.generator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.maillage.generator.AtomicFiles;
import org.maillage.generator.OutputSink;
import org.maillage.generator.WriteException;

/**
 * An output sink that stages files in a hidden folder inside the output folder (same file
 * system), then renames each over its target when the generation succeeded, or deletes them all.
 * The staging folder holds a lock file, locked while the sink is open: a later run removes the
 * staging folders of killed runs (no lock held) and leaves those of runs still going, so that two
 * generations into one folder at the same time both complete. The lock file is also the mark of a
 * folder Maillage made: a folder named like a staging folder without it is only removed when empty
 * (a run killed before making its lock), and a marked one loses only the files at its top level.
 * <p>
 * The output folder may be a symbolic link to a folder (it is followed: the user named it). A
 * target that exists must be a regular file: a link, a pipe, a device or a folder of that name
 * fails the whole commit before anything is renamed, and so do a read-only target and one with
 * other hard links; a replaced file keeps its permissions (and owner and group where permitted).
 */
public final class StagedOutputSink implements OutputSink, AutoCloseable {

    /** Prefix of staging folders; a later run removes leftovers of a killed one. */
    public static final String STAGING_PREFIX = ".maillage-staging-";

    private static final String LOCK_FILE = ".maillage-staging.lock";

    private boolean closed;

    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._ -]{0,199}");

    private final Path folder;
    private final boolean replace;
    private final Path staging;
    private final Map<String, Path> staged = new LinkedHashMap<>();
    private final List<String> notices = new ArrayList<>();
    private final FileChannel lockChannel;

    public StagedOutputSink(Path folder, boolean replace) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        this.replace = replace;
        AtomicFiles.createFolder(this.folder);
        removeLeftovers(this.folder);
        try {
            this.staging = Files.createTempDirectory(this.folder, STAGING_PREFIX);
        } catch (IOException e) {
            throw WriteException.of(this.folder, true, e);
        }
        try {
            this.lockChannel = FileChannel.open(staging.resolve(LOCK_FILE), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            lockChannel.lock();
        } catch (IOException e) {
            deleteStaging(staging);
            throw WriteException.of(this.folder, true, e);
        }
    }

    @Override
    public synchronized void write(String fileName, byte[] content) throws IOException {
        if (closed) {
            throw new IOException("the generation of this sink is over: nothing more is written");
        }
        String name = checkName(fileName);
        Path file = staging.resolve(name);
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw WriteException.of(folder.resolve(name), false, e);
        }
        staged.put(name, file);
    }

    @Override
    public Optional<byte[]> existing(String fileName, long maxBytes) throws IOException {
        Path file = folder.resolve(checkName(fileName));
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw WriteException.of(file, false, e);
        }
    }

    @Override
    public synchronized void notice(String message) {
        notices.add(message);
    }

    /** The generator's notices, in the order given. */
    public synchronized List<String> notices() {
        return List.copyOf(notices);
    }

    /** Refuses names that are not a plain file name: folders, "..", absolute paths, control characters. */
    public static String checkName(String fileName) {
        if (fileName == null || !SAFE_NAME.matcher(fileName).matches() || fileName.contains("..")) {
            throw new IllegalArgumentException("refused output file name '" + fileName
                    + "': only a plain file name, without folder, '..' or control character, is allowed");
        }
        return fileName;
    }

    /** The files already in the folder that committing would replace. */
    public synchronized List<Path> existing() {
        return staged.keySet().stream().map(folder::resolve).filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS))
                .toList();
    }

    /**
     * Makes the staged files visible, each by an atomic rename; returns them in the order written.
     * Every target is checked before the first rename, so that a refused one leaves the folder as
     * it was.
     */
    public synchronized List<Path> commit() throws IOException {
        Map<Path, FileIdentity> targets = new LinkedHashMap<>();
        for (String name : staged.keySet()) {
            Path target = folder.resolve(name);
            FileIdentity kept = FileIdentity.check(target);
            if (kept != null && !replace) {
                throw new WriteException(target, WriteException.Problem.EXISTS);
            }
            targets.put(target, kept);
        }
        for (Map.Entry<Path, FileIdentity> target : targets.entrySet()) {
            try {
                FileIdentity.moveOver(staged.get(target.getKey().getFileName().toString()), target.getKey(),
                        target.getValue());
            } catch (IOException e) {
                throw WriteException.of(target.getKey(), false, e);
            }
        }
        staged.clear();
        return new ArrayList<>(targets.keySet());
    }

    /** Deletes whatever is still staged (all of it after a failure or a cancel). */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            deleteStaging(staging);
        } finally {
            lockChannel.close();
        }
    }

    /**
     * Deletes the staging folders no live run holds: marked ones whose lock file can be locked, and
     * empty ones (a run killed between creating the folder and its lock file). A folder of the same
     * name without the mark is someone else's, and is left as it is.
     */
    private static void removeLeftovers(Path folder) {
        List<Path> children;
        try (Stream<Path> list = Files.list(folder)) {
            children = list.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)
                    && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        } catch (IOException | UncheckedIOException unreadable) {
            return;
        }
        for (Path child : children) {
            Path lockFile = child.resolve(LOCK_FILE);
            if (Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
                AtomicFiles.removeIfUnheld(lockFile, () -> deleteStaging(child));
            } else {
                try {
                    Files.delete(child);
                } catch (IOException notEmptyOrGone) {
                    // not made by Maillage, or not empty: left alone
                }
            }
        }
    }

    /**
     * Deletes a staging folder: the files at its top level (staged files are plain names), its lock
     * last, then the folder. Nothing below a sub-folder is touched, and links are removed, not
     * followed; a folder that is not empty then stays.
     */
    private static void deleteStaging(Path staging) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(staging)) {
            files = list.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString().equals(LOCK_FILE))).toList();
        } catch (NoSuchFileException gone) {
            return;
        }
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
        try {
            Files.deleteIfExists(staging);
        } catch (DirectoryNotEmptyException notOurs) {
            // something else was put there: left alone
        }
    }
}
