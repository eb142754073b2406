package org.maillage.dsl.internal;

import java.util.Locale;

import org.maillage.model.services.Localization;

/** Messages of the language's own diagnostics: French in messages.properties, English in messages_en. */
public final class DslMessages {

    private static final String BUNDLE = "org.maillage.dsl.internal.messages";

    private DslMessages() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        return Localization.format(BUNDLE, DslMessages.class.getClassLoader(), locale, key, arguments);
    }
}
