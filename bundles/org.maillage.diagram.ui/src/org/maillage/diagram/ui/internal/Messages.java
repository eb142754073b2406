package org.maillage.diagram.ui.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The diagram editor's words, French (messages.properties) or English (messages_en). */
final class Messages {

    static String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.maillage.diagram.ui.internal.messages",
                WorkbenchDocuments.INSTANCE.locale(), Messages.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
    }

    private Messages() {
    }
}
