package com.example.maillage.funding;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.maillage.generator.GenerationContext;
import org.maillage.generator.IGenerator;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.Funding;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.Plan;

/**
 * A third-party generator written against Maillage's public API only: one CSV listing every
 * funding line of the model, {@code funding-summary.csv}.
 */
public class FundingSummaryGenerator implements IGenerator {

    @Override
    public void generate(GenerationContext context) throws Exception {
        boolean english = context.options().english();
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(english ? "plan;convention;source;amount;funder;counterpart;counterpart amount"
                : "plan;convention;source;montant;financeur;contrepartie;montant de la contrepartie").append("\r\n");
        for (Plan plan : context.plans()) {
            if (context.monitor().isCanceled()) {
                throw new OperationCanceledException();
            }
            for (Convention convention : plan.getConventions()) {
                for (Funding funding : convention.getFundings()) {
                    csv.append(String.join(";", List.of(id(plan), id(convention),
                            funding.getSource() == null ? "" : funding.getSource().getLiteral(), amount(funding.getAmount()),
                            id(funding.getFunder()), id(funding.getCounterpart()),
                            amount(funding.getCounterpartAmount())))).append("\r\n");
                }
            }
        }
        context.sink().writeText("funding-summary.csv", csv.toString());
    }

    private static String id(NamedElement element) {
        return element == null || element.getName() == null ? "" : element.getName();
    }

    private static String amount(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
