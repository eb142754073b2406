package org.maillage.generator.convention.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Amendment;
import org.maillage.model.coop.BodyRole;
import org.maillage.model.coop.Committee;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.ConventionStep;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.coop.Deliberation;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.FundingSource;
import org.maillage.model.coop.Indicator;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Actors;
import org.maillage.model.services.FinancingPlan;
import org.maillage.model.services.LifeCycle;
import org.maillage.model.services.ModelLabels;
import org.maillage.model.services.Raci;

/** Builds the {@link ConventionContent} of one convention in one language. */
final class ContentBuilder {

    private final ConventionFacts facts;
    private final Convention convention;
    private final Locale locale;
    private final Parties parties;
    private final Finances finances;
    private int number;

    ContentBuilder(ConventionFacts facts, Locale locale) {
        this.facts = facts;
        this.convention = facts.convention();
        this.locale = locale;
        this.parties = new Parties(convention, locale);
        this.finances = new Finances(convention, parties, locale);
    }

    ConventionContent build() {
        List<String> designations = new ArrayList<>();
        List<Actor> all = convention.getParties();
        for (int i = 0; i < all.size(); i++) {
            designations.add(parties.designation(all.get(i), i == all.size() - 1));
        }
        List<Article> articles = new ArrayList<>();
        articles.add(article("objet", say("purpose"), purpose()));
        articles.add(article("duree", say("term"), term()));
        int firstOwn = articles.size();
        List<String> ownZones = KindClauses.zones(convention.getKind(), locale);
        Object[] arguments = arguments();
        for (String zone : ownZones) {
            articles.add(article(zone, KindClauses.title(zone, locale), KindClauses.blocks(zone, arguments, locale)));
        }
        articles.add(article("engagements", say("commitments"), new Engagements(convention, parties, locale).blocks()));
        articles.add(article("gouvernance", say("governance"), governance()));
        articles.add(article("finances", say("funding"), finances.blocks()));
        articles.add(article("communication", say("communication"), communication()));
        articles.add(article("evaluation", say("evaluation"), evaluation()));
        articles.add(article("modification", say("amendment"), amendments()));
        articles.add(article("resiliation", say("termination"), List.of(Block.text(say("termination.text")),
                Block.text(say("termination.consequences")))));
        articles.add(article("litiges", say("disputes"), List.of(Block.text(say("disputes.text")))));
        List<ConventionContent.Signer> signers = all.stream().map(p -> new ConventionContent.Signer(
                Parties.capital(parties.named(p)), signatory(p))).toList();
        return new ConventionContent(text(convention.getTitle()), kind(), status(), plan(), designations,
                say("parties.together"), visas(), new Article("preambule", say("preamble"), preamble()), articles,
                say("signatures.place", all.size()), signers, finances.rows(), raci(), indicators(),
                new ConventionContent.KindText(LegalReferences.own(kindLiteral()), firstOwn, ownZones.size(),
                        KindClauses.named(arguments)));
    }

    private Article article(String zone, String title, List<Block> blocks) {
        return new Article(zone, say("article", ++number, title), blocks);
    }

    /** The arguments of the kind's clauses: see clauses.properties. */
    private Object[] arguments() {
        Actor principal = convention.getCovers().stream().filter(a -> !a.eIsProxy())
                .map(FinancingPlan::owner).filter(o -> o != null).findFirst()
                .orElse(convention.getLead() != null ? convention.getLead()
                        : convention.getParties().isEmpty() ? null : convention.getParties().get(0));
        List<String> others = convention.getParties().stream().filter(p -> p != principal).map(parties::named)
                .toList();
        String actions = String.join(", ", convention.getCovers().stream().map(a -> "« " + text(a.getTitle()) + " »")
                .toList());
        return new Object[] { principal == null ? say("placeholder.party") : parties.named(principal),
                others.isEmpty() ? say("placeholder.party") : String.join(say("and"), others),
                convention.getLead() == null ? say("placeholder.party") : parties.named(convention.getLead()),
                convention.getUnder() == null ? say("placeholder.framework") : text(convention.getUnder().getTitle()),
                actions.isEmpty() ? say("placeholder.actions") : actions };
    }

