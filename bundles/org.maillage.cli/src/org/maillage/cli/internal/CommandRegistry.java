package org.maillage.cli.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The commands of the command line by name. Filled from the extension point by
 * {@link CommandExtensionReader} or, in tests, by plain {@link #register} calls.
 */
public final class CommandRegistry {

    private final TreeMap<String, CommandDescriptor> commands = new TreeMap<>();

    /**
     * Adds a command.
     *
     * @return false, and nothing is changed, when a command of that name is already there
     */
    public synchronized boolean register(CommandDescriptor descriptor) {
        return commands.putIfAbsent(descriptor.name(), descriptor) == null;
    }

    public synchronized Optional<CommandDescriptor> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    /** Every command, sorted by name. */
    public synchronized Collection<CommandDescriptor> all() {
        return Collections.unmodifiableCollection(new TreeMap<>(commands).values());
    }
}
