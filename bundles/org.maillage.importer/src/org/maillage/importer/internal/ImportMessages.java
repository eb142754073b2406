package org.maillage.importer.internal;

import java.util.Locale;

import org.maillage.model.services.Localization;

/** The import's messages, French first ({@code messages.properties}), English in {@code messages_en}. */
public final class ImportMessages {

    private static final String BUNDLE = "org.maillage.importer.internal.messages";

    private ImportMessages() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        return Localization.format(BUNDLE, ImportMessages.class.getClassLoader(), locale, key, arguments);
    }
}
