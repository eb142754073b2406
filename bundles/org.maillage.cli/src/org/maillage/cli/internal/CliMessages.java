package org.maillage.cli.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's messages in the language of one run. The command line cannot use
 * {@code NLS} fields: their language is fixed at class loading, and {@code --lang} chooses it
 * per run. {@code messages.properties} is French, the default; {@code messages_en} is English.
 */
public final class CliMessages {

    /** The languages the command line speaks; the first is the default. */
    public static final String[] LANGUAGES = { "fr", "en" };

    private static final String BUNDLE = "org.maillage.cli.internal.messages";

    private CliMessages() {
    }

    /** The supported language closest to {@code requested}: English or else French. */
    public static Locale supported(Locale requested) {
        return Locale.ENGLISH.getLanguage().equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), CliMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
