package org.maillage.cli.internal.commands;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.maillage.cli.CommandContext;
import org.maillage.cli.internal.CliMessages;

/**
 * A command's arguments: options ({@code --name value}, {@code --name=value}, flags, {@code -o FILE})
 * and the remaining operands. Every command also accepts {@code --lang fr|en}.
 */
public final class Arguments {

    private final Map<String, String> options = new HashMap<>();
    private final List<String> operands = new ArrayList<>();
    private Locale locale;

    private Arguments(Locale locale) {
        this.locale = locale;
    }

    /** Thrown with a message for {@link CommandContext#usageError}. */
    public static final class UsageException extends Exception {

        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    public static Arguments parse(CommandContext context, List<String> arguments, Set<String> flags, Set<String> valued)
            throws UsageException {
        Arguments result = new Arguments(context.locale());
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--")) {
                result.operands.addAll(arguments.subList(i + 1, arguments.size()));
                break;
            }
            if (!argument.startsWith("-") || argument.equals("-")) {
                result.operands.add(argument);
                continue;
            }
            String name = argument;
            String value = null;
            int equals = argument.indexOf('=');
            if (equals > 0) {
                name = argument.substring(0, equals);
                value = argument.substring(equals + 1);
            }
            if (flags.contains(name) && value == null) {
                result.options.put(name, "true");
            } else if (valued.contains(name) || name.equals("--lang")) {
                if (value == null) {
                    if (i + 1 >= arguments.size()) {
                        throw new UsageException(CliMessages.get(result.locale, "error.missingValue", name));
                    }
                    value = arguments.get(++i);
                }
                result.options.put(name, value);
            } else {
                throw new UsageException(CliMessages.get(result.locale, "error.unknownOption", argument));
            }
        }
        String language = result.options.get("--lang");
        if (language != null) {
            if (!List.of(CliMessages.LANGUAGES).contains(language)) {
                throw new UsageException(CliMessages.get(result.locale, "error.badLanguage", language));
            }
            result.locale = Locale.of(language);
        }
        return result;
    }

    /** The arguments of a command that takes only the common options and no operand. */
    public static Arguments parseNoOperand(CommandContext context, List<String> arguments) throws UsageException {
        Arguments result = parse(context, arguments, Set.of(), Set.of());
        if (!result.operands().isEmpty()) {
            throw new UsageException(CliMessages.get(result.locale(), "error.noOperand"));
        }
        return result;
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    public String option(String name) {
        return options.get(name);
    }

    /** The value of an option that must be one of {@code allowed}; {@code fallback} when absent. */
    public String choice(String name, String fallback, String... allowed) throws UsageException {
        String value = options.getOrDefault(name, fallback);
        if (value == null || !List.of(allowed).contains(value)) {
            throw new UsageException(CliMessages.get(locale, "error.badChoice", name, String.valueOf(value),
                    String.join("|", allowed)));
        }
        return value;
    }

    public List<String> operands() {
        return operands;
    }

    /** The language of this run: --lang of the command, else the global one. */
    public Locale locale() {
        return locale;
    }
}