    private String kindLiteral() {
        return convention.getKind() == null ? "" : convention.getKind().getLiteral();
    }

    private String kind() {
        return convention.getKind() == null ? "" : ModelLabels.label(
                CoopPackage.Literals.CONVENTION_KIND.getEEnumLiteral(convention.getKind().getValue()), locale);
    }

    private String status() {
        ConventionStep step = LifeCycle.current(convention);
        if (step == null || step.getStatus() == null) {
            return say("status.none");
        }
        return say("status." + step.getStatus().getLiteral(), Register.date(step.getDate(), locale));
    }

    private String plan() {
        return facts.plan() == null ? "" : say("plan.line", text(facts.plan().getTitle()),
                String.valueOf(facts.plan().getFromYear()), String.valueOf(facts.plan().getToYear()));
    }

    private List<String> visas() {
        boolean park = convention.getParties().stream().anyMatch(Parties::isPark);
        Set<FundingSource> eu = finances.euSources();
        List<String> visas = new ArrayList<>(LegalReferences.visas(
                new LegalReferences.Situation(kindLiteral(), park, eu), locale));
        if (convention.getUnder() != null) {
            Convention frame = convention.getUnder();
            ConventionStep signed = frame.getStatuses().stream().filter(s -> s.getStatus() != null
                    && s.getStatus().getLiteral().equals("signed")).reduce((a, b) -> b).orElse(null);
            visas.add(signed == null ? say("visa.framework", text(frame.getTitle()))
                    : say("visa.framework.signed", text(frame.getTitle()), Register.date(signed.getDate(), locale)));
        }
        for (Actor party : convention.getParties()) {
            Deliberation deliberation = convention.getDeliberations().stream().filter(d -> d.getParty() == party)
                    .reduce((a, b) -> b).orElse(null);
            visas.add(say("visa.deliberation", deliberation == null ? say("placeholder.deliberation")
                    : parties.deliberation(deliberation), parties.ofNamed(party)));
        }
        return visas;
    }

    private List<Block> preamble() {
        List<Block> blocks = new ArrayList<>();
        if (facts.plan() != null) {
            blocks.add(Block.text(say("preamble.text", text(facts.plan().getTitle()),
                    String.valueOf(facts.plan().getFromYear()), String.valueOf(facts.plan().getToYear()))));
            facts.objectives().forEach(o -> blocks.add(Block.bullet(text(o.getTitle()))));
        }
        if (blocks.isEmpty() || facts.objectives().isEmpty()) {
            blocks.add(Block.text(say("placeholder.preamble")));
        }
        return blocks;
    }

    private List<Block> purpose() {
        List<Block> blocks = new ArrayList<>();
        if (convention.getCovers().isEmpty()) {
            blocks.add(Block.text(say("purpose.none", facts.plan() == null ? say("placeholder.plan")
                    : text(facts.plan().getTitle()))));
            return blocks;
        }
        blocks.add(Block.text(say("purpose.text")));
        for (Action action : convention.getCovers()) {
            blocks.add(Block.bullet(text(action.getTitle())
                    + (action.getTheme() == null ? "" : " — " + action.getTheme())
                    + (action.getTerritory() == null ? "" : " — " + text(action.getTerritory().getTitle()))));
        }
        return blocks;
    }

