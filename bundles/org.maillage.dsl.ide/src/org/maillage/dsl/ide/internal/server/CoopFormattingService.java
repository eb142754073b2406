package org.maillage.dsl.ide.internal.server;

import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.maillage.dsl.DiagnosticLanguage;
import org.maillage.dsl.ide.internal.IdeMessages;

import com.google.inject.Inject;

/**
 * Formatting as {@code maillage format} does it, refused like it on a text with syntax errors or
 * refused by the input checks: an error answer, no edits.
 */
public class CoopFormattingService extends FormattingService {

    @Inject
    private DiagnosticLanguage language;

    @Override
    public List<? extends TextEdit> format(Document document, XtextResource resource, DocumentFormattingParams params,
            CancelIndicator cancel) {
        refuseBroken(resource);
        return super.format(document, resource, params, cancel);
    }

    @Override
    public List<? extends TextEdit> format(Document document, XtextResource resource,
            DocumentRangeFormattingParams params, CancelIndicator cancel) {
        refuseBroken(resource);
        return super.format(document, resource, params, cancel);
    }

    private void refuseBroken(XtextResource resource) {
        boolean broken = resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()
                || resource.getErrors().stream().anyMatch(error -> !(error instanceof XtextLinkingDiagnostic));
        if (broken) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed,
                    IdeMessages.get(language.get(), "server.formatSyntaxErrors"), null));
        }
    }
}
