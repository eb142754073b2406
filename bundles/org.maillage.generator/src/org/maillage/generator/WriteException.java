package org.maillage.generator;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

import org.maillage.model.services.Localization;

/**
 * A file or folder Maillage was asked to write that could not be written, or was refused: which
 * user-visible path (never a hidden temporary file), and why, in words a user can act on. The
 * message is localised per call ({@link #message(Locale, String)}); {@link #getMessage()} speaks
 * the JVM's language.
 */
public final class WriteException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why nothing was written. */
    public enum Problem {
        /** The path exists and is a device, a pipe, a socket or a folder. */
        NOT_A_FILE,
        /** The path is a symbolic link where an output file is written. */
        LINK,
        /** The output folder exists and is not a folder. */
        NOT_A_FOLDER,
        /** The file has no write permission: replacing it would defeat that. */
        READ_ONLY,
        /** The file has other hard links: replacing it would split them (detail: their number). */
        HARD_LINKS,
        /** The file changed between its reading and its replacement. */
        CHANGED,
        /** The file exists and replacing it was not asked. */
        EXISTS,
        /** The system refused the access. */
        DENIED,
        /** The file system is full (or the quota is reached). */
        NO_SPACE,
        /** The file system is mounted read-only. */
        READ_ONLY_FILE_SYSTEM,
        /** Anything else: the detail is the system's own reason. */
        OTHER
    }

    private static final String MESSAGES = "org.maillage.generator.internal.messages";

    private final Path path;
    private final boolean folder;
    private final Problem problem;
    private final String detail;

    /**
     * @param path the path the user knows (the output file, or the folder)
     * @param folder whether writing into the folder failed, rather than writing the file
     * @param detail the number of links for {@link Problem#HARD_LINKS}, the system's reason for
     *        {@link Problem#OTHER}, else null
     */
    public WriteException(Path path, boolean folder, Problem problem, String detail, Throwable cause) {
        super(path.toString(), cause);
        this.path = path;
        this.folder = folder;
        this.problem = problem;
        this.detail = detail;
    }

    public WriteException(Path path, Problem problem) {
        this(path, false, problem, null, null);
    }

    /** What a failed system call on (a temporary file for) {@code path} means for the user. */
    public static WriteException of(Path path, boolean folder, IOException cause) {
        if (cause instanceof WriteException known) {
            return known;
        }
        String reason = cause instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(cause.getMessage());
        Problem problem;
        if (cause instanceof AccessDeniedException || reason.contains("Permission denied")
                || reason.contains("Operation not permitted")) {
            problem = Problem.DENIED;
        } else if (reason.contains("No space left on device") || reason.contains("Disk quota exceeded")) {
            problem = Problem.NO_SPACE;
        } else if (reason.contains("Not a directory") || cause instanceof NotDirectoryException) {
            problem = Problem.NOT_A_FOLDER;
        } else if (reason.contains("Read-only file system")) {
            problem = Problem.READ_ONLY_FILE_SYSTEM;
        } else {
            problem = Problem.OTHER;
        }
        return new WriteException(path, folder, problem, problem == Problem.OTHER ? reason : null, cause);
    }

    /** The user-visible path: the output file, or the folder when {@link #folder()}. */
    public Path path() {
        return path;
    }

    public boolean folder() {
        return folder;
    }

    public Problem problem() {
        return problem;
    }

    /** One line: what failed, on {@code shownPath} (the path as the user knows it), and why. */
    public String message(Locale locale, String shownPath) {
        String reason = Localization.format(MESSAGES, WriteException.class.getClassLoader(), locale,
                "write." + problem.name().toLowerCase(Locale.ROOT), detail);
        return Localization.format(MESSAGES, WriteException.class.getClassLoader(), locale,
                folder ? "write.folder" : "write.file", shownPath, reason);
    }

    @Override
    public String getMessage() {
        return message(Localization.supported(Locale.getDefault()), path.toString());
    }
}
