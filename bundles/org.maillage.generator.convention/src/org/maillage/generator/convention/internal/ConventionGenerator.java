package org.maillage.generator.convention.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.maillage.generator.GenerationContext;
import org.maillage.generator.IGenerator;
import org.maillage.generator.convention.internal.pdf.Pdf;
import org.maillage.generator.convention.internal.zones.UserZones;
import org.maillage.generator.template.DocumentTemplate;
import org.maillage.model.coop.Convention;

/** {@code maillage generate convention}: one skeleton per convention, {@code <conventionId>.<ext>}. */
public class ConventionGenerator implements IGenerator {

    @Override
    public void generate(GenerationContext context) throws Exception {
        List<Convention> conventions = context.plans().stream().flatMap(p -> p.getConventions().stream()).toList();
        SubMonitor progress = SubMonitor.convert(context.monitor(), conventions.size());
        Map<String, DocumentTemplate> templates = new LinkedHashMap<>();
        for (String format : List.of("odt", "docx")) {
            if (Pdf.needs(context.options(), format) && !conventions.isEmpty()) {
                templates.put(format, TemplateDocument.load(format, context.options().template(),
                        context.options().locale()));
            }
        }
        UserZones zones = new UserZones(context.sink(), context.options().locale());
        for (Convention convention : conventions) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            ConventionContent content = new ContentBuilder(ConventionFacts.of(convention),
                    context.options().locale()).build();
            for (Map.Entry<String, DocumentTemplate> template : templates.entrySet()) {
                String fileName = convention.getName() + "." + template.getKey();
                boolean wanted = context.options().wants(template.getKey());
                byte[] document = zones.carry(fileName,
                        TemplateDocument.write(template.getValue(), content, context.options().locale()), wanted);
                if (wanted) {
                    context.sink().write(fileName, document);
                }
                Pdf.write(context, template.getKey(), convention.getName(), document);
            }
            if (context.options().wants("md")) {
                context.sink().writeText(convention.getName() + ".md",
                        new MarkdownWriter(content, context.options().locale()).write());
            }
            progress.worked(1);
        }
    }
}
