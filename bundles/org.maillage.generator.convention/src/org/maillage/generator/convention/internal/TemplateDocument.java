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
import org.maillage.model.coop.ConventionKind;

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

    /**
     * The template of {@code format} (odt or docx) for conventions of {@code kind} (a {@code ConventionKind}
     * literal, "" for none): the user's when it is of that format and either is for that kind (its file
     * name, language suffix and extension aside, ends with {@code -<kind>}: {@code convention-mandate.odt})
     * or for no kind in particular; else the generator's for that kind and language,
     * {@code templates/convention-<kind>[_en].<format>} (made at build time by MakeKindTemplates), else the
     * common {@code templates/convention.<format>}.
     */
    static DocumentTemplate load(String format, String kind, Optional<Path> template, Locale locale)
            throws IOException, TemplateRefusedException {
        Optional<Path> own = template.filter(t -> t.getFileName().toString().toLowerCase(Locale.ROOT)
                .endsWith("." + format)).filter(t -> ownKind(t).map(kind::equals).orElse(true));
        if (own.isPresent()) {
            return DocumentTemplate.read(own.get(), TABLE_FIELDS, locale);
        }
        String name = "convention-" + kind + (Register.english(locale) ? "_en." : ".") + format;
        InputStream in = kind.isEmpty() ? null : TemplateDocument.class.getResourceAsStream("/templates/" + name);
        if (in == null) {
            name = "convention." + format;
            in = TemplateDocument.class.getResourceAsStream("/templates/" + name);
        }
        try (InputStream stream = in) {
            return DocumentTemplate.read(stream, name, TABLE_FIELDS, locale);
        }
    }

    /** The kind a user's template is for, from its file name ({@code …-<kind>[_fr|_en].<ext>}), if any. */
    static Optional<String> ownKind(Path template) {
        String name = template.getFileName().toString().toLowerCase(Locale.ROOT);
        name = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String base = name.replaceFirst("_(fr|en)$", "");
        return ConventionKind.VALUES.stream().map(ConventionKind::getLiteral)
                .filter(kind -> base.endsWith("-" + kind)).findFirst();
    }

    /** The document of one convention. */
    static byte[] write(DocumentTemplate template, ConventionContent content, Locale locale)
            throws IOException, TemplateRefusedException {
        Map<String, Object> data = new LinkedHashMap<>();
        new ConventionData(content, locale).fill(data::put);
        return template.fill(data);
    }
}
