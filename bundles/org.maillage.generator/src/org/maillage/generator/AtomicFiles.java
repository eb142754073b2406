package org.maillage.generator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.maillage.generator.WriteException.Problem;
import org.maillage.generator.internal.FileIdentity;

/**
 * Writes a file so that readers only ever see the old or the new content: the bytes go to a
 * temporary file in the same folder, are forced to disk, then renamed over the target. The
 * temporary file is locked while it is written, so that a later run can tell the leftovers of a
 * killed run (no lock) from another run's file in progress, and remove them. Used by the command
 * line (format, import, export) and the diagram server (saved text, layout sidecars); generator
 * plug-ins write through their {@link OutputSink} instead.
 * <p>
 * A replaced file keeps its permissions, and its owner and group where the writer may give them.
 * Only a regular file is ever replaced: a device, a pipe, a socket or a folder is refused, and so
 * are a read-only file and a file with other hard links (a rename would split them). Every failure
 * is a {@link WriteException} naming the user's path, never the temporary file.
 */
public final class AtomicFiles {

    /** Prefix of the temporary files. */
    public static final String TEMP_PREFIX = ".maillage-";

    private AtomicFiles() {
    }

    /**
     * Writes an output file the user named: creates it, or replaces it when it is a regular file.
     * A symbolic link at {@code target} is refused, not followed: an output never goes through a
     * link to somewhere else. The folders leading to it are created (and followed when they are
     * links).
     */
    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        replace(absolute, absolute, content, null);
    }

    /**
     * Rewrites a file of the user's in place (formatting, saving a document): a symbolic link is
     * followed and the file it leads to is rewritten, so that the link and every other link to it
     * stay. With {@code unchanged}, the file's bytes just before the rename must pass it, else
     * nothing is written and the problem is {@link Problem#CHANGED}: another program wrote the file
     * since it was read.
     */
    public static void rewrite(Path file, byte[] content, Predicate<byte[]> unchanged) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Path real;
        try {
            real = absolute.toRealPath();
        } catch (NoSuchFileException absentOrDangling) {
            real = absolute;
        } catch (IOException e) {
            throw WriteException.of(absolute, false, e);
        }
        replace(real, absolute, content, unchanged);
    }

    private static void replace(Path target, Path shown, byte[] content, Predicate<byte[]> unchanged)
            throws WriteException {
        Path folder = target.getParent();
        createFolder(folder);
        removeLeftovers(folder);
        FileIdentity kept = FileIdentity.check(target, shown);
        Path temp = folder.resolve(TEMP_PREFIX + UUID.randomUUID() + ".tmp");
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileChannel channel;
        try {
            channel = kept == null ? FileChannel.open(temp, options)
                    : FileChannel.open(temp, options, kept.creationAttributes());
        } catch (IOException e) {
            throw WriteException.of(shown.getParent(), true, e);
        }
        try (channel; FileLock lock = channel.lock()) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
            if (unchanged != null) {
                checkUnchanged(target, shown, unchanged);
            }
            FileIdentity.moveOver(temp, target, kept);
        } catch (IOException e) {
            throw WriteException.of(shown, false, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a later run removes it: nobody holds its lock any more
            }
        }
    }

    /** Creates the folder (following links to folders); one that is a file is reported as such. */
    public static void createFolder(Path folder) throws WriteException {
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            Path file = e.getFile() == null ? folder : Path.of(e.getFile());
            throw new WriteException(file, true, Problem.NOT_A_FOLDER, null, e);
        } catch (IOException e) {
            throw WriteException.of(folder, true, e);
        }
    }

    private static void checkUnchanged(Path target, Path shown, Predicate<byte[]> unchanged) throws IOException {
        byte[] now;
        try {
            if (FileIdentity.check(target, shown) == null) {
                throw new WriteException(shown, Problem.CHANGED);
            }
            now = Files.readAllBytes(target);
        } catch (NoSuchFileException gone) {
            throw new WriteException(shown, Problem.CHANGED);
        }
        if (!unchanged.test(now)) {
            throw new WriteException(shown, Problem.CHANGED);
        }
    }

    /**
     * Deletes the temporary files of runs that were killed: no process holds their lock any more.
     * Only regular files are considered; anything else named like one (a pipe, a link) is left
     * alone and never opened. Cleaning is best effort: a folder that cannot be listed is skipped.
     */
    public static void removeLeftovers(Path folder) {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, TEMP_PREFIX + "*.tmp")) {
            for (Path leftover : leftovers) {
                removeIfUnheld(leftover, () -> Files.deleteIfExists(leftover));
            }
        } catch (IOException | DirectoryIteratorException unreadable) {
            // nothing to clean that this run could see
        }
    }

    /** What a killed run left, removed while holding its lock. */
    @FunctionalInterface
    public interface Removal {
        void run() throws IOException;
    }

    /**
     * Runs {@code removal}, holding the lock of {@code lockFile}, when no live run (in this process or
     * another) holds it; does nothing when one does, when the file is already gone, or when it is not
     * a regular file (a link is not followed, a pipe or a device is never opened).
     */
    public static void removeIfUnheld(Path lockFile, Removal removal) {
        if (!Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // Read and write: should a pipe be swapped in after the check, opening it so does not block.
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS); FileLock lock = channel.tryLock()) {
            if (lock != null && Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) {
                removal.run();
            }
        } catch (IOException | OverlappingFileLockException inUseOrGone) {
            // another run is writing there, or it just finished
        }
    }
}
