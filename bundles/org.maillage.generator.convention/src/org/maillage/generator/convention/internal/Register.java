package org.maillage.generator.convention.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.maillage.model.services.Amounts;
import org.maillage.model.services.Dates;

/**
 * The register of an administrative act: dates in words ("1er avril 2025", "1 April 2025"),
 * sums of euros ("4 500,50 €"), shares ("33,3 %"). A date the model writes badly is shown as a
 * placeholder, never as ISO digits.
 */
final class Register {

    private Register() {
    }

    static boolean english(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** {@code 2025-04-01} as "1er avril 2025" (French) or "1 April 2025" (English); a placeholder for null or a bad date. */
    static String date(String iso, Locale locale) {
        String words = Dates.inWords(iso, locale);
        return words == null ? ConventionText.get(locale, "placeholder.date") : words;
    }

    /** The semicolon ending a list item or a designation: " ;" in French, ";" in English. */
    static String semicolon(Locale locale) {
        return english(locale) ? ";" : "\u00a0;";
    }

    static String euros(BigDecimal amount, Locale locale) {
        return Amounts.euros(amount, locale);
    }

    /** {@code part / whole} as a percentage with one decimal ("33,3 %"), or "" when the whole is zero. */
    static String share(BigDecimal part, BigDecimal whole, Locale locale) {
        if (part == null || whole == null || whole.signum() == 0) {
            return "";
        }
        BigDecimal percent = part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(percent.stripTrailingZeros().scale() <= 0 ? 0 : 1);
        format.setMaximumFractionDigits(1);
        return format.format(percent) + (english(locale) ? "%" : "\u00a0%");
    }

    static String number(BigDecimal value, Locale locale) {
        return Amounts.format(value, locale);
    }
}
