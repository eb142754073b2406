package org.maillage.diagram.internal;

import java.util.Locale;

import org.maillage.model.services.Localization;

/** The words of the diagrams, French (messages.properties) or English (messages_en). */
public final class DiagramText {

    private DiagramText() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        return Localization.format("org.maillage.diagram.internal.messages", DiagramText.class.getClassLoader(),
                locale, key, arguments);
    }
}
