package org.maillage.model.services;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Maillage speaks French (the base {@code .properties} files) and English ({@code _en} files),
 * chosen per call rather than by the JVM's default locale: the command line's {@code --lang}
 * changes the language of one run. Every bundle of messages or labels is read through here.
 */
public final class Localization {

    private Localization() {
    }

    /** English, or French for any other language. */
    public static Locale supported(Locale requested) {
        return Locale.ENGLISH.getLanguage().equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }

    /** The properties bundle {@code baseName} of {@code loader} in the language of {@code locale}. */
    public static ResourceBundle bundle(String baseName, ClassLoader loader, Locale locale) {
        Locale lookup = supported(locale) == Locale.ENGLISH ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(baseName, lookup, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The message {@code key} formatted with {@code arguments}, or the key itself when it is missing. */
    public static String format(String baseName, ClassLoader loader, Locale locale, String key, Object... arguments) {
        try {
            return new MessageFormat(bundle(baseName, loader, locale).getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
