package org.maillage.importer.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * Identifiers the language accepts, made from titles: accents folded ({@code Vélo} → {@code Velo}),
 * words joined with capitals ({@code Office de tourisme} → {@code OfficeDeTourisme}), a name starting
 * with a digit prefixed with its kind; a keyword of the language or a name already taken numbered
 * ({@code Velo2}). Each name is unique across the file.
 */
public final class Ids {

    private static final int MAX_LENGTH = 40;

    private final Set<String> keywords;
    private final Set<String> taken = new HashSet<>();

    public Ids(Set<String> keywords) {
        this.keywords = keywords;
    }

    /** A new unique identifier for a title; {@code kind} ({@code Action}) when the title has no letter. */
    public String of(String title, String kind) {
        String base = fold(title);
        if (base.isEmpty()) {
            base = kind;
        } else if (!Character.isLetter(base.charAt(0))) {
            base = kind + base;
        }
        if (base.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH);
        }
        String id = base;
        for (int n = 2; keywords.contains(id) || taken.contains(id.toLowerCase(java.util.Locale.ROOT)); n++) {
            id = base + n;
        }
        taken.add(id.toLowerCase(java.util.Locale.ROOT));
        return id;
    }

    /** Reserves a name already used, so that no new identifier takes it. */
    public void reserve(String id) {
        taken.add(id.toLowerCase(java.util.Locale.ROOT));
    }

    static String fold(String title) {
        String plain = Normalizer.normalize(title.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae")
                .replace("Æ", "Ae").replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder id = new StringBuilder();
        for (String word : plain.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                id.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return id.toString();
    }
}
