package org.maillage.model.exchange;

import java.util.Locale;

import org.maillage.model.services.Localization;

/** Messages of the exchange formats, in the JVM's language (French unless English). */
final class Messages {

    private Messages() {
    }

    static String get(String key, Object... arguments) {
        return Localization.format("org.maillage.model.exchange.messages", Messages.class.getClassLoader(),
                Locale.getDefault(), key, arguments);
    }
}
