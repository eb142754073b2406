package org.maillage.generator.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

import org.maillage.generator.WriteException;
import org.maillage.generator.WriteException.Problem;

/**
 * What replacing a file by a rename must keep of it: its permissions, owner and group. Reading it
 * also refuses what must not be replaced: anything but a regular file (a link, a device, a pipe, a
 * folder), a read-only file, and a file with other hard links (a rename would split them). The
 * file is never opened, and links are not followed.
 */
public record FileIdentity(Set<PosixFilePermission> permissions, UserPrincipal owner, GroupPrincipal group) {

    /** The identity of the file at {@code path}, or null when there is none; refuses what must stay. */
    public static FileIdentity check(Path path) throws WriteException {
        return check(path, path);
    }

    /**
     * The same, reporting a refusal on {@code shown}, the path as the user named it (a link that led
     * to {@code path}).
     */
    public static FileIdentity check(Path path, Path shown) throws WriteException {
        PosixFileAttributes attributes;
        try {
            if (Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS) == null) {
                return checkWithoutPosix(path, shown);
            }
            attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException absent) {
            return null;
        } catch (IOException e) {
            WriteException failed = WriteException.of(shown, false, e);
            throw failed.problem() == Problem.NOT_A_FOLDER
                    ? new WriteException(shown.getParent(), true, Problem.NOT_A_FOLDER, null, e) : failed;
        }
        if (attributes.isSymbolicLink()) {
            throw new WriteException(shown, Problem.LINK);
        }
        if (!attributes.isRegularFile()) {
            throw new WriteException(shown, Problem.NOT_A_FILE);
        }
        Set<PosixFilePermission> permissions = attributes.permissions();
        boolean anyWrite = permissions.contains(PosixFilePermission.OWNER_WRITE)
                || permissions.contains(PosixFilePermission.GROUP_WRITE)
                || permissions.contains(PosixFilePermission.OTHERS_WRITE);
        if (!anyWrite || !Files.isWritable(path)) {
            throw new WriteException(shown, readOnlyStore(path) ? Problem.READ_ONLY_FILE_SYSTEM : Problem.READ_ONLY);
        }
        int links = linkCount(path);
        if (links > 1) {
            throw new WriteException(shown, false, Problem.HARD_LINKS, String.valueOf(links), null);
        }
        return new FileIdentity(permissions, attributes.owner(), attributes.group());
    }

    private static FileIdentity checkWithoutPosix(Path path, Path shown) throws WriteException {
        if (Files.isSymbolicLink(path)) {
            throw new WriteException(shown, Problem.LINK);
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new WriteException(shown, Problem.NOT_A_FILE);
        }
        if (!Files.isWritable(path)) {
            throw new WriteException(shown, Problem.READ_ONLY);
        }
        return new FileIdentity(null, null, null);
    }

    private static boolean readOnlyStore(Path path) {
        try {
            return Files.getFileStore(path).isReadOnly();
        } catch (IOException unknown) {
            return false;
        }
    }

    private static int linkCount(Path path) {
        try {
            return ((Number) Files.getAttribute(path, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException notUnix) {
            return 1;
        }
    }

    /**
     * The attributes to create the new file with: no permission the old file did not have (the
     * umask may take more away; {@link #applyTo} gives them back before anything is written).
     */
    public FileAttribute<?>[] creationAttributes() {
        return permissions == null ? new FileAttribute<?>[0]
                : new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(permissions) };
    }

    /** Gives {@code file} (the new content, not yet renamed) the old file's permissions, owner and group. */
    public void applyTo(Path file) throws IOException {
        if (permissions == null) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributes now = view.readAttributes();
        try {
            if (!now.owner().equals(owner)) {
                view.setOwner(owner);
            }
        } catch (FileSystemException notPermitted) {
            // only root may give a file away: the new file is then the writer's own
        }
        try {
            if (!now.group().equals(group)) {
                view.setGroup(group);
            }
        } catch (FileSystemException notPermitted) {
            // a group the writer is not a member of: the new file keeps the writer's group
        }
        view.setPermissions(permissions); // after the owner: changing it may clear set-id bits
    }

    /**
     * Renames the finished {@code file} over {@code target} (atomically where the file system can),
     * after giving it the identity {@code kept} of the file it replaces (null: a new file).
     */
    public static void moveOver(Path file, Path target, FileIdentity kept) throws IOException {
        if (kept != null) {
            kept.applyTo(file);
        }
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
