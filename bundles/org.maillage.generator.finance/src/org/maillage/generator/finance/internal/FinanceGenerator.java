package org.maillage.generator.finance.internal;

import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.maillage.generator.GenerationContext;
import org.maillage.generator.IGenerator;
import org.maillage.generator.sheet.Spreadsheets;
import org.maillage.model.coop.Plan;
import org.maillage.model.validation.Finding;
import org.maillage.model.validation.RuleCatalogue;

/** {@code maillage generate finance}: one financing plan per plan, {@code <planId>-financement.<ext>}. */
public class FinanceGenerator implements IGenerator {

    @Override
    public void generate(GenerationContext context) throws Exception {
        List<Plan> plans = context.plans();
        SubMonitor progress = SubMonitor.convert(context.monitor(), plans.size() + 1);
        List<Finding> findings = new RuleCatalogue(context.options().locale()).check(context.model());
        FinanceText text = new FinanceText(context.options().locale());
        progress.worked(1);
        for (Plan plan : plans) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            FinanceTable table = new FinanceTable(plan, findings);
            String name = plan.getName() + "-financement.";
            if (context.options().wants("csv")) {
                context.sink().writeText(name + "csv", FinanceCsv.write(table));
            }
            if (context.options().wants("html")) {
                context.sink().writeText(name + "html", new FinanceHtml(table, text).write());
            }
            if (context.options().wants("xlsx")) {
                context.sink().write(name + "xlsx", Spreadsheets.xlsx(FinanceSheets.of(table, text)));
            }
            if (context.options().wants("ods")) {
                context.sink().write(name + "ods", Spreadsheets.ods(FinanceSheets.of(table, text)));
            }
            progress.worked(1);
        }
    }
}
