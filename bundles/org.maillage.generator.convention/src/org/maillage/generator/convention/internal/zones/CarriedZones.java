package org.maillage.generator.convention.internal.zones;

import java.util.ArrayList;
import java.util.List;

/**
 * What carrying the user's zones into a new document did: the zones whose text was placed in the
 * zone of the same name, and those whose zone is gone from the new document (their article
 * disappeared), with their first words, placed in the annex instead.
 */
public record CarriedZones(List<String> kept, List<Orphan> orphans) {

    /** The zone name that holds, at the end of a document, the text of zones that lost their place. */
    public static final String ANNEX = "texte_libre_non_replace";

    /** The prefix of every zone name. */
    public static final String PREFIX = "texte_libre_";

    /** A zone whose place is gone, and its first words. */
    public record Orphan(String name, String firstWords) {
    }

    public CarriedZones {
        kept = List.copyOf(kept);
        orphans = List.copyOf(orphans);
    }

    /** The first words of a zone's text, to name it in a report. */
    static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        List<String> first = new ArrayList<>();
        for (int i = 0; i < Math.min(8, words.length); i++) {
            first.add(words[i]);
        }
        return String.join(" ", first) + (words.length > 8 ? " …" : "");
    }
}
