package org.maillage.generator.convention.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.BodyRole;
import org.maillage.model.coop.Commitment;
import org.maillage.model.coop.Committee;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.coop.Funding;
import org.maillage.model.coop.Indicator;
import org.maillage.model.services.Actors;
import org.maillage.model.services.ModelLabels;

/**
 * The data a document template is filled with: plain strings, lists and maps, in the document's
 * language. The names are the template's vocabulary (see OdtWriter); keep them stable.
 */
final class ConventionData {

    private static final String[] WORDING = { "parties", "deliberation", "visas", "preamble", "purposeText",
            "source", "amount", "funder", "counterpart", "amendment", "termination", "disputes", "signatures" };

    private final ConventionFacts facts;
    private final Convention convention;
    private final Locale locale;

    ConventionData(ConventionFacts facts, Locale locale) {
        this.facts = facts;
        this.convention = facts.convention();
        this.locale = locale;
    }

    void fill(BiConsumer<String, Object> put) {
        put.accept("t", wording());
        put.accept("convention", conventionFields());
        put.accept("parties", convention.getParties().stream().map(this::party).toList());
        put.accept("objectives", facts.objectives().stream().map(o -> text(o.getTitle())).toList());
        put.accept("actions", convention.getCovers().stream().map(this::action).toList());
        put.accept("committees", convention.getCommittees().stream().map(this::committee).toList());
        put.accept("fundings", facts.fundings().stream().map(this::funding).toList());
        List<String> indicators = new ArrayList<>();
        for (Action action : convention.getCovers()) {
            for (Indicator indicator : action.getIndicators()) {
                indicators.add(text(indicator.getTitle()) + (indicator.getTarget() == null ? ""
                        : " — " + say("target", number(indicator.getTarget()))));
            }
        }
        put.accept("indicators", indicators.isEmpty() ? List.of(say("placeholder.indicator")) : indicators);
    }

    private Map<String, String> wording() {
        Map<String, String> t = new HashMap<>();
        for (String key : WORDING) {
            t.put(key, say(key.equals("source") || key.equals("amount") || key.equals("funder")
                    || key.equals("counterpart") ? "funding." + key
                            : key.equals("deliberation") ? "placeholder.deliberation"
                                    : key.equals("purposeText") ? "purpose.text"
                                            : List.of("amendment", "termination", "disputes").contains(key)
                                                    ? key + ".text" : key));
        }
        String[] articles = { "purpose", "term", "commitments", "governance", "funding", "communication",
                "evaluation", "amendment", "termination", "disputes" };
        for (int i = 0; i < articles.length; i++) {
            t.put("article" + (i + 1), say("article", i + 1, say(articles[i])));
        }
        t.put("place", say("signatures.place"));
        return t;
    }

    private Map<String, Object> conventionFields() {
        Map<String, Object> c = new HashMap<>();
        c.put("title", text(convention.getTitle()));
        c.put("kind", convention.getKind() == null ? "" : ModelLabels.label(
                CoopPackage.Literals.CONVENTION_KIND.getEEnumLiteral(convention.getKind().getValue()), locale));
        c.put("preamble", facts.plan() == null ? "" : say("preamble.text", text(facts.plan().getTitle()),
                String.valueOf(facts.plan().getFromYear()), String.valueOf(facts.plan().getToYear())));
        c.put("term", convention.getStartDate() == null ? say("term.unknown")
                : say("term.text", convention.getStartDate(), convention.getEndDate()));
        c.put("lead", convention.getLead() == null ? "" : say("lead", text(convention.getLead().getTitle())));
        c.put("euRules", facts.euFunded() ? say("funding.eu") : "");
        c.put("communication", facts.euFunded() ? say("communication.eu") : say("placeholder.communication"));
        return c;
    }

    private Map<String, Object> party(Actor party) {
        Map<String, Object> p = new HashMap<>();
        String signatory = Actors.body(party, BodyRole.SIGNATORY);
        p.put("title", text(party.getTitle()));
        p.put("signatory", signatory == null ? say("placeholder.signatory") : signatory);
        p.put("representedBy", signatory == null ? say("placeholder.signatory") : say("represented", signatory));
        List<String> commitments = new ArrayList<>();
        for (Commitment commitment : convention.getCommitments()) {
            if (commitment.getParty() == party) {
                commitments.add(text(commitment.getTitle())
                        + (commitment.getAmount() == null ? "" : " (" + euros(commitment.getAmount()) + ")"));
            }
        }
        p.put("commitments", commitments);
        p.put("roles", facts.roles(party).stream().map(h -> say("role." + h.role().getLiteral(),
                h.function() == null ? "" : text(h.function().getTitle()), text(h.action().getTitle()))).toList());
        return p;
    }

    private Map<String, String> action(Action action) {
        return Map.of("title", text(action.getTitle()), "details",
                (action.getTheme() == null ? "" : " — " + action.getTheme())
                        + (action.getTerritory() == null ? "" : " — " + text(action.getTerritory().getTitle())));
    }

    private Map<String, String> committee(Committee committee) {
        String members = String.join(", ", committee.getMembers().stream().map(a -> text(a.getTitle())).toList());
        return Map.of("title", text(committee.getTitle()), "details", say("members") + " " + members
                + (committee.getMeetingsPerYear() == null ? ""
                        : " — " + say("meets", number(committee.getMeetingsPerYear()))));
    }

    private Map<String, String> funding(Funding f) {
        return Map.of("source", f.getSource() == null ? "" : ModelLabels.label(
                CoopPackage.Literals.FUNDING_SOURCE.getEEnumLiteral(f.getSource().getValue()), locale),
                "amount", euros(f.getAmount()), "funder", f.getFunder() == null ? "" : text(f.getFunder().getTitle()),
                "counterpart", f.getCounterpart() == null ? ""
                        : text(f.getCounterpart().getTitle()) + " (" + euros(f.getCounterpartAmount()) + ")");
    }

    private String euros(BigDecimal amount) {
        return amount == null ? "" : number(amount) + " €";
    }

    private String number(BigDecimal value) {
        return NumberFormat.getNumberInstance(locale).format(value);
    }

    private String say(String key, Object... arguments) {
        return ConventionText.get(locale, key, arguments);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
