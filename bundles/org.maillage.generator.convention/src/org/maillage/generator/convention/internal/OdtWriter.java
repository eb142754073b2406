package org.maillage.generator.convention.internal;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import fr.opensagres.xdocreport.document.IXDocReport;
import fr.opensagres.xdocreport.document.registry.XDocReportRegistry;
import fr.opensagres.xdocreport.template.IContext;
import fr.opensagres.xdocreport.template.TemplateEngineKind;
import fr.opensagres.xdocreport.template.formatter.FieldsMetadata;

/**
 * A convention as an OpenDocument text, filled by XDocReport (FreeMarker syntax) from the default
 * template {@code templates/convention.odt} or the user's own ({@code --template}). Template
 * authors use {@code ${convention.*}}, {@code ${t.*}} (the wording, in the document's language),
 * {@code [#list parties as party]}, and the table fields {@code ${fundings.*}}. FreeMarker escapes
 * every value, so user text never becomes markup.
 */
final class OdtWriter {

    private static final String DEFAULT_TEMPLATE = "/templates/convention.odt";

    private OdtWriter() {
    }

    static byte[] write(ConventionFacts facts, Locale locale, Optional<Path> template) throws Exception {
        try (InputStream in = template.isPresent() ? Files.newInputStream(template.get())
                : OdtWriter.class.getResourceAsStream(DEFAULT_TEMPLATE)) {
            IXDocReport report = XDocReportRegistry.getRegistry().loadReport(in, TemplateEngineKind.Freemarker);
            FieldsMetadata fields = report.createFieldsMetadata();
            for (String field : new String[] { "source", "amount", "funder", "counterpart" }) {
                fields.addFieldAsList("fundings." + field);
            }
            IContext context = report.createContext();
            new ConventionData(facts, locale).fill(context::put);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            report.process(context, out);
            return out.toByteArray();
        }
    }
}
