package org.maillage.generator.template.internal;

import fr.opensagres.xdocreport.template.IContext;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * What a template sees of the data: strings, numbers, booleans, dates, and maps and lists of
 * them, as FreeMarker shows them; XDocReport's document helpers through
 * {@link XDocReportHelperAccess}; XDocReport's context as the map it holds. Any other object
 * (the template engine XDocReport puts in the context, anything a helper might return) is refused
 * with {@link NotExposed}, so no template reaches a Java object it could call.
 */
final class DataOnlyObjectWrapper extends DefaultObjectWrapper {

    /** A value the template asked for that is not data. */
    static final class NotExposed extends TemplateModelException {

        private static final long serialVersionUID = 1L;

        NotExposed(Class<?> type) {
            super("a " + type.getSimpleName() + " is not data of the model");
        }
    }

    DataOnlyObjectWrapper() {
        super(configuration(), true);
    }

    private static DefaultObjectWrapperBuilder configuration() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_32);
        builder.setUseAdaptersForContainers(true);
        builder.setExposeFields(false);
        builder.setExposureLevel(BeansWrapper.EXPOSE_SAFE);
        builder.setMemberAccessPolicy(new XDocReportHelperAccess());
        return builder;
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (object instanceof IContext context) {
            return wrap(context.getContextMap());
        }
        if (XDocReportHelperAccess.isHelper(object.getClass())) {
            return super.handleUnknownType(object);
        }
        throw new NotExposed(object.getClass());
    }
}
