package org.maillage.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.SimpleNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.maillage.dsl.conversion.CoopValueConverters;
import org.maillage.dsl.resource.CoopResource;
import org.maillage.dsl.resource.CoopResourceDescriptionManager;
import org.maillage.dsl.resource.IndexedFragmentProvider;
import org.maillage.dsl.validation.CoopDiagnosticConverter;
import org.maillage.dsl.validation.CoopLinkingMessages;
import org.maillage.dsl.validation.CoopSyntaxErrorMessages;

/** Guice bindings of the .coop language, runtime part. */
public class CoopRuntimeModule extends AbstractCoopRuntimeModule {

    /** Names are global and plain: an element is referred to by its name alone, from any file. */
    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return SimpleNameProvider.class;
    }

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return CoopValueConverters.class;
    }

    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return CoopSyntaxErrorMessages.class;
    }

    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return CoopLinkingMessages.class;
    }

    /** The rule catalogue sees the whole model: files sharing a name are checked again together. */
    public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
        return CoopResourceDescriptionManager.class;
    }

    /** Every text read goes through the command line's input checks first (size, encoding, nesting). */
    @Override
    public Class<? extends XtextResource> bindXtextResource() {
        return CoopResource.class;
    }

    /** EMF's fragments without a search of the containing list each time (quadratic on large files). */
    @Override
    public Class<? extends IFragmentProvider> bindIFragmentProvider() {
        return IndexedFragmentProvider.class;
    }

    /** Reports problems that end at the end of the text, which Xtext's converter drops. */
    public Class<? extends IDiagnosticConverter> bindIDiagnosticConverter() {
        return CoopDiagnosticConverter.class;
    }
}
