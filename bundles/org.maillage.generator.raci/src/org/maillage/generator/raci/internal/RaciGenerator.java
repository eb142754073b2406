package org.maillage.generator.raci.internal;

import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.maillage.generator.GenerationContext;
import org.maillage.generator.IGenerator;
import org.maillage.generator.sheet.Spreadsheets;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.Plan;
import org.maillage.model.services.RaciMatrix;
import org.maillage.model.validation.Finding;
import org.maillage.model.validation.RuleCatalogue;

/** {@code maillage generate raci}: one matrix per plan, {@code <planId>-raci.<ext>}. */
public class RaciGenerator implements IGenerator {

    @Override
    public void generate(GenerationContext context) throws Exception {
        List<Plan> plans = context.plans();
        SubMonitor progress = SubMonitor.convert(context.monitor(), plans.size() + 1);
        boolean documents = context.options().wants("html") || context.options().wants("xlsx")
                || context.options().wants("ods");
        List<Finding> findings = documents ? new RuleCatalogue(context.options().locale()).check(context.model())
                : List.of();
        List<RaciMatrix> matrices = plans.stream().map(RaciMatrix::of).toList();
        List<Convention> conventions = plans.stream().flatMap(p -> p.getConventions().stream()).toList();
        progress.worked(1);
        for (RaciMatrix matrix : matrices) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            String name = matrix.plan().getName() + "-raci.";
            if (context.options().wants("csv")) {
                context.sink().writeText(name + "csv", CsvWriter.write(matrix));
            }
            List<Finding> ofPlan = FindingPlaces.ofPlan(matrix.plan(), findings);
            if (context.options().wants("html")) {
                context.sink().writeText(name + "html",
                        new HtmlWriter(matrix, matrices, conventions, ofPlan, context.options().locale()).write());
            }
            if (context.options().wants("xlsx")) {
                context.sink().write(name + "xlsx", Spreadsheets.xlsx(
                        SheetLayout.sheets(matrix, matrices, conventions, ofPlan, context.options().locale())));
            }
            if (context.options().wants("ods")) {
                context.sink().write(name + "ods", Spreadsheets.ods(
                        SheetLayout.sheets(matrix, matrices, conventions, ofPlan, context.options().locale())));
            }
            progress.worked(1);
        }
    }
}
