package org.maillage.generator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers only ever see the old or the new content: the bytes go to a
 * temporary file in the same folder, are forced to disk, then renamed over the target. The
 * temporary file is locked while it is written, so that a later run can tell the leftovers of a
 * killed run (no lock) from another run's file in progress, and remove them. Used by the command
 * line (format, import, export) and the diagram server (saved text, layout sidecars); generator
 * plug-ins write through their {@link OutputSink} instead.
 */
public final class AtomicFiles {

    /** Prefix of the temporary files. */
    public static final String TEMP_PREFIX = ".maillage-";

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        removeLeftovers(folder);
        Path temp = folder.resolve(TEMP_PREFIX + UUID.randomUUID() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Deletes the temporary files of runs that were killed: no process holds their lock any more. */
    public static void removeLeftovers(Path folder) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, TEMP_PREFIX + "*.tmp")) {
            for (Path leftover : leftovers) {
                removeIfUnheld(leftover, () -> Files.deleteIfExists(leftover));
            }
        }
    }

    /** What a killed run left, removed while holding its lock. */
    @FunctionalInterface
    public interface Removal {
        void run() throws IOException;
    }

    /**
     * Runs {@code removal}, holding the lock of {@code lockFile}, when no live run (in this process or
     * another) holds it; does nothing when one does, or when the file is already gone.
     */
    public static void removeIfUnheld(Path lockFile, Removal removal) {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock != null) {
                removal.run();
            }
        } catch (IOException | OverlappingFileLockException inUseOrGone) {
            // another run is writing there, or it just finished
        }
    }
}
