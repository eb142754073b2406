package org.maillage.generator.finance.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Expenditure;
import org.maillage.model.coop.Funding;
import org.maillage.model.coop.FundingSource;
import org.maillage.model.coop.LegalForm;
import org.maillage.model.coop.Plan;
import org.maillage.model.services.FinancingPlan;
import org.maillage.model.services.Percentages;
import org.maillage.model.validation.Finding;

/**
 * The figures of a plan's financing document, whatever its format: one row per action, the
 * sources used (in the language's order), totals per source and per funder.
 */
final class FinanceTable {

    /** The maître d'ouvrage's own share of an investment's public funding: at least 20 % (CGCT L1111-10 III). */
    static final BigDecimal OWN_SHARE_LINE = new BigDecimal("0.20");

    private static final BigDecimal LINE_PERCENT = OWN_SHARE_LINE.movePointRight(2);

    /** The forms FUND-MO-SHARE applies to. */
    private static final Set<LegalForm> LOCAL_AUTHORITIES = EnumSet.of(LegalForm.MUNICIPALITY, LegalForm.EPCI,
            LegalForm.SYNDICATE, LegalForm.DEPARTMENT, LegalForm.REGION);

    /** Where the own share stands against the 20 % line. */
    enum Line {
        /** the rule applies and the share reaches 20 % */
        REACHED,
        /** the rule applies and the share is below 20 % */
        BELOW,
        /** not an investment of a local authority, or no public funding */
        NOT_APPLICABLE
    }

    /** One action's figures. */
    record Row(Action action, Actor owner, BigDecimal cost, BigDecimal eligible, Expenditure expenditure,
            Map<FundingSource, BigDecimal> bySource, BigDecimal counterparts, BigDecimal total,
            BigDecimal publicFunding, BigDecimal ownShare, List<Finding> findings) {

        /** {@code amount} as a percentage of the cost ("33.3"), or null without a cost. */
        String shareOfCost(BigDecimal amount) {
            return percent(amount, cost);
        }

        /** The owner's own share of the public funding as a percentage, or null. */
        String ownRate() {
            return owner == null ? null : percent(ownShare, publicFunding, LINE_PERCENT);
        }

        Line line() {
            boolean applies = expenditure == Expenditure.INVESTMENT && owner != null
                    && owner.isSetForm() && LOCAL_AUTHORITIES.contains(owner.getForm()) && publicFunding.signum() > 0;
            if (!applies) {
                return Line.NOT_APPLICABLE;
            }
            return ownShare.compareTo(publicFunding.multiply(OWN_SHARE_LINE)) < 0 ? Line.BELOW : Line.REACHED;
        }
    }

    /** Who brings money: an actor, or a source whose payer is not said. */
    record Funder(Actor actor, FundingSource source) {
    }

    final Plan plan;
    final List<FundingSource> sources;
    final List<Row> rows = new ArrayList<>();
    final Map<Funder, BigDecimal> byFunder = new LinkedHashMap<>();

    FinanceTable(Plan plan, List<Finding> findings) {
        this(plan, plan.getActions(), findings);
    }

    /** The figures of some of a plan's actions (a part of a long plan), with their totals. */
    FinanceTable(Plan plan, List<Action> actions, List<Finding> findings) {
        this.plan = plan;
        Map<Action, List<Finding>> near = new HashMap<>();
        for (Finding finding : findings) {
            EObject target = finding.target();
            EObject action = target instanceof Action ? target : target == null ? null : target.eContainer();
            if (action instanceof Action) {
                near.computeIfAbsent((Action) action, a -> new ArrayList<>()).add(finding);
            }
        }
        EnumSet<FundingSource> used = EnumSet.noneOf(FundingSource.class);
        for (Action action : actions) {
            action.getFundings().forEach(line -> used.add(line.getSource()));
            rows.add(row(action, near.getOrDefault(action, List.of())));
        }
        sources = List.copyOf(used);
        rows.forEach(this::addFunders);
    }

    private static Row row(Action action, List<Finding> findings) {
        Actor owner = FinancingPlan.owner(action);
        Map<FundingSource, BigDecimal> bySource = new EnumMap<>(FundingSource.class);
        BigDecimal counterparts = BigDecimal.ZERO;
        for (Funding line : action.getFundings()) {
            bySource.merge(line.getSource(), amount(line.getAmount()), BigDecimal::add);
            counterparts = counterparts.add(amount(line.getCounterpartAmount()));
        }
        var cost = action.getCost();
        return new Row(action, owner, cost == null ? null : cost.getAmount(), cost == null ? null : cost.getEligible(),
                cost == null || !cost.isSetExpenditure() ? null : cost.getExpenditure(), bySource, counterparts, FinancingPlan.total(action),
                FinancingPlan.publicFunding(action), FinancingPlan.ownShare(action, owner), findingsOf(action, findings));
    }

    /**
     * The findings shown next to an action's row (the constructor passes only the findings on the
     * action or on what it contains, so that a long plan is not actions × findings): those of the money rules (codes FUND-* and EU-*)
     * on the action, and any finding on its cost or one of its funding lines, in catalogue order.
     */
    static List<Finding> findingsOf(Action action, List<Finding> findings) {
        List<Finding> mine = new ArrayList<>();
        for (Finding finding : findings) {
            EObject target = finding.target();
            boolean onMoney = target != null && target.eContainer() == action
                    && (target == action.getCost() || action.getFundings().contains(target));
            boolean moneyRule = finding.code().startsWith("FUND-") || finding.code().startsWith("EU-");
            if (onMoney || target == action && moneyRule) {
                mine.add(finding);
            }
        }
        return mine;
    }

    private void addFunders(Row row) {
        for (Funding line : row.action().getFundings()) {
            Actor payer = FinancingPlan.payer(line, row.owner());
            byFunder.merge(new Funder(payer, payer == null ? line.getSource() : null), amount(line.getAmount()),
                    BigDecimal::add);
            if (line.getCounterpart() != null && !line.getCounterpart().eIsProxy()) {
                byFunder.merge(new Funder(line.getCounterpart(), null), amount(line.getCounterpartAmount()),
                        BigDecimal::add);
            }
        }
    }

    /** The funders, largest amount first (ties in order of appearance). */
    List<Map.Entry<Funder, BigDecimal>> funders() {
        return byFunder.entrySet().stream()
                .sorted(Map.Entry.<Funder, BigDecimal>comparingByValue(Comparator.reverseOrder())).toList();
    }

    BigDecimal totalOf(FundingSource source) {
        return sum(rows.stream().map(r -> r.bySource().getOrDefault(source, BigDecimal.ZERO)).toList());
    }

    BigDecimal totalCost() {
        return sum(rows.stream().map(Row::cost).toList());
    }

    BigDecimal totalEligible() {
        return sum(rows.stream().map(Row::eligible).toList());
    }

    BigDecimal totalCounterparts() {
        return sum(rows.stream().map(Row::counterparts).toList());
    }

    BigDecimal totalFunding() {
        return sum(rows.stream().map(Row::total).toList());
    }

    BigDecimal totalPublic() {
        return sum(rows.stream().map(Row::publicFunding).toList());
    }

    /** {@code part} as a percentage of {@code whole} ("33.3"), or null when the whole is missing or zero. */
    static String percent(BigDecimal part, BigDecimal whole, BigDecimal... limits) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return Percentages.format(part.divide(whole, MathContext.DECIMAL64), limits);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().map(FinanceTable::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal amount(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
