package org.maillage.generator.finance.internal;

import java.math.BigDecimal;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.maillage.model.coop.Actor;
import org.maillage.model.services.Amounts;
import org.maillage.model.services.Localization;
import org.maillage.model.services.ModelLabels;

/** The words and numbers of the financing documents, French (messages.properties) or English (messages_en). */
final class FinanceText {

    private final Locale locale;

    FinanceText(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        return Localization.format("org.maillage.generator.finance.internal.messages",
                FinanceText.class.getClassLoader(), locale, key, arguments);
    }

    String label(Enumerator value) {
        return value == null ? "" : ModelLabels.enumLabel(value, locale);
    }

    String title(Actor actor) {
        return actor == null ? get("owner.none") : text(actor.getTitle());
    }

    String funder(FinanceTable.Funder funder) {
        return funder.actor() != null ? text(funder.actor().getTitle()) : get("funders.unnamed", label(funder.source()));
    }

    /** An amount for people: grouped digits, at most two decimals ("40 000", "1 250,5"). */
    String amount(BigDecimal value) {
        return Amounts.format(value, locale);
    }

    /** A percentage from {@link FinanceTable#percent} for people ("33,3 %" in French), or "". */
    String percent(String value) {
        if (value == null) {
            return "";
        }
        return (locale.getLanguage().equals("fr") ? value.replace('.', ',') + "\u00A0%" : value + " %");
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
