package org.maillage.generator.convention.internal;

import java.util.Locale;

import org.maillage.model.services.Localization;

/** The wording of convention skeletons: French (messages.properties) or English (messages_en). */
final class ConventionText {

    private ConventionText() {
    }

    static String get(Locale locale, String key, Object... arguments) {
        return Localization.format("org.maillage.generator.convention.internal.messages", ConventionText.class.getClassLoader(), locale, key, arguments);
    }
}
