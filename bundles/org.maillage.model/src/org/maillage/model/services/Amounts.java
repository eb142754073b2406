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
}
