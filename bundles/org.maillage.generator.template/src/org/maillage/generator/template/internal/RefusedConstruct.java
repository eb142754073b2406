package org.maillage.generator.template.internal;

import fr.opensagres.xdocreport.core.XDocReportException;

/** A construct a template may not use, found before the template runs. */
final class RefusedConstruct extends XDocReportException {

    private static final long serialVersionUID = 1L;

    private final String construct;
    private final String where;

    RefusedConstruct(String construct, String templateName, int line, int column) {
        super(construct + " at " + templateName + ":" + line + ":" + column);
        this.construct = construct;
        this.where = Refusals.entry(templateName) + ":" + line + ":" + column;
    }

    String construct() {
        return construct;
    }

    String where() {
        return where;
    }
}
