package org.maillage.generator.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.maillage.generator.AtomicFiles;
import org.maillage.generator.OutputSink;

/**
 * An output sink that stages files in a hidden folder inside the output folder (same file
 * system), then renames each over its target when the generation succeeded, or deletes them all.
 * The staging folder holds a lock file, locked while the sink is open: a later run removes the
 * staging folders of killed runs (no lock held) and leaves those of runs still going, so that two
 * generations into one folder at the same time both complete.
 */
public final class StagedOutputSink implements OutputSink, AutoCloseable {

    /** Prefix of staging folders; a later run removes leftovers of a killed one. */
    public static final String STAGING_PREFIX = ".maillage-staging-";

    private static final String LOCK_FILE = ".lock";

    private boolean closed;

    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._ -]{0,199}");

    private final Path folder;
    private final boolean replace;
    private final Path staging;
    private final Map<String, Path> staged = new LinkedHashMap<>();
    private final FileChannel lockChannel;

    public StagedOutputSink(Path folder, boolean replace) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        this.replace = replace;
        Files.createDirectories(this.folder);
        removeLeftovers(this.folder);
        this.staging = Files.createTempDirectory(this.folder, STAGING_PREFIX);
        this.lockChannel = FileChannel.open(staging.resolve(LOCK_FILE), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        lockChannel.lock();
    }

    @Override
    public synchronized void write(String fileName, byte[] content) throws IOException {
        if (closed) {
            throw new IOException("the generation of this sink is over: nothing more is written");
        }
        String name = checkName(fileName);
        Path file = staging.resolve(name);
        Files.write(file, content);
        staged.put(name, file);
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
        return staged.keySet().stream().map(folder::resolve).filter(Files::exists).toList();
    }

    /** Makes the staged files visible, each by an atomic rename; returns them in the order written. */
    public synchronized List<Path> commit() throws IOException {
        List<Path> targets = new ArrayList<>();
        for (String name : staged.keySet()) {
            Path target = folder.resolve(name);
            if (!replace && Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString(), null, "exists; replacing it was not asked");
            }
            targets.add(target);
        }
        for (Map.Entry<String, Path> entry : staged.entrySet()) {
            Path target = folder.resolve(entry.getKey());
            try {
                Files.move(entry.getValue(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(entry.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        staged.clear();
        return targets;
    }

    /** Deletes whatever is still staged (all of it after a failure or a cancel). */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            deleteTree(staging);
        } finally {
            lockChannel.close();
        }
    }

    /**
     * Deletes the staging folders no live run holds: those whose lock file can be locked, and those
     * without one (a run killed between creating the folder and locking its file).
     */
    private static void removeLeftovers(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).toList()) {
                Path lockFile = child.resolve(LOCK_FILE);
                if (!Files.exists(lockFile)) {
                    deleteTree(child);
                    continue;
                }
                AtomicFiles.removeIfUnheld(lockFile, () -> deleteTree(child));
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
