package org.maillage.model.validation.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Cost;
import org.maillage.model.coop.Expenditure;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.Funding;
import org.maillage.model.coop.LegalForm;
import org.maillage.model.coop.Nature;
import org.maillage.model.coop.Role;
import org.maillage.model.services.FinancingPlans;
import org.maillage.model.services.Fundings;
import org.maillage.model.services.Percentages;
import org.maillage.model.services.Raci;
import org.maillage.model.validation.Anchor;
import org.maillage.model.validation.Severity;

/**
 * An action's financing plan (1.1). FUND-PLAN-BALANCE: the lines add up to the cost. FUND-MO-SHARE:
 * a local authority that owns an investment brings at least 20 % of its public funding (CGCT
 * L1111-10 III). FUND-EU-RATE: the action's EU lines are at most 80 % of its public funding.
 * FUND-NO-ROLE: who pays a line holds a role on the action's funding functions.
 */
public final class ActionFundingRules implements Rule {

    /** A gap the plan may have: cents of rounding, not a missing line. */
    private static final BigDecimal TOLERANCE = BigDecimal.ONE;
    private static final BigDecimal MIN_SHARE = new BigDecimal("0.20");
    private static final BigDecimal MIN_PERCENT = MIN_SHARE.movePointRight(2);
    /** The forms L1111-10 III binds: local authorities and their groupings (not the syndicats mixtes ouverts élargis). */
    private static final Set<LegalForm> BOUND_TO_SHARE = EnumSet.of(LegalForm.MUNICIPALITY, LegalForm.EPCI,
            LegalForm.SYNDICATE, LegalForm.DEPARTMENT, LegalForm.REGION);

    @Override
    public void check(ModelIndex model, FindingSink sink) {
        if (!model.usesLanguage11()) {
            return;
        }
        for (Action action : model.actions()) {
            List<Funding> lines = action.getFundings();
            Cost cost = action.getCost();
            if (cost != null && cost.getAmount() != null) {
                balance(action, cost, lines, sink);
                if (cost.isSetExpenditure() && cost.getExpenditure() == Expenditure.INVESTMENT) {
                    ownerShare(action, cost, lines, model, sink);
                }
            }
            if (!lines.isEmpty()) {
                euRate(action, lines, sink);
                if (model.declaresNatures()) {
                    payersHoldRoles(action, lines, model, sink);
                }
            }
        }
    }

    private static void balance(Action action, Cost cost, List<Funding> lines, FindingSink sink) {
        BigDecimal total = FinancingPlans.total(lines);
        BigDecimal gap = cost.getAmount().subtract(total);
        if (gap.abs().compareTo(TOLERANCE) > 0) {
            sink.report("FUND-PLAN-BALANCE", Severity.WARNING, cost, Anchor.ELEMENT, Names.of(action),
                    total.toPlainString(), cost.getAmount().toPlainString(), gap.toPlainString());
        }
    }

    private static void ownerShare(Action action, Cost cost, List<Funding> lines, ModelIndex model,
            FindingSink sink) {
        BigDecimal publicFunding = FinancingPlans.publicFunding(lines);
        if (publicFunding.signum() <= 0) {
            return;
        }
        for (Actor owner : owners(action, model)) {
            if (!owner.isSetForm() || !BOUND_TO_SHARE.contains(owner.getForm())) {
                continue;
            }
            BigDecimal share = FinancingPlans.ownShare(lines, owner, owner);
            BigDecimal rate = share.divide(publicFunding, MathContext.DECIMAL64);
            if (rate.compareTo(MIN_SHARE) < 0) {
                sink.report("FUND-MO-SHARE", Severity.WARNING, cost, Anchor.ELEMENT, Names.of(owner),
                        Names.of(action), share.toPlainString(), publicFunding.toPlainString(),
                        Percentages.format(rate, MIN_PERCENT));
            }
        }
    }

    /** The maîtres d'ouvrage: the A of the action's entries on ownership functions. */
    static Set<Actor> owners(Action action, ModelIndex model) {
        Set<Actor> owners = new LinkedHashSet<>();
        for (Map.Entry<Function, Map<Actor, Set<Role>>> row : model.cells(action).entrySet()) {
            if (ModelIndex.isOf(row.getKey(), Nature.OWNERSHIP)) {
                owners.addAll(Raci.holders(row.getValue(), Role.A));
            }
        }
        return owners;
    }

    private static void euRate(Action action, List<Funding> lines, FindingSink sink) {
        Funding firstEu = lines.stream().filter(line -> Fundings.isEu(line.getSource())).findFirst().orElse(null);
        if (firstEu == null) {
            return;
        }
        BigDecimal lineRate = FundingRules.lineRate(firstEu);
        if (lineRate != null && lineRate.compareTo(FundingRules.MAX_RATE) > 0) {
            return; // the line itself is reported already, at the same place
        }
        BigDecimal publicFunding = FinancingPlans.publicFunding(lines);
        if (publicFunding.signum() <= 0) {
            return;
        }
        BigDecimal rate = FinancingPlans.eu(lines).divide(publicFunding, MathContext.DECIMAL64);
        if (rate.compareTo(FundingRules.MAX_RATE) > 0) {
            sink.report("FUND-EU-RATE", "FUND-EU-RATE.action", Severity.WARNING, firstEu, Anchor.ELEMENT,
                    Names.of(action), Percentages.format(rate, FundingRules.MAX_PERCENT));
        }
    }

    private static void payersHoldRoles(Action action, List<Funding> lines, ModelIndex model, FindingSink sink) {
        Set<Actor> funders = new HashSet<>();
        model.cells(action).forEach((function, row) -> {
            if (ModelIndex.isOf(function, Nature.FUNDING)) {
                funders.addAll(row.keySet());
            }
        });
        for (Funding line : lines) {
            Actor payer = line.getFunder();
            if (payer != null && !payer.eIsProxy() && !funders.contains(payer)) {
                sink.report("FUND-NO-ROLE", Severity.INFO, line, Anchor.ELEMENT, Names.of(payer), Names.of(action),
                        line.getSource().getLiteral());
            }
        }
    }
}
