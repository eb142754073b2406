package org.maillage.model.exchange;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages of the exchange formats, in the JVM's language (French unless English). */
final class Messages {

    private Messages() {
    }

    static String get(String key, Object... arguments) {
        Locale locale = Locale.getDefault();
        Locale lookup = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle("org.maillage.model.exchange.messages", lookup,
                Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
