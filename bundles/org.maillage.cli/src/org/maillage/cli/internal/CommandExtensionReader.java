package org.maillage.cli.internal;


import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.maillage.cli.ICliCommand;
import org.maillage.generator.internal.LocalizedAttribute;

/**
 * Reads the {@code org.maillage.cli.commands} extension point into a {@link CommandRegistry}
 * without loading any contributed class. Bad contributions are logged and skipped.
 */
public final class CommandExtensionReader {

    public static final String EXTENSION_POINT = "org.maillage.cli.commands";

    private final ILog log = ILog.of(CommandExtensionReader.class);

    public CommandRegistry read(IExtensionRegistry extensions) {
        CommandRegistry registry = new CommandRegistry();
        for (IConfigurationElement element : extensions.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            try {
                CommandDescriptor descriptor = describe(element, contributor);
                if (!registry.register(descriptor)) {
                    warn("command '" + descriptor.name() + "' of " + contributor
                            + " is ignored: another plug-in already contributes that name");
                }
            } catch (IllegalArgumentException e) {
                warn("a command of " + contributor + " is ignored: " + e.getMessage());
            }
        }
        return registry;
    }

    private CommandDescriptor describe(IConfigurationElement element, String contributor) {
        if (element.getAttribute("class") == null) {
            throw new IllegalArgumentException("it has no 'class' attribute");
        }
        return new CommandDescriptor(element.getAttribute("name"),
                LocalizedAttribute.of(element, "summary"), element.getAttribute("synopsis"),
                contributor, () -> instantiate(element));
    }

    private static ICliCommand instantiate(IConfigurationElement element) {
        try {
            return (ICliCommand) element.createExecutableExtension("class");
        } catch (CoreException | ClassCastException e) {
            throw new IllegalStateException("cannot create command class " + element.getAttribute("class") + " of "
                    + element.getContributor().getName() + ": " + e.getMessage(), e);
        }
    }

    private void warn(String message) {
        log.log(Status.warning(message));
    }
}
