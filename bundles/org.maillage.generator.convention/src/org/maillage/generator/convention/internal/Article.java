package org.maillage.generator.convention.internal;

import java.util.List;

/**
 * One article of a convention: its numbered heading, its paragraphs, and the name of the user
 * zone that follows it ({@code texte_libre_<zone>}, see docs/conventions.md).
 */
record Article(String zone, String heading, List<Block> blocks) {

    /** The zone's full name, as the templates write it. */
    String zoneName() {
        return "texte_libre_" + zone;
    }
}
