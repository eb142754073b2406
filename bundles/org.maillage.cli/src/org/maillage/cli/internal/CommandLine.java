package org.maillage.cli.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.maillage.cli.CliExit;
import org.maillage.cli.CommandContext;

/**
 * Interprets one command line: the global options ({@code --help}, {@code --version},
 * {@code --lang}), then the command and its arguments, which are handed to the command.
 */
public final class CommandLine {

    private final CommandRegistry registry;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Path workingDirectory;
    private Locale locale;

    public CommandLine(CommandRegistry registry, PrintStream out, PrintStream err, Locale defaultLocale,
            Path workingDirectory) {
        this(registry, System.in, out, err, defaultLocale, workingDirectory);
    }

    public CommandLine(CommandRegistry registry, InputStream in, PrintStream out, PrintStream err,
            Locale defaultLocale, Path workingDirectory) {
        this.registry = registry;
        this.in = in;
        this.out = out;
        this.err = err;
        this.locale = CliMessages.supported(defaultLocale);
        this.workingDirectory = workingDirectory;
    }

    public int run(String... arguments) {
        List<String> rest = new ArrayList<>(List.of(arguments));
        while (!rest.isEmpty() && rest.get(0).startsWith("-")) {
            String option = rest.remove(0);
            switch (option) {
            case "--help", "-h" -> {
                new HelpPrinter(registry, out, locale).printOverview();
                return CliExit.OK;
            }
            case "--version" -> {
                out.println(ProductVersion.line());
                return CliExit.OK;
            }
            case "--lang" -> {
                if (rest.isEmpty()) {
                    return usageError(CliMessages.get(locale, "error.missingValue", option));
                }
                String language = rest.remove(0);
                if (!List.of(CliMessages.LANGUAGES).contains(language)) {
                    return usageError(CliMessages.get(locale, "error.badLanguage", language));
                }
                locale = Locale.of(language);
            }
            default -> {
                return usageError(CliMessages.get(locale, "error.unknownOption", option));
            }
            }
        }
        if (rest.isEmpty()) {
            new HelpPrinter(registry, err, locale).printOverview();
            return CliExit.USAGE_OR_IO;
        }
        String name = rest.remove(0);
        if (name.equals("help")) {
            return help(rest);
        }
        Optional<CommandDescriptor> command = registry.find(name);
        if (command.isEmpty()) {
            return usageError(CliMessages.get(locale, "error.unknownCommand", name));
        }
        return new CommandRunner(err, locale).run(command.get(),
                new CommandContext(name, command.get().synopsis(), in, out, err, locale, workingDirectory), rest);
    }

    private int help(List<String> names) {
        HelpPrinter printer = new HelpPrinter(registry, out, locale);
        if (names.isEmpty()) {
            printer.printOverview();
            return CliExit.OK;
        }
        Optional<CommandDescriptor> command = registry.find(names.get(0));
        if (command.isEmpty()) {
            return usageError(CliMessages.get(locale, "error.unknownCommand", names.get(0)));
        }
        printer.printCommand(command.get());
        return CliExit.OK;
    }

    private int usageError(String message) {
        err.println("maillage: " + message);
        err.println(CliMessages.get(locale, "usage", CliMessages.get(locale, "usage.main")));
        return CliExit.USAGE_OR_IO;
    }
}
