package org.maillage.cli.internal;

import java.io.PrintStream;
import java.util.Locale;

/** Prints {@code maillage --help} and {@code maillage help COMMAND}. */
final class HelpPrinter {

    private final CommandRegistry registry;
    private final PrintStream out;
    private final Locale locale;

    HelpPrinter(CommandRegistry registry, PrintStream out, Locale locale) {
        this.registry = registry;
        this.out = out;
        this.locale = locale;
    }

    void printOverview() {
        out.println(ProductVersion.line() + " - " + message("help.intro"));
        out.println();
        out.println(message("usage", message("usage.main")));
        out.println(message("help.workbench"));
        out.println();
        out.println(message("help.commands"));
        if (registry.all().isEmpty()) {
            out.println(message("help.noCommands"));
        }
        int width = registry.all().stream().mapToInt(c -> c.name().length()).max().orElse(0);
        width = Math.max(width, "help".length());
        for (CommandDescriptor command : registry.all()) {
            out.printf("  %-" + width + "s  %s%n", command.name(), command.summary(locale));
        }
        out.println();
        out.println(message("help.options"));
        out.printf("  %-14s %s%n", "-h, --help", message("help.option.help"));
        out.printf("  %-14s %s%n", "--version", message("help.option.version"));
        out.printf("  %-14s %s%n", "--lang fr|en", message("help.option.lang"));
        out.println();
        out.println(message("help.more"));
    }

    void printCommand(CommandDescriptor command) {
        String usage = message("usage", ("maillage " + command.name() + " " + command.synopsis()).trim());
        out.println(message("help.command", usage, command.summary(locale), command.contributor()));
    }

    private String message(String key, Object... arguments) {
        return CliMessages.get(locale, key, arguments);
    }
}
