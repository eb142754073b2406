package org.maillage.dsl.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.maillage.dsl.DiagnosticLanguage;
import org.maillage.dsl.internal.DslMessages;
import org.maillage.model.services.ModelLabels;

import com.google.inject.Inject;

/** An unresolved name, with what kind of element was expected. Code: LINK-UNRESOLVED. */
public class CoopLinkingMessages extends LinkingDiagnosticMessageProvider {

    public static final String UNRESOLVED = "LINK-UNRESOLVED";

    @Inject
    private DiagnosticLanguage language;

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        EClass type = context.getReference().getEReferenceType();
        String kind = ModelLabels.label(type, language.get());
        String name = context.getLinkText();
        String message = DslMessages.get(language.get(), "link.unresolved", kind, name);
        String hint = DslMessages.get(language.get(), "link.unresolved.hint", kind, name);
        return new DiagnosticMessage(message, Severity.ERROR, UNRESOLVED, hint);
    }
}
