package org.maillage.diagram.internal.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.maillage.diagram.TextEdit;

/**
 * Turns a change of the model into the smallest edits of the document's text, with Xtext's
 * change serializer: only the regions of the changed elements are printed again (formatted by
 * the language's formatter), so comments and the user's layout elsewhere stay as they are.
 */
final class ModelEditor {

    private ModelEditor() {
    }

    static List<TextEdit> edits(LoadedModel model, Runnable modification) {
        IChangeSerializer serializer = model.resource().getResourceServiceProvider().get(IChangeSerializer.class);
        serializer.setUpdateRelatedFiles(false);
        serializer.setUpdateCrossReferences(false);
        serializer.addModification(model.resource(), resource -> modification.run());
        List<TextEdit> edits = new ArrayList<>();
        serializer.applyModifications(change -> {
            if (change instanceof ITextDocumentChange text && text.getResource() == model.resource()) {
                String original = model.resource().getParseResult().getRootNode().getText();
                text.getReplacements().forEach(r -> edits.add(minimal(original, r.getOffset(), r.getLength(), r.getReplacementText())));
            }
        });
        return edits;
    }

    /** The replacement without the characters it shares with the text it replaces at both ends. */
    static TextEdit minimal(String original, int offset, int length, String replacement) {
        String replaced = original.substring(offset, offset + length);
        int prefix = 0;
        int max = Math.min(replaced.length(), replacement.length());
        while (prefix < max && replaced.charAt(prefix) == replacement.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && replaced.charAt(replaced.length() - 1 - suffix) == replacement.charAt(replacement.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextEdit(offset + prefix, length - prefix - suffix,
                replacement.substring(prefix, replacement.length() - suffix));
    }
}
