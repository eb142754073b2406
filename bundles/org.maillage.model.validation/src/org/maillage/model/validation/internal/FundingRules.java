package org.maillage.model.validation.internal;

import java.math.BigDecimal;
import java.math.MathContext;

import org.maillage.model.coop.Convention;
import org.maillage.model.coop.Funding;
import org.maillage.model.services.Actors;
import org.maillage.model.services.Fundings;
import org.maillage.model.validation.Anchor;
import org.maillage.model.validation.Severity;

/**
 * FUND-EU-COUNTERPART: EU money needs a public counterpart. FUND-EU-RATE: EU money covers at
 * most 80 % of the EU + counterpart total.
 */
public final class FundingRules implements Rule {

    private static final BigDecimal MAX_RATE = new BigDecimal("0.80");

    @Override
    public void check(ModelIndex model, FindingSink sink) {
        for (Convention convention : model.conventions()) {
            for (Funding funding : convention.getFundings()) {
                if (Fundings.isEu(funding.getSource())) {
                    check(funding, sink);
                }
            }
        }
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
        BigDecimal eu = funding.getAmount();
        BigDecimal counterpart = funding.getCounterpartAmount();
        if (eu == null || counterpart == null || eu.add(counterpart).signum() == 0) {
            return;
        }
        BigDecimal rate = eu.divide(eu.add(counterpart), MathContext.DECIMAL64);
        if (rate.compareTo(MAX_RATE) > 0) {
            sink.report("FUND-EU-RATE", Severity.WARNING, funding, Anchor.ELEMENT, source,
                    rate.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString());
        }
    }
}
