package org.maillage.cli.internal.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.maillage.cli.CliExit;
import org.maillage.cli.CommandContext;
import org.maillage.generator.AtomicFiles;
import org.maillage.generator.WriteException;
import org.maillage.generator.internal.FileIdentity;

/**
 * The file a command writes, as named with {@code -o}: {@code -} and {@code /dev/stdout} are the
 * standard output, written as a stream; any other path is written atomically
 * ({@link AtomicFiles#write}), and one that exists and is not a regular file (a device such as
 * {@code /dev/null}, a pipe, a link, a folder) is refused, never replaced.
 */
public final class OutputFile {

    private final Path path;

    private OutputFile(Path path) {
        this.path = path;
    }

    public static OutputFile of(CommandContext context, String argument) {
        return "-".equals(argument) || "/dev/stdout".equals(argument) ? new OutputFile(null)
                : new OutputFile(context.resolve(argument));
    }

    public boolean isStandardOutput() {
        return path == null;
    }

    /** The file; null for the standard output. */
    public Path path() {
        return path;
    }

    /** Refuses, before any work, a path that writing would refuse (the write checks again). */
    public void check() throws WriteException {
        if (path != null) {
            FileIdentity.check(path);
        }
    }

    public void write(CommandContext context, byte[] content) throws IOException {
        if (path == null) {
            context.out().write(content);
            context.out().flush();
        } else {
            AtomicFiles.write(path, content);
        }
    }

    /** One line on stderr: what could not be written, where (as the user named it), and why. */
    public static int report(CommandContext context, String command, Locale locale, WriteException e) {
        context.err().println("maillage " + command + ": "
                + e.message(locale, DisplayPaths.of(e.path(), context.workingDirectory())));
        return CliExit.USAGE_OR_IO;
    }
}
