package org.maillage.generator.convention.internal;

import java.util.HashMap;
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

/**
 * {@code maillage generate convention}: one document per convention, {@code <conventionId>.<ext>}, each
 * filled from the template of its kind (and language), loaded once per run.
 */
public class ConventionGenerator implements IGenerator {

    @Override
    public void generate(GenerationContext context) throws Exception {
        List<Convention> conventions = context.plans().stream().flatMap(p -> p.getConventions().stream()).toList();
        SubMonitor progress = SubMonitor.convert(context.monitor(), conventions.size());
        List<String> formats = List.of("odt", "docx").stream().filter(f -> Pdf.needs(context.options(), f)).toList();
        // Every template is read (and a user's checked) before the first document is made.
        Map<String, DocumentTemplate> templates = new HashMap<>();
        for (String kind : conventions.stream().map(ConventionGenerator::kind).distinct().toList()) {
            for (String format : formats) {
                templates.put(format + "/" + kind, TemplateDocument.load(format, kind, context.options().template(),
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
            for (String format : formats) {
                DocumentTemplate template = templates.get(format + "/" + kind(convention));
                String fileName = convention.getName() + "." + format;
                boolean wanted = context.options().wants(format);
                byte[] document = zones.carry(fileName,
                        TemplateDocument.write(template, content, context.options().locale()), wanted);
                if (wanted) {
                    context.sink().write(fileName, document);
                }
                Pdf.write(context, format, convention.getName(), document);
            }
            if (context.options().wants("md")) {
                context.sink().writeText(convention.getName() + ".md",
                        new MarkdownWriter(content, context.options().locale()).write());
            }
            progress.worked(1);
        }
    }

    private static String kind(Convention convention) {
        return convention.getKind() == null ? "" : convention.getKind().getLiteral();
    }
}
