package org.maillage.dsl.ide.internal.server;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.maillage.dsl.DiagnosticLanguage;
import org.maillage.dsl.ide.internal.IdeMessages;

import com.google.inject.Inject;

/**
 * Xtext's language server with what an editor other than the workbench needs: the hint in the
 * diagnostic's message, {@code source: maillage} and the document's version, the client's {@code locale} choosing the
 * language (unless the command line forced one), semantic tokens of a range, and an unknown
 * request answered MethodNotFound.
 */
public class CoopLanguageServer extends LanguageServerImpl {

    /** The diagnostics' source, so that an editor tells them from other tools'. */
    public static final String SOURCE = "maillage";

    @Inject
    private SemanticTokensService tokens;

    @Inject
    private UriExtensions uris;

    private volatile Locale forced;

    /** The language chosen on the command line ({@code --lang}), which the client's locale does not override. */
    public void forceLanguage(Locale locale) {
        this.forced = locale;
    }

    private DiagnosticLanguage language() {
        IResourceServiceProvider coop = getLanguagesRegistry().getResourceServiceProvider(URI.createURI("any.coop"));
        return coop == null ? null : coop.get(DiagnosticLanguage.class);
    }

    /** The client, with diagnostics stamped with the version of the open document they were computed on. */
    @Override
    public void connect(LanguageClient client) {
        super.connect(VersionedDiagnostics.wrap(client, uri -> getWorkspaceManager() instanceof CoopWorkspaceManager manager
                ? manager.openVersion(uris.toUri(uri))
                : null));
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        DiagnosticLanguage language = language();
        if (language != null && forced == null && params.getLocale() != null && !params.getLocale().isBlank()) {
            language.set(Locale.forLanguageTag(params.getLocale().replace('_', '-')));
        }
        return super.initialize(params);
    }

    @Override
    protected ServerCapabilities createServerCapabilities(InitializeParams params) {
        ServerCapabilities capabilities = super.createServerCapabilities(params);
        if (capabilities.getSemanticTokensProvider() != null) {
            capabilities.getSemanticTokensProvider().setRange(true);
        }
        return capabilities;
    }

    @Override
    protected Diagnostic toDiagnostic(Issue issue) {
        Diagnostic diagnostic = super.toDiagnostic(issue);
        diagnostic.setSource(SOURCE);
        String[] data = issue.getData();
        if (data != null && data.length > 0 && data[0] != null && !data[0].isBlank()) {
            DiagnosticLanguage language = language();
            Locale locale = language == null ? Locale.FRENCH : language.get();
            diagnostic.setMessage(diagnostic.getMessage().getLeft() + "\n" + IdeMessages.get(locale, "server.hint", data[0]));
        }
        return diagnostic;
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensRange(SemanticTokensRangeParams params) {
        return getRequestManager().runRead(cancel -> getWorkspaceManager().doRead(getURI(params.getTextDocument()),
                (document, resource) -> tokens instanceof CoopSemanticTokens coop && resource instanceof XtextResource xtext
                        ? coop.semanticTokensRange(document, xtext, params.getRange(), cancel)
                        : new SemanticTokens(java.util.List.of())));
    }

    @Override
    public CompletableFuture<?> request(String method, Object parameter) {
        if (!getExtensionProviders().containsKey(method)) {
            DiagnosticLanguage language = language();
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.MethodNotFound,
                    IdeMessages.get(language == null ? Locale.FRENCH : language.get(), "server.methodNotFound", method),
                    null)));
        }
        return super.request(method, parameter);
    }
}
