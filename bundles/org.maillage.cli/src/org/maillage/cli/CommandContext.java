package org.maillage.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * What a command may use during one run: its output streams, the language chosen for
 * messages and the directory relative paths are resolved against.
 */
public final class CommandContext {

    private final String commandName;
    private final String synopsis;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final Path workingDirectory;

    public CommandContext(String commandName, String synopsis, InputStream in, PrintStream out, PrintStream err,
            Locale locale, Path workingDirectory) {
        this.in = Objects.requireNonNull(in);
        this.commandName = Objects.requireNonNull(commandName);
        this.synopsis = synopsis == null ? "" : synopsis;
        this.out = Objects.requireNonNull(out);
        this.err = Objects.requireNonNull(err);
        this.locale = Objects.requireNonNull(locale);
        this.workingDirectory = Objects.requireNonNull(workingDirectory);
    }

    /** Standard input. */
    public InputStream in() {
        return in;
    }

    /** Standard output: the command's results only. */
    public PrintStream out() {
        return out;
    }

    /** Standard error: problems and progress. */
    public PrintStream err() {
        return err;
    }

    /** The language of messages: French unless English was asked for. */
    public Locale locale() {
        return locale;
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    /** Resolves a path typed by the user against the working directory. */
    public Path resolve(String userPath) {
        return workingDirectory.resolve(userPath).normalize();
    }

    /**
     * Reports a wrong command line: one line naming the problem, then the command's usage.
     *
     * @return {@link CliExit#USAGE_OR_IO}, for {@code return context.usageError(...)}
     */
    public int usageError(String message) {
        err.println("maillage " + commandName + ": " + message);
        err.println(usageLine());
        return CliExit.USAGE_OR_IO;
    }

    /** {@code Usage: maillage NAME SYNOPSIS}, in the run's language. */
    public String usageLine() {
        String line = "maillage " + commandName + (synopsis.isEmpty() ? "" : " " + synopsis);
        return org.maillage.cli.internal.CliMessages.get(locale, "usage", line);
    }
}
