package org.maillage.generator.site.internal;

import java.math.BigDecimal;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.services.Amounts;
import org.maillage.model.services.Localization;
import org.maillage.model.services.ModelLabels;

/** The words of the site, French (messages.properties) or English (messages_en), and how values read. */
final class SiteText {

    private final Locale locale;

    SiteText(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String language() {
        return locale.getLanguage();
    }

    String get(String key, Object... arguments) {
        return Localization.format("org.maillage.generator.site.internal.messages", SiteText.class.getClassLoader(),
                locale, key, arguments);
    }

    String label(Enumerator value) {
        return value == null ? "" : ModelLabels.enumLabel(value, locale);
    }

    /** An amount in euros for people ("40 000 €"), or "" without one. */
    String euros(BigDecimal value) {
        return value == null ? "" : Amounts.format(value, locale) + "\u00A0€";
    }

    /** A date as written in the model (YYYY-MM-DD), or "". */
    static String date(String date) {
        return date == null ? "" : date;
    }

    /** An element's title, or its id when it has none. */
    static String title(NamedElement element) {
        if (element == null) {
            return "";
        }
        return element.getTitle() == null || element.getTitle().isBlank() ? String.valueOf(element.getName())
                : element.getTitle();
    }
}
