package org.maillage.dsl.ui.internal.editor.quickfix;

import java.util.Comparator;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/**
 * A correction: a label and the text edits that make it, in the problem's file or in another
 * file of the project (an actor created in the référentiel). Edits go through the file buffers,
 * so an open editor shows them; a file that was not being edited is saved.
 */
public record QuickFix(String label, IFile file, List<Edit> edits) {

    /** Replace {@code length} characters at {@code offset} with {@code text}. */
    public record Edit(int offset, int length, String text) {

        /** Adds text at the end of the document, whatever its length then. */
        public static Edit append(String text) {
            return new Edit(Integer.MAX_VALUE, 0, text);
        }
    }

    /** Applies the edits to a document (the last first, so that offsets stay right). */
    public void apply(IDocument document) throws BadLocationException {
        for (Edit edit : edits.stream().sorted(Comparator.comparingInt(Edit::offset).reversed()).toList()) {
            document.replace(Math.min(edit.offset(), document.getLength()), edit.length(), edit.text());
        }
    }

    /** Applies the edits to the file's shared buffer; saves it unless an editor holds unsaved changes. */
    public void apply() throws CoreException {
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        manager.connect(file.getFullPath(), LocationKind.IFILE, null);
        try {
            ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
            boolean wasDirty = buffer.isDirty();
            apply(buffer.getDocument());
            if (!wasDirty) {
                buffer.commit(null, false);
            }
        } catch (BadLocationException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error("the file changed under the fix", e));
        } finally {
            manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
        }
    }
}
