package org.maillage.generator.convention.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.maillage.model.coop.Convention;
import org.maillage.model.coop.FundingSource;

/**
 * The visas of a convention, from the one table of legal references a lawyer reviews
 * ({@code legal-references.tsv} beside this class; docs/conventions.md lists it with its
 * sources): the rows of the convention's kind whose condition holds, in the table's order. A
 * reference not yet checked against a source is printed with a mark that says so.
 */
final class LegalReferences {

    /** One row of the table. */
    record Reference(String id, Set<String> kinds, String condition, String status, String source, String french,
            String english) {

        boolean appliesTo(String kind) {
            return kinds.contains("*") || kinds.contains(kind);
        }

        /** A visa of this kind alone, always given: the kind's template writes it out (MakeKindTemplates). */
        boolean ownOf(String kind) {
            return !kinds.contains("*") && kinds.contains(kind) && condition.equals("always");
        }
    }

    /** What the conditions of the table are checked against. */
    record Situation(String kind, boolean park, Set<FundingSource> euSources) {

        boolean holds(String condition) {
            return switch (condition) {
                case "always" -> true;
                case "park" -> park;
                case "eu" -> !euSources.isEmpty();
                case "leader" -> euSources.contains(FundingSource.LEADER) || euSources.contains(FundingSource.FEADER);
                case "feder" -> euSources.contains(FundingSource.FEDER);
                case "fse" -> euSources.contains(FundingSource.FSE);
                default -> throw new IllegalStateException("unknown condition in legal-references.tsv: " + condition);
            };
        }
    }

    private static final List<Reference> TABLE = read();

    private LegalReferences() {
    }

    static List<Reference> table() {
        return TABLE;
    }

    /** How many visas are the kind's own: they come first in {@link #visas}. */
    static int own(String kind) {
        return (int) TABLE.stream().filter(r -> r.ownOf(kind)).count();
    }

    /**
     * The visas of the table that apply, one per line, in {@code locale}'s language: the kind's own
     * first, then the others, each in the table's order.
     */
    static List<String> visas(Situation situation, Locale locale) {
        List<String> visas = new ArrayList<>();
        List<Reference> ordered = new ArrayList<>(TABLE.stream().filter(r -> r.ownOf(situation.kind())).toList());
        ordered.addAll(TABLE.stream().filter(r -> !r.ownOf(situation.kind())).toList());
        for (Reference reference : ordered) {
            if (reference.appliesTo(situation.kind()) && situation.holds(reference.condition())) {
                String text = Register.english(locale) ? reference.english() : reference.french();
                if (reference.status().equals("to-verify")) {
                    text = text.replaceFirst("\\s*;$", "") + " " + ConventionText.get(locale, "visa.toVerify")
                            + Register.semicolon(locale);
                }
                visas.add(text);
            }
        }
        return visas;
    }

    private static List<Reference> read() {
        List<Reference> rows = new ArrayList<>();
        try (InputStream in = LegalReferences.class.getResourceAsStream("legal-references.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 7) {
                    throw new IllegalStateException("legal-references.tsv: 7 columns expected: " + line);
                }
                rows.add(new Reference(c[0], Set.of(c[1].split(",")), c[2], c[3], c[4], c[5], c[6]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }
}
