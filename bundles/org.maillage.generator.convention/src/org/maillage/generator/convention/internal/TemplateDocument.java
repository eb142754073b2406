package org.maillage.generator.convention.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.maillage.generator.template.DocumentTemplate;
import org.maillage.generator.template.TemplateRefusedException;

/**
 * A convention as an ODT or DOCX document, filled from the default template
 * {@code templates/convention.<format>} or the user's own of that format ({@code --template}),
 * through {@link DocumentTemplate} (which treats every template as untrusted). The data is the
 * {@link ConventionContent} as {@link ConventionData} names it (docs/conventions.md): template
 * authors use {@code ${convention.*}}, {@code ${t.*}} (fixed wording in the document's language),
 * {@code [#list articles as article]} with each article's heading, blocks and zone, and the annex
 * table fields {@code ${fundings.*}} and {@code ${raci.*}} (MERGEFIELDs in DOCX, whose table rows
 * are otherwise not repeated).
 */
final class TemplateDocument {

    /** The fields whose table row is repeated for each funding. */
    private static final List<String> TABLE_FIELDS = ConventionData.tableFields();

    private TemplateDocument() {
    }

    /** The template for {@code format} (odt or docx): the user's when it is of that format, else the generator's. */
    static DocumentTemplate load(String format, Optional<Path> template, Locale locale)
            throws IOException, TemplateRefusedException {
        Optional<Path> own = template.filter(t -> t.getFileName().toString().toLowerCase(Locale.ROOT)
                .endsWith("." + format));
        if (own.isPresent()) {
            return DocumentTemplate.read(own.get(), TABLE_FIELDS, locale);
        }
        try (InputStream in = TemplateDocument.class.getResourceAsStream("/templates/convention." + format)) {
            return DocumentTemplate.read(in, "convention." + format, TABLE_FIELDS, locale);
        }
    }

    /** The document of one convention. */
    static byte[] write(DocumentTemplate template, ConventionContent content, Locale locale)
            throws IOException, TemplateRefusedException {
        Map<String, Object> data = new LinkedHashMap<>();
        new ConventionData(content, locale).fill(data::put);
        return template.fill(data);
    }
}
