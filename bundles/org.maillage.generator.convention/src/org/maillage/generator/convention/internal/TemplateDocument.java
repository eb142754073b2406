package org.maillage.generator.convention.internal;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.maillage.generator.Markup;

import fr.opensagres.xdocreport.document.IXDocReport;
import fr.opensagres.xdocreport.document.registry.XDocReportRegistry;
import fr.opensagres.xdocreport.template.IContext;
import fr.opensagres.xdocreport.template.TemplateEngineKind;
import fr.opensagres.xdocreport.template.formatter.FieldsMetadata;

/**
 * A convention as an ODT or DOCX document, filled by XDocReport (FreeMarker syntax) from the
 * default template {@code templates/convention.<format>} or the user's own of that format
 * ({@code --template}). Template
 * authors use {@code ${convention.*}}, {@code ${t.*}} (the wording, in the document's language),
 * {@code [#list parties as party]}, and the table fields {@code ${fundings.*}} (plain text in ODT,
 * MERGEFIELDs in DOCX, whose table rows are otherwise not repeated). FreeMarker escapes
 * every value, so user text never becomes markup; characters XML forbids (control characters
 * in a title) are replaced by spaces before, for every value, so the document stays well-formed.
 */
final class TemplateDocument {

    private TemplateDocument() {
    }

    /** The document in {@code format} (odt or docx); the user's template is used when it is of that format. */
    static byte[] write(ConventionFacts facts, Locale locale, String format, Optional<Path> template)
            throws Exception {
        Optional<Path> own = template.filter(t -> t.getFileName().toString().toLowerCase(Locale.ROOT)
                .endsWith("." + format));
        try (InputStream in = own.isPresent() ? Files.newInputStream(own.get())
                : TemplateDocument.class.getResourceAsStream("/templates/convention." + format)) {
            IXDocReport report = XDocReportRegistry.getRegistry().loadReport(in, TemplateEngineKind.Freemarker);
            FieldsMetadata fields = report.createFieldsMetadata();
            for (String field : new String[] { "source", "amount", "funder", "counterpart" }) {
                fields.addFieldAsList("fundings." + field);
            }
            IContext context = report.createContext();
            new ConventionData(facts, locale).fill((key, value) -> context.put(key, xmlSafe(value)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            report.process(context, out);
            return out.toByteArray();
        }
    }

    /** A template value (text, or maps and lists of them) with only characters XML allows. */
    private static Object xmlSafe(Object value) {
        if (value instanceof String text) {
            return Markup.xmlText(text);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> safe = new LinkedHashMap<>();
            map.forEach((k, v) -> safe.put(k, xmlSafe(v)));
            return safe;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(TemplateDocument::xmlSafe).toList();
        }
        return value;
    }
}
