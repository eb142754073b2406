package org.maillage.cli.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.service.localization.BundleLocalization;
import org.maillage.cli.ICliCommand;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

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
                localized(element.getAttributeAsIs("summary"), contributor), element.getAttribute("synopsis"),
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

    /** Resolves a {@code %key} attribute in the language of each run, not the platform's. */
    private static Function<Locale, String> localized(String raw, String contributor) {
        String value = raw == null ? "" : raw;
        if (!value.startsWith("%")) {
            return locale -> value;
        }
        String key = value.substring(1);
        return locale -> {
            Bundle bundle = Platform.getBundle(contributor);
            BundleLocalization localization = service(BundleLocalization.class);
            if (bundle == null || localization == null) {
                return key;
            }
            try {
                ResourceBundle strings = localization.getLocalization(bundle, locale.getLanguage());
                return strings == null ? key : strings.getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
        };
    }

    private static <S> S service(Class<S> type) {
        var context = FrameworkUtil.getBundle(CommandExtensionReader.class).getBundleContext();
        var reference = context == null ? null : context.getServiceReference(type);
        return reference == null ? null : context.getService(reference);
    }

    private void warn(String message) {
        log.log(Status.warning(message));
    }
}
