package org.maillage.dsl.ide.internal.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.maillage.dsl.DiagnosticLanguage;
import org.maillage.dsl.ide.fixes.FileEdit;
import org.maillage.dsl.ide.fixes.QuickFix;
import org.maillage.dsl.ide.fixes.QuickFixes;

import com.google.inject.Inject;

/**
 * The workbench editor's quick fixes as code actions: for each diagnostic of the request with a
 * code, the fixes {@link QuickFixes} computes, each a workspace edit (in this document, or in
 * another file of the project such as the référentiel).
 */
public class CoopCodeActions implements ICodeActionService2 {

    @Inject
    private DiagnosticLanguage language;

    @Inject
    private UriExtensions uris;

    @Override
    public List<Either<Command, CodeAction>> getCodeActions(Options options) {
        if (options.getResource() instanceof XtextResource resource) {
            return getCodeActions(options, resource, options.getDocument());
        }
        try {
            return options.getLanguageServerAccess().doRead(options.getURI(), context -> context
                    .getResource() instanceof XtextResource resource
                            ? getCodeActions(options, resource, context.getDocument())
                            : new ArrayList<Either<Command, CodeAction>>())
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private List<Either<Command, CodeAction>> getCodeActions(Options options, XtextResource resource, Document document) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
            String code = diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
            if (options.getCancelIndicator().isCanceled() || !QuickFixes.fixes(code)) {
                continue;
            }
            int offset = start(document, diagnostic.getRange());
            for (QuickFix fix : QuickFixes.of(resource, code, offset, language.get())) {
                CodeAction action = new CodeAction(fix.label());
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(List.of(diagnostic));
                action.setEdit(edit(fix, options.getURI(), document, resource));
                actions.add(Either.forRight(action));
            }
        }
        return actions;
    }

    /** The first character of the range that is not white space: the problem's element, not the indentation before it. */
    private static int start(Document document, Range range) {
        String text = document.getContents();
        int offset = document.getOffSet(range.getStart());
        int end = Math.min(text.length(), document.getOffSet(range.getEnd()));
        while (offset < end && Character.isWhitespace(text.charAt(offset))) {
            offset++;
        }
        return offset;
    }

    private WorkspaceEdit edit(QuickFix fix, String uri, Document here, XtextResource resource) {
        Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
        for (FileEdit edit : fix.edits()) {
            boolean same = edit.file().equals(resource.getURI());
            Document document = same ? here : document(resource, edit.file());
            String key = same ? uri : uris.toUriString(edit.file());
            int start = edit.offsetIn(document.getContents().length());
            int end = Math.min(document.getContents().length(), start + edit.length());
            changes.computeIfAbsent(key, k -> new ArrayList<>()).add(new TextEdit(
                    new Range(document.getPosition(start), document.getPosition(end)), edit.text()));
        }
        return new WorkspaceEdit(changes);
    }

    /** Another file's current text: the open document's in the server's resource set, else the saved file's. */
    private static Document document(XtextResource resource, URI uri) {
        Resource other = resource.getResourceSet().getResource(uri, true);
        String text = other instanceof XtextResource xtext && xtext.getParseResult() != null
                ? xtext.getParseResult().getRootNode().getText()
                : "";
        return new Document(0, text);
    }
}
