package org.maillage.cli.internal;

import java.util.Locale;

import org.maillage.model.services.Localization;

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
        return Localization.supported(requested);
    }

    public static String get(Locale locale, String key, Object... arguments) {
        return Localization.format(BUNDLE, CliMessages.class.getClassLoader(), locale, key, arguments);
    }
}
