package org.maillage.generator.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.maillage.generator.Markup;
import org.maillage.generator.template.internal.ArchiveCheck;
import org.maillage.generator.template.internal.BoundedFreemarkerEngine;
import org.maillage.generator.template.internal.Deadline;
import org.maillage.generator.template.internal.Refusals;

import fr.opensagres.xdocreport.core.XDocReportException;
import fr.opensagres.xdocreport.document.IXDocReport;
import fr.opensagres.xdocreport.document.registry.TemplateEngineInitializerRegistry;
import fr.opensagres.xdocreport.document.registry.XDocReportRegistry;
import fr.opensagres.xdocreport.template.IContext;
import fr.opensagres.xdocreport.template.ITemplateEngine;
import fr.opensagres.xdocreport.template.TemplateEngineKind;
import fr.opensagres.xdocreport.template.formatter.FieldsMetadata;

/**
 * An ODT or DOCX document template filled by XDocReport with FreeMarker (square-bracket syntax:
 * {@code ${name}}, {@code [#list items as item]}), made safe for templates nobody vetted: a
 * template arrives by e-mail from another authority, so it is untrusted input.
 *
 * <p>A template may only read the data it is given (strings, numbers, maps and lists) and lay
 * them out. It cannot build objects ({@code ?new}), reach Java APIs ({@code ?api}, the engine or
 * any object behind the data), evaluate text as template code ({@code ?interpret}, {@code ?eval}),
 * read another file ({@code #include}, {@code #import}, XML entities), and its filling stops at a
 * time, output size and memory bound. Each refusal is a {@link TemplateRefusedException} with one
 * line naming the template and the construct; nothing is written then.
 *
 * <p>Every value is made XML-safe (characters XML forbids become spaces) and escaped by the
 * template, so the data never becomes markup. One instance fills any number of documents, one at
 * a time.
 */
public final class DocumentTemplate {

    private final IXDocReport report;
    private final BoundedFreemarkerEngine engine;
    private final Refusals refusals;
    private final TemplateLimits limits;

    private DocumentTemplate(IXDocReport report, BoundedFreemarkerEngine engine, Refusals refusals,
            TemplateLimits limits) {
        this.report = report;
        this.engine = engine;
        this.refusals = refusals;
        this.limits = limits;
    }

    /**
     * Reads a template from {@code document} (an ODT or DOCX file's bytes; the stream is read to
     * its end, not closed). {@code name} is how messages name it (the user's path, or the
     * generator's own template); {@code tableFields} are the fields whose table row is repeated
     * for each element of their list (e.g. {@code fundings.amount}); messages are in
     * {@code locale}'s language.
     */
    public static DocumentTemplate read(InputStream document, String name, Collection<String> tableFields,
            Locale locale) throws IOException, TemplateRefusedException {
        return read(document, name, tableFields, locale, TemplateLimits.DEFAULT);
    }

    /**
     * Reads the template in {@code file}, named by its path in messages; anything but a regular
     * file (a FIFO, a device, a folder) is refused before it is opened.
     */
    public static DocumentTemplate read(Path file, Collection<String> tableFields, Locale locale)
            throws IOException, TemplateRefusedException {
        Refusals refusals = new Refusals(file.toString(), locale, TemplateLimits.DEFAULT);
        if (!Files.isRegularFile(file)) {
            throw refusals.notAFile();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), tableFields, locale);
        }
    }

    /** {@link #read(InputStream, String, Collection, Locale)} within other bounds than the default ones. */
    public static DocumentTemplate read(InputStream document, String name, Collection<String> tableFields,
            Locale locale, TemplateLimits limits) throws IOException, TemplateRefusedException {
        Refusals refusals = new Refusals(name, locale, limits);
        byte[] bytes = ArchiveCheck.read(document, limits, refusals);
        try {
            IXDocReport report = XDocReportRegistry.getRegistry().createReport(new ByteArrayInputStream(bytes));
            report.setId(name);
            BoundedFreemarkerEngine engine = new BoundedFreemarkerEngine(limits);
            engine.setConfiguration(kindEngine(report.getKind()).getConfiguration());
            report.setTemplateEngine(engine);
            FieldsMetadata fields = report.createFieldsMetadata();
            for (String field : tableFields) {
                fields.addFieldAsList(field);
            }
            return new DocumentTemplate(report, engine, refusals, limits);
        } catch (XDocReportException | IOException | RuntimeException e) {
            throw refusals.unreadable(e);
        }
    }

    /** XDocReport's own engine for the document's kind, whose settings (XML escaping) are kept. */
    private static ITemplateEngine kindEngine(String documentKind) {
        TemplateEngineInitializerRegistry engines = TemplateEngineInitializerRegistry.getRegistry();
        ITemplateEngine engine = engines.getTemplateEngine(TemplateEngineKind.Freemarker.name(), documentKind);
        return engine != null ? engine : engines.getTemplateEngine(TemplateEngineKind.Freemarker.name(), null);
    }

    /**
     * The document filled with {@code data}: names to strings, numbers, booleans, and maps and
     * lists of them. Anything else is not exposed to the template.
     */
    public byte[] fill(Map<String, ?> data) throws IOException, TemplateRefusedException {
        IContext context;
        try {
            context = report.createContext();
        } catch (XDocReportException e) {
            throw refusals.unreadable(e);
        }
        data.forEach((key, value) -> context.put(key, xmlSafe(value)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        engine.startDocument();
        try (Deadline deadline = Deadline.start(limits.time())) {
            try {
                report.process(context, out);
            } catch (XDocReportException | IOException | RuntimeException | StackOverflowError
                    | OutOfMemoryError e) {
                throw refusals.of(e, deadline.expired());
            }
            if (deadline.expired()) {
                throw refusals.of(null, true);
            }
        }
        return out.toByteArray();
    }

    private static Object xmlSafe(Object value) {
        if (value instanceof String text) {
            return Markup.xmlText(text);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> safe = new LinkedHashMap<>();
            map.forEach((k, v) -> safe.put(k, xmlSafe(v)));
            return safe;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(DocumentTemplate::xmlSafe).toList();
        }
        return value;
    }
}
