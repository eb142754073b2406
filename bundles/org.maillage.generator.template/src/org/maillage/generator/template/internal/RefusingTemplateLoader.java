package org.maillage.generator.template.internal;

import java.io.IOException;
import java.io.Reader;

import freemarker.cache.TemplateLoader;

/**
 * The template loader of an untrusted template: it finds nothing. A document template is one
 * file; {@code #include} and {@code #import} would otherwise read other files (XDocReport's own
 * loader reads the entries of any report in its registry).
 */
final class RefusingTemplateLoader implements TemplateLoader {

    /** Why an inclusion failed: the name the template asked for. */
    static final class InclusionRefused extends IOException {

        private static final long serialVersionUID = 1L;

        InclusionRefused(String name) {
            super("#include/#import of \"" + name + "\" refused");
        }
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        throw new InclusionRefused(name);
    }

    @Override
    public long getLastModified(Object templateSource) {
        return -1;
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        throw new InclusionRefused(String.valueOf(templateSource));
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
        // nothing is ever opened
    }
}
