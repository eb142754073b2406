package org.maillage.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.maillage.cli.CliExit;
import org.maillage.cli.CommandContext;

/** Runs one command and turns whatever it throws into one line on stderr and exit code 2. */
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
        } catch (Exception | LinkageError e) {
            String reason = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            err.println("maillage: " + CliMessages.get(locale, "error.failed", descriptor.name(), reason));
            if ("1".equals(System.getenv("MAILLAGE_DEBUG"))) {
                e.printStackTrace(err);
            } else {
                err.println(CliMessages.get(locale, "error.debugHint"));
            }
            return CliExit.USAGE_OR_IO;
        }
    }
}
