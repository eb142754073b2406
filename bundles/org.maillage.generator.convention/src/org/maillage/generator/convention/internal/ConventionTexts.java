package org.maillage.generator.convention.internal;

import java.util.List;
import java.util.Locale;

import org.maillage.model.coop.ConventionKind;

/**
 * What a kind of convention says of its own, for the tests that check each kind's documents
 * (the friend bundle org.maillage.cli.tests): its articles' zones and titles, and the visas the
 * table of legal references gives it unconditionally.
 */
public final class ConventionTexts {

    private ConventionTexts() {
    }

    /** The zones (texte_libre_ suffixes) of the kind's own articles. */
    public static List<String> kindZones(String kind) {
        return KindClauses.zones(ConventionKind.get(kind), Locale.FRENCH);
    }

    /** The titles of the kind's own articles. */
    public static List<String> kindTitles(String kind, Locale locale) {
        return kindZones(kind).stream().map(zone -> KindClauses.title(zone, locale)).toList();
    }

    /** The French visas the kind always has, from the rows that name it (not the rows of every kind). */
    public static List<String> kindVisas(String kind) {
        return LegalReferences.table().stream().filter(r -> !r.kinds().contains("*") && r.kinds().contains(kind)
                && r.condition().equals("always")).map(r -> LegalReferences.visas(
                        new LegalReferences.Situation(kind, false, java.util.Set.of()), Locale.FRENCH).stream()
                        .filter(v -> v.startsWith(r.french().replaceFirst("\\s*;$", ""))).findFirst().orElseThrow())
                .toList();
    }
}
