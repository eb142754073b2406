package org.maillage.model.validation.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.Funding;
import org.maillage.model.services.Actors;
import org.maillage.model.services.FinancingPlans;
import org.maillage.model.services.Fundings;
import org.maillage.model.services.Percentages;
import org.maillage.model.validation.Anchor;
import org.maillage.model.validation.Severity;

/**
 * Each funding line, of a convention or (1.1) of an action's financing plan. FUND-EU-COUNTERPART:
 * EU money needs a public counterpart brought by another actor than the one paying the EU money;
 * in a 1.1 model a line without counterpart is accepted when the same convention or action holds
 * a national public line. FUND-EU-RATE: EU money covers at most 80 % of the EU + counterpart total.
 * FUND-ZERO-AMOUNT: a funding line or a counterpart of 0 EUR.
 */
public final class FundingRules implements Rule {

    static final BigDecimal MAX_RATE = new BigDecimal("0.80");
    static final BigDecimal MAX_PERCENT = MAX_RATE.movePointRight(2);

    @Override
    public void check(ModelIndex model, FindingSink sink) {
        boolean relaxed = model.usesLanguage11();
        for (Convention convention : model.conventions()) {
            check(convention.getFundings(), relaxed, sink);
        }
        for (Action action : model.actions()) {
            check(action.getFundings(), relaxed, sink);
        }
    }

    private static void check(List<Funding> lines, boolean relaxed, FindingSink sink) {
        boolean national = relaxed && lines.stream().anyMatch(FinancingPlans::isNationalPublic);
        for (Funding funding : lines) {
            if (isZero(funding.getAmount())) {
                sink.report("FUND-ZERO-AMOUNT", Severity.WARNING, funding, Anchor.ELEMENT,
                        funding.getSource().getLiteral());
            } else if (funding.getCounterpart() != null && isZero(funding.getCounterpartAmount())) {
                sink.report("FUND-ZERO-AMOUNT", "FUND-ZERO-AMOUNT.counterpart", Severity.WARNING, funding,
                        Anchor.ELEMENT, funding.getSource().getLiteral(), Names.of(funding.getCounterpart()));
            }
            if (Fundings.isEu(funding.getSource())) {
                check(funding, national, sink);
            }
        }
    }

    private static boolean isZero(BigDecimal amount) {
        return amount != null && amount.signum() == 0;
    }

    private static void check(Funding funding, boolean nationalLineBeside, FindingSink sink) {
        String source = funding.getSource().getLiteral();
        if (funding.getCounterpart() == null) {
            if (!nationalLineBeside) {
                sink.report("FUND-EU-COUNTERPART", Severity.ERROR, funding, Anchor.ELEMENT, source);
            }
            return;
        }
        if (!Actors.isPublic(funding.getCounterpart())) {
            sink.report("FUND-EU-COUNTERPART", "FUND-EU-COUNTERPART.private", Severity.ERROR, funding,
                    Anchor.ELEMENT, source, Names.of(funding.getCounterpart()));
            return;
        }
        if (funding.getCounterpart() == funding.getFunder()) {
            sink.report("FUND-EU-COUNTERPART", "FUND-EU-COUNTERPART.funder", Severity.ERROR, funding,
                    Anchor.ELEMENT, source, Names.of(funding.getCounterpart()));
            return;
        }
        BigDecimal rate = lineRate(funding);
        if (rate != null && rate.compareTo(MAX_RATE) > 0) {
            sink.report("FUND-EU-RATE", Severity.WARNING, funding, Anchor.ELEMENT, source,
                    Percentages.format(rate, MAX_PERCENT));
        }
    }

    /** EU / (EU + counterpart) of an EU line with a lawful counterpart, or null when it has none. */
    static BigDecimal lineRate(Funding funding) {
        BigDecimal eu = funding.getAmount();
        BigDecimal counterpart = funding.getCounterpartAmount();
        if (funding.getCounterpart() == null || !Actors.isPublic(funding.getCounterpart())
                || funding.getCounterpart() == funding.getFunder() || eu == null || counterpart == null
                || eu.add(counterpart).signum() == 0) {
            return null;
        }
        return eu.divide(eu.add(counterpart), MathContext.DECIMAL64);
    }
}
