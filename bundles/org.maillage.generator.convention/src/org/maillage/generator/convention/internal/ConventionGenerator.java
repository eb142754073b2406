package org.maillage.generator.convention.internal;

import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.maillage.generator.GenerationContext;
import org.maillage.generator.IGenerator;
import org.maillage.model.coop.Convention;

/** {@code maillage generate convention}: one skeleton per convention, {@code <conventionId>.<ext>}. */
public class ConventionGenerator implements IGenerator {

    @Override
    public void generate(GenerationContext context) throws Exception {
        List<Convention> conventions = context.plans().stream().flatMap(p -> p.getConventions().stream()).toList();
        SubMonitor progress = SubMonitor.convert(context.monitor(), conventions.size());
        for (Convention convention : conventions) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            ConventionFacts facts = ConventionFacts.of(convention);
            for (String format : List.of("odt", "docx")) {
                if (context.options().wants(format)) {
                    context.sink().write(convention.getName() + "." + format, TemplateDocument.write(facts,
                            context.options().locale(), format, context.options().template()));
                }
            }
            if (context.options().wants("md")) {
                context.sink().writeText(convention.getName() + ".md",
                        new MarkdownWriter(facts, context.options().locale()).write());
            }
            progress.worked(1);
        }
    }
}
