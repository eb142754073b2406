package com.example.maillage.funding;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.maillage.generator.GenerationContext;
import org.maillage.generator.IGenerator;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.Funding;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.Plan;

/**
 * A third-party generator written against Maillage's public API only: one CSV listing every
 * funding line of the model, {@code funding-summary.csv}: the actions' financing plans, then the
 * conventions' own lines.
 */
public class FundingSummaryGenerator implements IGenerator {

    @Override
    public void generate(GenerationContext context) throws Exception {
        boolean english = context.options().english();
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(english ? "plan;action or convention;source;amount;funder;counterpart;counterpart amount"
                : "plan;action ou convention;source;montant;financeur;contrepartie;montant de la contrepartie")
                .append("\r\n");
        for (Plan plan : context.plans()) {
            if (context.monitor().isCanceled()) {
                throw new OperationCanceledException();
            }
            for (Action action : plan.getActions()) {
                action.getFundings().forEach(funding -> line(csv, plan, action, funding));
            }
            for (Convention convention : plan.getConventions()) {
                convention.getFundings().forEach(funding -> line(csv, plan, convention, funding));
            }
        }
        context.sink().writeText("funding-summary.csv", csv.toString());
    }

    private static void line(StringBuilder csv, Plan plan, NamedElement holder, Funding funding) {
        csv.append(String.join(";", List.of(id(plan), id(holder),
                funding.getSource() == null ? "" : funding.getSource().getLiteral(), amount(funding.getAmount()),
                id(funding.getFunder()), id(funding.getCounterpart()), amount(funding.getCounterpartAmount()))))
                .append("\r\n");
    }

    private static String id(NamedElement element) {
        return element == null || element.getName() == null ? "" : element.getName();
    }

    private static String amount(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
