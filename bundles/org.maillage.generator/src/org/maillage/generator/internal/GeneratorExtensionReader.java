package org.maillage.generator.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.maillage.generator.GeneratorDescriptor;
import org.maillage.generator.IGenerator;

/**
 * Reads {@code org.maillage.generator.generators} into a registry of lazy descriptors, as EMF's
 * registry readers do: listing generators loads no contributed class. Bad contributions are
 * logged and skipped.
 */
public final class GeneratorExtensionReader {

    public static final String EXTENSION_POINT = "org.maillage.generator.generators";

    public GeneratorRegistry read(IExtensionRegistry extensions) {
        GeneratorRegistry registry = new GeneratorRegistry();
        for (IConfigurationElement element : extensions.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            try {
                if (element.getAttribute("class") == null) {
                    throw new IllegalArgumentException("it has no 'class' attribute");
                }
                List<String> formats = Arrays.stream(String.valueOf(element.getAttribute("formats")).split(","))
                        .map(String::trim).filter(f -> !f.isEmpty()).toList();
                List<String> optional = element.getAttribute("optionalFormats") == null ? List.of()
                        : Arrays.stream(element.getAttribute("optionalFormats").split(",")).map(String::trim)
                                .filter(f -> !f.isEmpty()).toList();
                GeneratorDescriptor descriptor = new GeneratorDescriptor(element.getAttribute("id"),
                        LocalizedAttribute.of(element, "name"),
                        LocalizedAttribute.of(element, "description"), formats, contributor,
                        Boolean.parseBoolean(element.getAttribute("templates")), () -> instantiate(element))
                        .withOptionalFormats(optional);
                if (!registry.register(descriptor)) {
                    warn("generator '" + descriptor.id() + "' of " + contributor + " is ignored: the id is taken");
                }
            } catch (IllegalArgumentException e) {
                warn("a generator of " + contributor + " is ignored: " + e.getMessage());
            }
        }
        return registry;
    }

    private static IGenerator instantiate(IConfigurationElement element) {
        try {
            return (IGenerator) element.createExecutableExtension("class");
        } catch (CoreException | ClassCastException e) {
            throw new IllegalStateException("cannot create generator class " + element.getAttribute("class") + " of "
                    + element.getContributor().getName() + ": " + e.getMessage(), e);
        }
    }

    private static void warn(String message) {
        ILog.of(GeneratorExtensionReader.class).log(Status.warning(message));
    }
}
