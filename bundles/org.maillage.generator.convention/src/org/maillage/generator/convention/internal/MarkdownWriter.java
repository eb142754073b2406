package org.maillage.generator.convention.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

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
 * A convention skeleton in Markdown, in the order a local authority's lawyer expects (domain.md):
 * parties and visas, préambule, objet, durée, engagements, gouvernance, dispositions financières,
 * communication, suivi et évaluation, avenant, résiliation, litiges, signatures. What the model
 * cannot know (deliberation dates, amounts not given) is a visible placeholder in brackets.
 */
final class MarkdownWriter {

    private final ConventionFacts facts;
    private final Convention convention;
    private final Locale locale;
    private final StringBuilder out = new StringBuilder();
    private int article;

    MarkdownWriter(ConventionFacts facts, Locale locale) {
        this.facts = facts;
        this.convention = facts.convention();
        this.locale = locale;
    }

    String write() {
        out.append("# ").append(Markdown.text(convention.getTitle())).append("\n\n");
        if (convention.getKind() != null) {
            out.append('*').append(Markdown.text(ModelLabels.label(
                    CoopPackage.Literals.CONVENTION_KIND.getEEnumLiteral(convention.getKind().getValue()), locale)))
                    .append("*\n\n");
        }
        parties();
        section("preamble");
        paragraph(text("preamble.text", title(facts.plan() == null ? null : facts.plan().getTitle()),
                facts.plan() == null ? "" : String.valueOf(facts.plan().getFromYear()),
                facts.plan() == null ? "" : String.valueOf(facts.plan().getToYear())));
        facts.objectives().forEach(o -> bullet(Markdown.text(o.getTitle())));
        article("purpose");
        paragraph(text("purpose.text"));
        for (Action action : convention.getCovers()) {
            bullet("**" + Markdown.text(action.getTitle()) + "**"
                    + (action.getTheme() == null ? "" : " — " + Markdown.text(action.getTheme()))
                    + (action.getTerritory() == null ? "" : " — " + Markdown.text(action.getTerritory().getTitle())));
        }
        article("term");
        paragraph(convention.getStartDate() == null ? text("term.unknown")
                : text("term.text", convention.getStartDate(), convention.getEndDate()));
        commitments();
        governance();
        funding();
        if (facts.euFunded()) {
            article("communication");
            paragraph(text("communication.eu"));
        }
        evaluation();
        for (String clause : List.of("amendment", "termination", "disputes")) {
            article(clause);
            paragraph(text(clause + ".text"));
        }
        signatures();
        return out.toString();
    }

    private void parties() {
        section("parties");
        for (Actor party : convention.getParties()) {
            String signatory = Actors.body(party, BodyRole.SIGNATORY);
            bullet("**" + Markdown.text(party.getTitle()) + "**, " + (signatory == null ? text("placeholder.signatory")
                    : text("represented", Markdown.text(signatory))) + ", " + text("placeholder.deliberation"));
        }
        paragraph(text("visas"));
    }

    private void commitments() {
        article("commitments");
        for (Actor party : convention.getParties()) {
            out.append("### ").append(Markdown.text(party.getTitle())).append("\n\n");
            for (Commitment commitment : convention.getCommitments()) {
                if (commitment.getParty() == party) {
                    bullet(Markdown.text(commitment.getTitle()) + (commitment.getAmount() == null ? ""
                            : " (" + euros(commitment.getAmount()) + ")"));
                }
            }
            for (ConventionFacts.Holding holding : facts.roles(party)) {
                bullet(text("role." + holding.role().getLiteral(),
                        title(holding.function() == null ? null : holding.function().getTitle()),
                        title(holding.action().getTitle())));
            }
            out.append('\n');
        }
    }

    private void governance() {
        article("governance");
        if (convention.getLead() != null) {
            paragraph(text("lead", Markdown.text(convention.getLead().getTitle())));
        }
        for (Committee committee : convention.getCommittees()) {
            bullet("**" + Markdown.text(committee.getTitle()) + "** — " + text("members") + " "
                    + Markdown.text(String.join(", ", committee.getMembers().stream().map(Actor::getTitle).toList()))
                    + (committee.getMeetingsPerYear() == null ? ""
                            : " — " + text("meets", committee.getMeetingsPerYear().toPlainString())));
        }
        if (convention.getCommittees().isEmpty()) {
            paragraph(text("placeholder.committee"));
        }
    }

    private void funding() {
        article("funding");
        if (facts.fundings().isEmpty()) {
            paragraph(text("placeholder.funding"));
            return;
        }
        out.append("| ").append(text("funding.source")).append(" | ").append(text("funding.amount")).append(" | ")
                .append(text("funding.funder")).append(" | ").append(text("funding.counterpart")).append(" |\n")
                .append("|---|---:|---|---|\n");
        for (Funding f : facts.fundings()) {
            out.append("| ").append(f.getSource() == null ? "" : Markdown.text(ModelLabels.label(
                    CoopPackage.Literals.FUNDING_SOURCE.getEEnumLiteral(f.getSource().getValue()), locale)))
                    .append(" | ")
                    .append(f.getAmount() == null ? "" : euros(f.getAmount())).append(" | ")
                    .append(f.getFunder() == null ? "" : Markdown.text(f.getFunder().getTitle())).append(" | ")
                    .append(f.getCounterpart() == null ? "" : Markdown.text(f.getCounterpart().getTitle()) + " ("
                            + euros(f.getCounterpartAmount()) + ")")
                    .append(" |\n");
        }
        out.append('\n');
        if (facts.euFunded()) {
            paragraph(text("funding.eu"));
        }
    }

    private void evaluation() {
        article("evaluation");
        boolean any = false;
        for (Action action : convention.getCovers()) {
            for (Indicator indicator : action.getIndicators()) {
                any = true;
                bullet(Markdown.text(indicator.getTitle()) + (indicator.getTarget() == null ? ""
                        : " — " + text("target", NumberFormat.getNumberInstance(locale).format(indicator.getTarget()))));
            }
        }
        if (!any) {
            paragraph(text("placeholder.indicator"));
        }
    }

    private void signatures() {
        section("signatures");
        paragraph(text("signatures.place"));
        for (Actor party : convention.getParties()) {
            String signatory = Actors.body(party, BodyRole.SIGNATORY);
            out.append("**").append(Markdown.text(party.getTitle())).append("**  \n")
                    .append(signatory == null ? text("placeholder.signatory") : Markdown.text(signatory))
                    .append("  \n\n\n");
        }
    }

    private void section(String key) {
        blankLine();
        out.append("## ").append(text(key)).append("\n\n");
    }

    private void article(String key) {
        blankLine();
        out.append("## ").append(text("article", ++article, text(key))).append("\n\n");
    }

    private void paragraph(String text) {
        blankLine();
        out.append(text).append("\n\n");
    }

    /** Ends a list: a paragraph or a heading right after list items needs an empty line. */
    private void blankLine() {
        if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
            out.append('\n');
        }
    }

    private void bullet(String text) {
        out.append("- ").append(text).append('\n');
    }

    private String euros(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getNumberInstance(locale).format(amount) + " €";
    }

    private String text(String key, Object... arguments) {
        return ConventionText.get(locale, key, arguments);
    }

    private static String title(String value) {
        return value == null ? "" : Markdown.text(value);
    }
}
