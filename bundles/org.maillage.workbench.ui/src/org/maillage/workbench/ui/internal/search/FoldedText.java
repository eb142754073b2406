package org.maillage.workbench.ui.internal.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text compared as a person reads it: without accents, without case ("Ardèche" finds "ARDECHE"). */
public final class FoldedText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private FoldedText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Whether the id or the title contains the (folded) pattern. */
    public static boolean contains(ElementHit hit, String foldedPattern) {
        return fold(hit.name()).contains(foldedPattern) || fold(hit.title()).contains(foldedPattern);
    }
}
