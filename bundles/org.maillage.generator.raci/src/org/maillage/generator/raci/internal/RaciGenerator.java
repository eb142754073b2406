package org.maillage.generator.raci.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.maillage.generator.GenerationContext;
import org.maillage.generator.IGenerator;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.FunctionAssignment;
import org.maillage.model.coop.Plan;
import org.maillage.model.validation.Finding;
import org.maillage.model.validation.RuleCatalogue;
import org.maillage.model.services.RaciMatrix;

/** {@code maillage generate raci}: one matrix per plan, {@code <planId>-raci.<ext>}. */
public class RaciGenerator implements IGenerator {

    private static final Set<String> RACI_CODES = Set.of("RACI-NO-A", "RACI-MANY-A", "RACI-NO-R");

    @Override
    public void generate(GenerationContext context) throws Exception {
        List<Plan> plans = context.plans();
        SubMonitor progress = SubMonitor.convert(context.monitor(), plans.size() + 1);
        List<Finding> findings = context.options().wants("html")
                ? new RuleCatalogue(context.options().locale()).check(context.model()).stream()
                        .filter(f -> RACI_CODES.contains(f.code())).toList()
                : List.of();
        progress.worked(1);
        for (Plan plan : plans) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            RaciMatrix matrix = RaciMatrix.of(plan);
            if (context.options().wants("csv")) {
                context.sink().writeText(plan.getName() + "-raci.csv", CsvWriter.write(matrix));
            }
            if (context.options().wants("html")) {
                List<Finding> ofPlan = findings.stream().filter(f -> f.target() instanceof FunctionAssignment entry
                        && entry.eContainer() instanceof Action action && action.eContainer() == plan).toList();
                context.sink().writeText(plan.getName() + "-raci.html",
                        new HtmlWriter(matrix, ofPlan, context.options().locale()).write());
            }
            if (context.options().wants("xlsx")) {
                context.sink().write(plan.getName() + "-raci.xlsx", XlsxWriter.write(matrix, context.options().locale()));
            }
            if (context.options().wants("ods")) {
                context.sink().write(plan.getName() + "-raci.ods", OdsWriter.write(matrix, context.options().locale()));
            }
            progress.worked(1);
        }
    }
}
