package org.maillage.importer.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Cell texts as titles, and the loose form in which titles and headers are compared. */
public final class Titles {

    private Titles() {
    }

    /** A cell's text as a one-line title: control characters and line breaks become spaces, blanks collapsed. */
    public static String clean(String text) {
        return text.replaceAll("[\\p{Cntrl}\\s\\u00A0\\u2028\\u2029]+", " ").trim();
    }

    /** The first line of a cell (the RACI generator writes an action's facts under its title). */
    public static String firstLine(String text) {
        String trimmed = text.strip();
        int end = trimmed.indexOf('\n');
        return clean(end < 0 ? trimmed : trimmed.substring(0, end));
    }

    /** Without accents, case or punctuation: "Fonction " and "fonction", "Élu" and "elu" compare equal. */
    public static String loose(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
