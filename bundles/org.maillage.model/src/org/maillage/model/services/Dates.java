package org.maillage.model.services;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Dates shown to people as an administrative act writes them: in words, never as ISO digits. */
public final class Dates {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private Dates() {
    }

    /**
     * A model date ({@code 2025-03-12}) in words: "12 mars 2025" ("1er avril 2025" for the first of
     * the month) in French, "12 March 2025" in English; null for null or a text that is not a date.
     */
    public static String inWords(String iso, Locale locale) {
        LocalDate date;
        try {
            date = iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
        if (date == null) {
            return null;
        }
        if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return date.format(ENGLISH);
        }
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " " + date.format(FRENCH);
    }
}
