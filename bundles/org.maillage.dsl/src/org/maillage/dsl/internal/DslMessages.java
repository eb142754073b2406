package org.maillage.dsl.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Messages of the language's own diagnostics: French in messages.properties, English in messages_en. */
public final class DslMessages {

    private static final String BUNDLE = "org.maillage.dsl.internal.messages";

    private DslMessages() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        Locale lookup = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, lookup, DslMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
