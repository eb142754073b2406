package org.maillage.model.validation.internal;

import java.math.BigDecimal;
import java.math.MathContext;

import org.maillage.model.coop.Convention;
import org.maillage.model.coop.Funding;
import org.maillage.model.services.Actors;
import org.maillage.model.services.Fundings;
import org.maillage.model.services.Percentages;
import org.maillage.model.validation.Anchor;
import org.maillage.model.validation.Severity;

/**
 * FUND-EU-COUNTERPART: EU money needs a public counterpart brought by another actor than the
 * one paying the EU money. FUND-EU-RATE: EU money covers at most 80 % of the EU + counterpart
 * total. FUND-ZERO-AMOUNT: a funding line or a counterpart of 0 EUR.
 */
public final class FundingRules implements Rule {

    private static final BigDecimal MAX_RATE = new BigDecimal("0.80");
    private static final BigDecimal MAX_PERCENT = MAX_RATE.movePointRight(2);

    @Override
    public void check(ModelIndex model, FindingSink sink) {
        for (Convention convention : model.conventions()) {
            for (Funding funding : convention.getFundings()) {
                if (isZero(funding.getAmount())) {
                    sink.report("FUND-ZERO-AMOUNT", Severity.WARNING, funding, Anchor.ELEMENT,
                            funding.getSource().getLiteral());
                } else if (funding.getCounterpart() != null && isZero(funding.getCounterpartAmount())) {
                    sink.report("FUND-ZERO-AMOUNT", "FUND-ZERO-AMOUNT.counterpart", Severity.WARNING, funding,
                            Anchor.ELEMENT, funding.getSource().getLiteral(), Names.of(funding.getCounterpart()));
                }
                if (Fundings.isEu(funding.getSource())) {
                    check(funding, sink);
                }
            }
        }
    }

    private static boolean isZero(BigDecimal amount) {
        return amount != null && amount.signum() == 0;
    }

    private static void check(Funding funding, FindingSink sink) {
        String source = funding.getSource().getLiteral();
        if (funding.getCounterpart() == null) {
            sink.report("FUND-EU-COUNTERPART", Severity.ERROR, funding, Anchor.ELEMENT, source);
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
        BigDecimal eu = funding.getAmount();
        BigDecimal counterpart = funding.getCounterpartAmount();
        if (eu == null || counterpart == null || eu.add(counterpart).signum() == 0) {
            return;
        }
        BigDecimal rate = eu.divide(eu.add(counterpart), MathContext.DECIMAL64);
        if (rate.compareTo(MAX_RATE) > 0) {
            sink.report("FUND-EU-RATE", Severity.WARNING, funding, Anchor.ELEMENT, source,
                    Percentages.format(rate, MAX_PERCENT));
        }
    }
}
