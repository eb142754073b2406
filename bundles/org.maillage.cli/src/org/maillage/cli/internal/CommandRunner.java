package org.maillage.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.maillage.cli.CliExit;
import org.maillage.cli.CommandContext;

/**
 * Runs one command and turns whatever it throws into one line on stderr and exit code 2: errors
 * too ({@link OutOfMemoryError}, {@link StackOverflowError}...), which would otherwise leave
 * Equinox to log them where nobody looks and end the run with exit code 0.
 */
final class CommandRunner {

    private final PrintStream err;
    private final Locale locale;

    CommandRunner(PrintStream err, Locale locale) {
        this.err = err;
        this.locale = locale;
    }

    int run(CommandDescriptor descriptor, CommandContext context, List<String> arguments) {
        try {
            return descriptor.create().run(context, List.copyOf(arguments));
        } catch (Throwable e) { // NOSONAR: a failed command never ends with exit code 0
            return failed(err, locale, descriptor.name(), e);
        }
    }

    /** One line on stderr (the stack trace too with MAILLAGE_DEBUG=1); returns exit code 2. */
    static int failed(PrintStream err, Locale locale, String command, Throwable e) {
        boolean debug = "1".equals(System.getenv("MAILLAGE_DEBUG"));
        err.println("maillage: " + CliMessages.get(locale, "error.failed", command, reason(locale, e))
                + (debug ? "" : " " + CliMessages.get(locale, "error.debugHint")));
        if (debug) {
            e.printStackTrace(err);
        }
        return CliExit.USAGE_OR_IO;
    }

    private static String reason(Locale locale, Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return CliMessages.get(locale, "error.outOfMemory", String.valueOf(e.getMessage()));
        }
        if (e instanceof StackOverflowError) {
            return CliMessages.get(locale, "error.stackOverflow");
        }
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getName() : e.getMessage();
        return message.replace('\n', ' ').replace('\r', ' ');
    }
}
