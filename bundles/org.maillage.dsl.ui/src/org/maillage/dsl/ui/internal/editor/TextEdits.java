package org.maillage.dsl.ui.internal.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/** Changes a document by replacing only the part of its text that differs: caret, markers and undo stay meaningful. */
public final class TextEdits {

    private TextEdits() {
    }

    /** Makes the document's text {@code target} with one replacement of the differing middle. */
    public static void replaceDifference(IDocument document, String target) throws BadLocationException {
        String current = document.get();
        int start = CoopDocumentModel.commonPrefix(current, target);
        int end = CoopDocumentModel.commonSuffix(current, target, start);
        if (start == current.length() && start == target.length()) {
            return;
        }
        document.replace(start, current.length() - end - start, target.substring(start, target.length() - end));
    }
}
