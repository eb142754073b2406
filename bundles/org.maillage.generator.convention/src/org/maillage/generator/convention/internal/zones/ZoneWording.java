package org.maillage.generator.convention.internal.zones;

import java.util.Locale;

import org.maillage.model.services.Localization;

/** The words of user zones in the document's or the user's language ({@code messages.properties} beside). */
final class ZoneWording {

    private static final String MESSAGES = "org.maillage.generator.convention.internal.zones.messages";

    private final Locale locale;

    ZoneWording(Locale locale) {
        this.locale = locale;
    }

    String get(String key, Object... arguments) {
        return Localization.format(MESSAGES, ZoneWording.class.getClassLoader(), locale, key, arguments);
    }

    /** The heading of the annex holding the text of zones that lost their place. */
    String annexTitle() {
        return get("annex.title");
    }

    /** The line naming an orphan zone in the annex. */
    String label(String zone) {
        return get("annex.label", zone);
    }
}
