package org.maillage.generator.convention.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.ConventionKind;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.coop.Funding;
import org.maillage.model.coop.FundingSource;
import org.maillage.model.services.FinancingPlan;
import org.maillage.model.services.FinancingPlans;
import org.maillage.model.services.Fundings;
import org.maillage.model.services.ModelLabels;

/**
 * The financial article and the financing-plan annex: per covered action its total and eligible
 * cost, each source with its amount and share of the plan, the owner's own share, the reserve on
 * obtaining the funds, payment terms as placeholders; the EU clauses of the funds actually used;
 * the chef de file's duties only when the convention has a {@code lead} that passes EU aid on.
 */
final class Finances {

    /** One row of the financing-plan annex. */
    record Row(String action, String source, String funder, String amount, String share) {
    }

    private final Convention convention;
    private final Parties parties;
    private final Locale locale;

    Finances(Convention convention, Parties parties, Locale locale) {
        this.convention = convention;
        this.parties = parties;
        this.locale = locale;
    }

    /** The EU sources of the convention's money. */
    Set<FundingSource> euSources() {
        Set<FundingSource> sources = new LinkedHashSet<>();
        Fundings.ofConvention(convention).stream().map(Funding::getSource).filter(Fundings::isEu)
                .forEach(sources::add);
        return sources;
    }

    List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        boolean framework = convention.getKind() == ConventionKind.FRAMEWORK;
        if (framework) {
            blocks.add(Block.text(say("funding.framework")));
        }
        if (!convention.getFundings().isEmpty()) {
            blocks.add(Block.heading(say("funding.convention")));
            lines(convention.getFundings(), FinancingPlans.total(convention.getFundings()), null, "", blocks, null);
        }
        for (Action action : convention.getCovers()) {
            if (!action.eIsProxy()) {
                plan(action, blocks);
            }
        }
        if (!framework) {
            if (blocks.isEmpty()) {
                blocks.add(Block.text(say("placeholder.funding")));
            }
            blocks.add(Block.text(say("funding.reserve")));
            blocks.add(Block.text(say("funding.payment")));
        }
        eu(blocks);
        return blocks;
    }

    private void plan(Action action, List<Block> blocks) {
        blocks.add(Block.heading(say("funding.action", text(action.getTitle()))));
        if (action.getCost() != null && action.getCost().getAmount() != null) {
            BigDecimal eligible = action.getCost().getEligible();
            blocks.add(Block.text(eligible == null ? say("funding.cost", Register.euros(action.getCost().getAmount(), locale))
                    : say("funding.cost.eligible", Register.euros(action.getCost().getAmount(), locale),
                            Register.euros(eligible, locale))));
        } else {
            blocks.add(Block.text(say("placeholder.cost")));
        }
        if (action.getFundings().isEmpty()) {
            blocks.add(Block.text(say("placeholder.funding")));
            return;
        }
        Actor owner = FinancingPlan.owner(action);
        BigDecimal total = FinancingPlan.total(action);
        blocks.add(Block.text(say("funding.plan", Register.euros(total, locale))));
        lines(action.getFundings(), total, owner, text(action.getTitle()), blocks, null);
        if (owner != null) {
            BigDecimal own = FinancingPlan.ownShare(action, owner);
            blocks.add(Block.text(say("funding.own", parties.named(owner),
                    Register.euros(own, locale), Register.share(own, total, locale))));
        }
    }

    private void lines(List<Funding> lines, BigDecimal total, Actor owner, String action, List<Block> blocks,
            List<Row> rows) {
        for (Funding line : lines) {
            String source = source(line.getSource());
            Actor payer = FinancingPlan.payer(line, owner);
            String who = payer == null ? say("funding.nofunder") : parties.named(payer);
            BigDecimal amount = line.getAmount() == null ? BigDecimal.ZERO : line.getAmount();
            String share = Register.share(amount, total, locale);
            if (blocks != null) {
                blocks.add(Block.bullet(say("funding.line", source, who, Register.euros(amount, locale), share)));
            }
            if (rows != null) {
                rows.add(new Row(action, source, who, Register.euros(amount, locale), share));
            }
            if (line.getCounterpart() != null && line.getCounterpartAmount() != null) {
                String counterpart = parties.named(line.getCounterpart());
                String cshare = Register.share(line.getCounterpartAmount(), total, locale);
                if (blocks != null) {
                    blocks.add(Block.bullet(say("funding.counterpart.line", source, counterpart,
                            Register.euros(line.getCounterpartAmount(), locale), cshare)));
                }
                if (rows != null) {
                    rows.add(new Row(action, say("funding.counterpart.source", source), counterpart,
                            Register.euros(line.getCounterpartAmount(), locale), cshare));
                }
            }
        }
    }

    /** The rows of the financing-plan annex: every covered action's lines, then the convention's own. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Action action : convention.getCovers()) {
            if (!action.eIsProxy()) {
                lines(action.getFundings(), FinancingPlan.total(action), FinancingPlan.owner(action),
                        text(action.getTitle()), null, rows);
            }
        }
        lines(convention.getFundings(), FinancingPlans.total(convention.getFundings()), null, say("funding.convention"),
                null, rows);
        return rows;
    }

    private void eu(List<Block> blocks) {
        Set<FundingSource> sources = euSources();
        if (sources.contains(FundingSource.LEADER) || sources.contains(FundingSource.FEADER)) {
            blocks.add(Block.text(say("funding.eu.feader")));
        }
        if (sources.contains(FundingSource.FEDER) || sources.contains(FundingSource.FSE)) {
            blocks.add(Block.text(say("funding.eu.feder")));
        }
        if (passesAidOn(sources)) {
            Actor lead = convention.getLead();
            blocks.add(Block.text(say("funding.lead", Parties.capital(parties.named(lead)),
                    say(Parties.feminine(lead) ? "pronoun.F" : "pronoun.M"))));
        }
    }

    /** A chef de file passes EU aid on: the lead owns a covered action with EU money and has partners. */
    boolean passesAidOn(Set<FundingSource> sources) {
        Actor lead = convention.getLead();
        if (lead == null || sources.isEmpty() || convention.getParties().size() < 2) {
            return false;
        }
        return convention.getCovers().stream().filter(a -> !a.eIsProxy())
                .anyMatch(a -> FinancingPlan.owner(a) == lead
                        && a.getFundings().stream().anyMatch(f -> Fundings.isEu(f.getSource())));
    }

    private String source(FundingSource source) {
        return source == null ? "" : ModelLabels.label(CoopPackage.Literals.FUNDING_SOURCE.getEEnumLiteral(
                source.getValue()), locale);
    }

    private String say(String key, Object... arguments) {
        return ConventionText.get(locale, key, arguments);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    static Map<String, String> row(Row row) {
        return Map.of("action", row.action(), "source", row.source(), "funder", row.funder(), "amount",
                row.amount(), "share", row.share());
    }
}
