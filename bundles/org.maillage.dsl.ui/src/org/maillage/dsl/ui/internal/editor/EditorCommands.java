package org.maillage.dsl.ui.internal.editor;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.xtext.util.CancelIndicator;
import org.maillage.dsl.formatting2.TextFormatting;
import org.maillage.dsl.ui.CoopWorkspace;
import org.maillage.dsl.ui.SourceRange;
import org.maillage.dsl.ui.internal.DslUiMessages;
import org.maillage.model.coop.NamedElement;

/** The editor's commands: format, toggle comment, open declaration (F3), find references. */
final class EditorCommands {

    private final CoopEditor editor;

    EditorCommands(CoopEditor editor) {
        this.editor = editor;
    }

    private IDocument document() {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    private int caret() {
        return ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
    }

    /**
     * Formats the whole text with the language's formatter; a text with a syntax problem (stray
     * tokens included) is left alone, as the command line does.
     */
    void format() {
        IDocument document = document();
        CoopDocumentModel model = editor.model();
        model.update(document.get());
        boolean syntaxProblems = model.validate(CancelIndicator.NullImpl).stream()
                .anyMatch(issue -> issue.getCode() == null || issue.getCode().startsWith("SYNTAX"));
        String formatted = syntaxProblems ? null : model.read(resource -> resource.getParseResult().hasSyntaxErrors()
                ? null
                : CoopWorkspace.get().injector().getInstance(TextFormatting.class).format(resource));
        if (formatted == null) {
            status(DslUiMessages.formatSyntaxErrors);
            return;
        }
        try {
            TextEdits.replaceDifference(document, formatted);
        } catch (BadLocationException e) {
            throw new IllegalStateException("the document changed while formatting", e);
        }
    }

    /** Comments the selected lines out with "// ", or in again when all of them are comments. */
    void toggleComment() {
        IDocument document = document();
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        try {
            int first = selection.getStartLine();
            int last = Math.max(first, selection.getEndLine());
            boolean allComments = true;
            for (int line = first; line <= last; line++) {
                String text = lineText(document, line).strip();
                allComments &= text.isEmpty() || text.startsWith("//");
            }
            for (int line = last; line >= first; line--) {
                IRegion region = document.getLineInformation(line);
                String text = lineText(document, line);
                if (allComments) {
                    int at = text.indexOf("//");
                    if (at >= 0) {
                        int length = text.startsWith("// ", at) ? 3 : 2;
                        document.replace(region.getOffset() + at, length, "");
                    }
                } else {
                    document.replace(region.getOffset(), 0, "// ");
                }
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("the selection is outside the document", e);
        }
    }

    private static String lineText(IDocument document, int line) throws BadLocationException {
        IRegion region = document.getLineInformation(line);
        return document.get(region.getOffset(), region.getLength());
    }

    /** Opens the element named or declared at the caret. */
    void openDeclaration() {
        SourceRange target = editor.model().read(resource -> {
            NamedElement element = ElementAt.of(resource, caret());
            return element == null ? null : SourceRange.of(element);
        });
        if (target == null) {
            status(DslUiMessages.openDeclarationNothing);
        } else {
            editor.open(target);
        }
    }

    /** Lists the references to the element at the caret, across the project's files; choosing one opens it. */
    void findReferences() {
        String name = editor.model().read(resource -> {
            NamedElement element = ElementAt.of(resource, caret());
            return element == null ? null : element.getName();
        });
        if (name == null) {
            status(DslUiMessages.openDeclarationNothing);
            return;
        }
        List<References.Found> found = References.to(editor.model().file().getProject(), name);
        ListDialog dialog = new ListDialog(editor.getSite().getShell());
        dialog.setTitle(DslUiMessages.bind(DslUiMessages.referencesTitle, name));
        dialog.setMessage(DslUiMessages.bind(DslUiMessages.referencesMessage, found.size()));
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((References.Found) element).label();
            }
        });
        dialog.setInput(found);
        if (dialog.open() == ListDialog.OK && dialog.getResult().length == 1) {
            editor.open(((References.Found) dialog.getResult()[0]).range());
        }
    }

    private void status(String message) {
        editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
        editor.getSite().getShell().getDisplay().beep();
    }
}
