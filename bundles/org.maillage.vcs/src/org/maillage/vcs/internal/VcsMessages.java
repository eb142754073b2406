package org.maillage.vcs.internal;

import java.util.Locale;

import org.maillage.model.services.Localization;

/** The messages of versions, diff and merge, French first ({@code messages.properties}), English in {@code messages_en}. */
public final class VcsMessages {

    private static final String BUNDLE = "org.maillage.vcs.internal.messages";

    private VcsMessages() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        return Localization.format(BUNDLE, VcsMessages.class.getClassLoader(), locale, key, arguments);
    }
}
