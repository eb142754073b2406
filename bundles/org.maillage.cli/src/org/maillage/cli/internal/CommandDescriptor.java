package org.maillage.cli.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.maillage.cli.ICliCommand;

/**
 * What the registry knows of a command before it runs: name, summary, synopsis and
 * contributor are read from the extension, and the command's class is only loaded by
 * {@link #create()}.
 */
public final class CommandDescriptor {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final String name;
    private final Function<Locale, String> summary;
    private final String synopsis;
    private final String contributor;
    private final Supplier<ICliCommand> factory;

    public CommandDescriptor(String name, Function<Locale, String> summary, String synopsis, String contributor,
            Supplier<ICliCommand> factory) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid command name '" + name
                    + "': lower-case ASCII letters, digits and hyphens, starting with a letter");
        }
        this.name = name;
        this.summary = Objects.requireNonNull(summary);
        this.synopsis = synopsis == null ? "" : synopsis.trim();
        this.contributor = Objects.requireNonNull(contributor);
        this.factory = Objects.requireNonNull(factory);
    }

    public String name() {
        return name;
    }

    public String summary(Locale locale) {
        return summary.apply(locale);
    }

    public String synopsis() {
        return synopsis;
    }

    /** The symbolic name of the contributing bundle. */
    public String contributor() {
        return contributor;
    }

    /** Creates the command; this is the only step that loads the contributor's classes. */
    public ICliCommand create() {
        return factory.get();
    }
}
