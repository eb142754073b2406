package org.maillage.dsl.ide.internal;

import java.util.Locale;

import org.maillage.model.services.Localization;

/** Messages of the language's IDE services (fixes, hover, server): French in messages.properties, English in messages_en. */
public final class IdeMessages {

    private static final String BUNDLE = "org.maillage.dsl.ide.internal.messages";

    private IdeMessages() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        return Localization.format(BUNDLE, IdeMessages.class.getClassLoader(), locale, key, arguments);
    }
}
