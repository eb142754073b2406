package org.maillage.generator.internal;

import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.InvalidRegistryObjectException;

/**
 * A translatable attribute of an extension ({@code %key}), resolved in the language of each use
 * rather than the platform's: the command line chooses its language per run ({@code --lang}).
 * This needs the registry in multi-language mode ({@code eclipse.registry.MultiLanguage=true},
 * set by the product and the tests); without it the platform's language is used.
 * Shared by the registries of Maillage's extension points.
 */
public final class LocalizedAttribute {

    private LocalizedAttribute() {
    }

    public static Function<Locale, String> of(IConfigurationElement element, String attribute) {
        return locale -> {
            try {
                String value = element.getAttribute(attribute, locale.getLanguage());
                return value == null ? "" : value;
            } catch (InvalidRegistryObjectException e) {
                return "";
            }
        };
    }
}
