package org.maillage.generator.convention.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.maillage.model.coop.Actor;
import org.maillage.model.coop.BodyRole;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.Deliberation;
import org.maillage.model.coop.LegalForm;
import org.maillage.model.coop.TerritoryKind;
import org.maillage.model.services.Actors;

/**
 * How a convention names its parties: with the article their title's head noun asks for ("la
 * Communauté de communes du Pays de Lamastre", "le Département de l'Ardèche", "l'Office de
 * tourisme …"), a short name ("« la Communauté de communes »"), their grammatical gender, and the
 * paragraph that designates each one (representative, deliberation). No inclusive "(e)": the
 * gender comes from the head noun, else from the legal form.
 */
final class Parties {

    /** Heads of several words, longest first: the short name a party is called by. */
    private static final List<String> HEADS = List.of("Communauté de communes", "Communauté d'agglomération",
            "Communauté urbaine", "Syndicat mixte", "Office de tourisme", "Chambre d'agriculture",
            "Chambre de commerce et d'industrie", "Chambre de métiers et de l'artisanat", "Parc naturel régional",
            "Pôle d'équilibre territorial et rural", "Groupe d'action locale");

    private static final Set<String> FEMININE = Set.of("communauté", "région", "chambre", "association", "commune",
            "métropole", "agence", "fédération", "société", "ville", "mairie", "maison", "direction", "préfecture",
            "collectivité", "université", "coopérative", "entente", "banque");

    private static final Set<String> MASCULINE = Set.of("syndicat", "département", "parc", "office", "gal",
            "groupement", "établissement", "conseil", "pôle", "centre", "petr", "pays", "état", "comité", "service",
            "institut", "conservatoire", "groupe", "cabinet", "pnr");

    private final Convention convention;
    private final Locale locale;
    private final Map<Actor, String> shortNames = new HashMap<>();

    Parties(Convention convention, Locale locale) {
        this.convention = convention;
        this.locale = locale;
        Map<String, Integer> uses = new HashMap<>();
        for (Actor party : convention.getParties()) {
            uses.merge(head(party), 1, Integer::sum);
        }
        for (Actor party : convention.getParties()) {
            String head = isPark(party) ? (Register.english(locale) ? "Park" : "Parc") : head(party);
            shortNames.put(party, uses.getOrDefault(head(party), 0) > 1 ? named(party) : article(head, feminine(party)));
        }
    }

    /** Whether the actor is a regional nature park's syndicat mixte: a syndicate covering a park territory. */
    static boolean isPark(Actor actor) {
        boolean syndicate = actor.getForm() == LegalForm.SYNDICATE || actor.getForm() == LegalForm.WIDESYNDICATE;
        return syndicate && actor.getCovers().stream().anyMatch(t -> t.getKind() == TerritoryKind.PARK);
    }

    /** Whether the actor's name is feminine: its head noun's gender, else its legal form's. */
    static boolean feminine(Actor actor) {
        String first = firstWord(actor).toLowerCase(Locale.FRENCH);
        if (FEMININE.contains(first)) {
            return true;
        }
        if (MASCULINE.contains(first)) {
            return false;
        }
        LegalForm form = actor.isSetForm() ? actor.getForm() : null;
        return form == LegalForm.MUNICIPALITY || form == LegalForm.EPCI || form == LegalForm.REGION
                || form == LegalForm.CHAMBER || form == LegalForm.ASSOCIATION;
    }

    /** "la Communauté de communes du Pays de Lamastre" (English: "the Communauté de communes …"). */
    String named(Actor actor) {
        return article(title(actor), feminine(actor));
    }

    /** "de la Communauté de communes …", "du Département …", "de l'Office …" (English: "of the …"). */
    String ofNamed(Actor actor) {
        String named = named(actor);
        if (Register.english(locale)) {
            return "of " + named;
        }
        return named.startsWith("le ") ? "du " + named.substring(3) : "de " + named;
    }

    /** "« la Communauté de communes »" without the quotes. */
    String shortName(Actor actor) {
        String name = shortNames.get(actor);
        return name != null ? name : named(actor);
    }

    /** The short name with a capital, to start a sentence. */
    String subject(Actor actor) {
        return capital(shortName(actor));
    }

    /** The paragraph that designates the party in "Entre les soussignés". */
    String designation(Actor party, boolean last) {
        boolean f = feminine(party);
        String signatory = Actors.body(party, BodyRole.SIGNATORY);
        Deliberation deliberation = convention.getDeliberations().stream().filter(d -> d.getParty() == party)
                .reduce((a, b) -> b).orElse(null);
        String act = deliberation == null ? say("placeholder.deliberation") : deliberation(deliberation);
        String representative = signatory == null
                ? say("party.unsigned", say("placeholder.signatory"), act)
                : say("party.signed", lowerArticle(signatory), say(signatoryFeminine(signatory) ? "authorised.F"
                        : "authorised.M"), act);
        return say("party.designation", capital(named(party)), say(f ? "represented.F" : "represented.M"),
                representative, say(f ? "called.F" : "called.M"), shortName(party), last ? "." : Register.semicolon(locale));
    }

    /** "délibération n° 2025-014 du conseil communautaire du 27 février 2025". */
    String deliberation(Deliberation deliberation) {
        String act = deliberation.getAct() == null ? "" : deliberation.getAct().strip();
        String named = act.toLowerCase(Locale.FRENCH).startsWith("délibération") ? lowerFirst(act)
                : say("deliberation.named", act);
        return say("deliberation", named, Register.date(deliberation.getDate(), locale));
    }

    private String article(String name, boolean feminine) {
        if (Register.english(locale)) {
            return "the " + name;
        }
        char first = name.isEmpty() ? 'x' : Character.toLowerCase(name.charAt(0));
        if ("aeiouyhéèêàâîôûœ".indexOf(first) >= 0) {
            return "l'" + name;
        }
        return (feminine ? "la " : "le ") + name;
    }

    private static String head(Actor actor) {
        String title = title(actor);
        for (String head : HEADS) {
            if (title.regionMatches(true, 0, head, 0, head.length())) {
                return head;
            }
        }
        return firstWord(actor);
    }

    private static String firstWord(Actor actor) {
        String title = title(actor).strip();
        int end = 0;
        while (end < title.length() && (Character.isLetter(title.charAt(end)) || title.charAt(end) == '-')) {
            end++;
        }
        return end == 0 ? title : title.substring(0, end);
    }

    private static boolean signatoryFeminine(String signatory) {
        String s = signatory.strip().toLowerCase(Locale.FRENCH);
        return s.startsWith("la ") || s.startsWith("madame") || s.contains("présidente") || s.contains("directrice")
                || s.startsWith("mme");
    }

    /** "Le Président de …" in the middle of a sentence: "le Président de …". */
    private String lowerArticle(String text) {
        if (Register.english(locale)) {
            return text;
        }
        for (String article : List.of("Le ", "La ", "L'", "Les ")) {
            if (text.startsWith(article)) {
                return article.toLowerCase(Locale.FRENCH) + text.substring(article.length());
            }
        }
        return text;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.FRENCH) + text.substring(1);
    }

    static String capital(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
    }

    private static String title(Actor actor) {
        return actor.getTitle() == null ? actor.getName() == null ? "" : actor.getName() : actor.getTitle();
    }

    private String say(String key, Object... arguments) {
        return ConventionText.get(locale, key, arguments);
    }
}
