package org.maillage.model.services;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts of money shown to people: digits grouped the locale's way, at most two decimals. */
public final class Amounts {

    private Amounts() {
    }

    /** {@code 40000} as "40 000" in French, "40,000" in English; "" for null. */
    public static String format(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /**
     * A sum of euros as an administrative act writes it: {@code 4500.5} as "4 500,50 €" in French
     * and "€4,500.50" in English, whole sums without decimals ("40 000 €"); "" for null.
     */
    public static String euros(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        String digits = format.format(amount);
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "\u20ac" + digits : digits + "\u00a0\u20ac";
    }
}
