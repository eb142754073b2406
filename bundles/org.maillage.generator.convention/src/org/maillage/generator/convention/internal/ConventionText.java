package org.maillage.generator.convention.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The wording of convention skeletons: French (messages.properties) or English (messages_en). */
final class ConventionText {

    private ConventionText() {
    }

    static String get(Locale locale, String key, Object... arguments) {
        Locale lookup = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle("org.maillage.generator.convention.internal.messages",
                lookup, ConventionText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