    private List<Block> term() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.text(say("term.force")));
        blocks.add(Block.text(convention.getStartDate() == null || convention.getEndDate() == null
                ? say("term.unknown")
                : say("term.text", Register.date(convention.getStartDate(), locale),
                        Register.date(convention.getEndDate(), locale))));
        return blocks;
    }

    private List<Block> governance() {
        List<Block> blocks = new ArrayList<>();
        if (convention.getLead() != null) {
            blocks.add(Block.text(say("lead", Parties.capital(parties.named(convention.getLead())))));
        }
        for (Committee committee : convention.getCommittees()) {
            String members = String.join(", ", committee.getMembers().stream().map(parties::named).toList());
            blocks.add(Block.bullet(say("committee", text(committee.getTitle()), members)
                    + (committee.getMeetingsPerYear() == null ? "."
                            : say("meets", Register.number(committee.getMeetingsPerYear(), locale)))));
        }
        if (convention.getCommittees().isEmpty()) {
            blocks.add(Block.text(say("placeholder.committee")));
        }
        return blocks;
    }

    private List<Block> communication() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.text(say("communication.text")));
        Set<FundingSource> eu = finances.euSources();
        if (!eu.isEmpty()) {
            blocks.add(Block.text(say("communication.eu", String.join(", ", eu.stream().map(s -> ModelLabels.label(
                    CoopPackage.Literals.FUNDING_SOURCE.getEEnumLiteral(s.getValue()), locale)).toList()))));
        }
        return blocks;
    }

    private List<Block> evaluation() {
        List<Block> blocks = new ArrayList<>();
        List<String> indicators = indicators();
        if (convention.getCovers().stream().anyMatch(a -> !a.getIndicators().isEmpty())) {
            blocks.add(Block.text(say("evaluation.text")));
            indicators.forEach(i -> blocks.add(Block.bullet(i)));
        } else {
            blocks.add(Block.text(say("placeholder.indicator")));
        }
        if (convention.getReviewer() != null) {
            blocks.add(Block.text(say("evaluation.reviewer", text(convention.getReviewer().getTitle()))));
        }
        return blocks;
    }

    private List<String> indicators() {
        List<String> lines = new ArrayList<>();
        for (Action action : convention.getCovers()) {
            for (Indicator indicator : action.getIndicators()) {
                String unit = indicator.getUnit() == null ? "" : " " + indicator.getUnit();
                lines.add(text(indicator.getTitle()) + (indicator.getTarget() == null ? ""
                        : " — " + say("target", Register.number(indicator.getTarget(), locale) + unit)));
            }
        }
        return lines.isEmpty() ? List.of(say("placeholder.indicator")) : lines;
    }

    private List<Block> amendments() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.text(say("amendment.text")));
        if (!convention.getAmendments().isEmpty()) {
            blocks.add(Block.text(say("amendment.list")));
            List<Amendment> list = convention.getAmendments();
            for (int i = 0; i < list.size(); i++) {
                blocks.add(Block.bullet(say("amendment.line", text(list.get(i).getTitle()),
                        Register.date(list.get(i).getDate(), locale)) + (i == list.size() - 1 ? "." : Register.semicolon(locale))));
            }
        }
        return blocks;
    }

    private List<ConventionContent.RaciRow> raci() {
        List<ConventionContent.RaciRow> rows = new ArrayList<>();
        for (Action action : convention.getCovers()) {
            if (action.eIsProxy()) {
                continue;
            }
            for (Map.Entry<Function, Map<Actor, Set<Role>>> row : Raci.cells(action).entrySet()) {
                List<String> cells = new ArrayList<>();
                for (Role role : Raci.CELL_ORDER) {
                    List<Actor> holders = Raci.holders(row.getValue(), role);
                    if (!holders.isEmpty()) {
                        cells.add(role.getLiteral() + " : " + String.join(", ",
                                holders.stream().map(a -> text(a.getTitle())).toList()));
                    }
                }
                rows.add(new ConventionContent.RaciRow(text(action.getTitle()), text(row.getKey().getTitle()),
                        String.join(" ; ", cells)));
            }
        }
        return rows;
    }

    private String signatory(Actor party) {
        String signatory = Actors.body(party, BodyRole.SIGNATORY);
        return signatory == null ? say("placeholder.signer") : signatory;
    }

    private String say(String key, Object... arguments) {
        return ConventionText.get(locale, key, arguments);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
