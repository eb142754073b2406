package org.maillage.generator.template.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

import org.maillage.generator.template.TemplateLimits;

import fr.opensagres.xdocreport.core.XDocReportException;
import fr.opensagres.xdocreport.template.IContext;
import fr.opensagres.xdocreport.template.freemarker.FreemarkerTemplateEngine;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

/**
 * XDocReport's FreeMarker engine for one untrusted template: its configuration is
 * {@link UntrustedConfiguration}'s, set through XDocReport's own hook and hardened again after
 * XDocReport's settings; each entry of the document is checked ({@link ConstructCheck}), given
 * interruption checks in its loops (a {@link Deadline} interrupts the filling thread), and
 * written through an output bound. Each entry is parsed once per engine (one engine per
 * template). The engine is never registered with XDocReport's registry, so
 * the template is always read from the document given, never from a cache shared with others.
 */
public final class BoundedFreemarkerEngine extends FreemarkerTemplateEngine {

    private final TemplateLimits limits;
    /**
     * The entries of this one template, parsed and checked once: XDocReport hands the same
     * preprocessed entry for every document filled, and parsing it was half of the time of a
     * convention (the 300 conventions of the L plan).
     */
    private final Map<String, Template> parsed = new HashMap<>();
    private BoundedWriter.Budget budget;

    public BoundedFreemarkerEngine(TemplateLimits limits) {
        this.limits = limits;
        this.budget = new BoundedWriter.Budget(limits.maxOutputChars());
        setFreemarkerConfiguration(UntrustedConfiguration.create());
    }

    /** A new document begins: the output bound counts its entries together. */
    public void startDocument() {
        budget = new BoundedWriter.Budget(limits.maxOutputChars());
    }

    @Override
    public void setFreemarkerConfiguration(Configuration configuration) {
        super.setFreemarkerConfiguration(configuration);
        UntrustedConfiguration.harden(configuration);
    }

    @Override
    protected void processWithCache(String templateName, IContext context, Writer writer)
            throws XDocReportException {
        throw new XDocReportException("an untrusted template is never read from a cache: " + templateName);
    }

    @Override
    protected void processNoCache(String templateName, IContext context, Reader reader, Writer writer)
            throws XDocReportException, IOException {
        Template template = parsed.get(templateName);
        if (template == null) {
            template = new Template(templateName, reader, getFreemarkerConfiguration());
            ConstructCheck.check(template);
            _CoreAPI.addThreadInterruptedChecks(template);
            parsed.put(templateName, template);
        }
        try {
            template.createProcessingEnvironment(context, new BoundedWriter(writer, budget))
                    .process();
        } catch (TemplateException e) {
            throw new XDocReportException(e);
        }
    }
}
