package org.maillage.diagram.internal.generator;

import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.maillage.diagram.DiagramKind;
import org.maillage.diagram.DiagramPictures;
import org.maillage.diagram.internal.svg.PngWriter;
import org.maillage.generator.GenerationContext;
import org.maillage.generator.IGenerator;
import org.maillage.model.coop.Plan;
import org.maillage.model.validation.Finding;
import org.maillage.model.validation.RuleCatalogue;

/**
 * {@code maillage generate diagram}: per plan, {@code <planId>-map.<ext>} and
 * {@code <planId>-who-does-what.<ext>} in SVG and PNG (the SVG rendered by jsvg), laid out by ELK
 * with the positions the user set in the diagram editor (the plan file's layout sidecar) and the
 * rule catalogue's findings marked.
 */
public class DiagramGenerator implements IGenerator {

    @Override
    public void generate(GenerationContext context) throws Exception {
        List<Plan> plans = context.plans();
        SubMonitor progress = SubMonitor.convert(context.monitor(), plans.size() * 2 + 1);
        List<Finding> findings = new RuleCatalogue(context.options().locale()).check(context.model());
        progress.worked(1);
        for (Plan plan : plans) {
            for (DiagramKind kind : DiagramKind.values()) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                String name = plan.getName() + "-" + kind.fileSuffix();
                String svg = DiagramPictures.svg(kind, plan, context.options().locale(), findings);
                if (context.options().wants("svg")) {
                    context.sink().writeText(name + ".svg", svg);
                }
                if (context.options().wants("png")) {
                    context.sink().write(name + ".png", PngWriter.write(svg));
                }
                progress.worked(1);
            }
        }
    }
}
