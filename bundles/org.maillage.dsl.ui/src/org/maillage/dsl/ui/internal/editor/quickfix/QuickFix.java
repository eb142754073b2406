package org.maillage.dsl.ui.internal.editor.quickfix;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.maillage.dsl.ide.fixes.FileEdit;
import org.maillage.dsl.ui.CoopProjects;

/**
 * A correction of {@link org.maillage.dsl.ide.fixes.QuickFixes} in the workspace: its label and its
 * edits by file. Edits go through the file buffers, so an open editor shows them; a file that was
 * not being edited is saved.
 */
public record QuickFix(String label, Map<IFile, List<FileEdit>> edits) {

    /** The workspace form of a fix; null when one of its files is not in the workspace. */
    static QuickFix of(org.maillage.dsl.ide.fixes.QuickFix fix) {
        Map<IFile, List<FileEdit>> byFile = new LinkedHashMap<>();
        for (FileEdit edit : fix.edits()) {
            IFile file = CoopProjects.file(edit.file());
            if (file == null) {
                return null;
            }
            byFile.computeIfAbsent(file, f -> new java.util.ArrayList<>()).add(edit);
        }
        return new QuickFix(fix.label(), byFile);
    }

    /** Applies the edits: those of {@code current} to {@code document} (the editor's), the others through the buffers. */
    public void apply(IFile current, IDocument document) throws CoreException, BadLocationException {
        for (Map.Entry<IFile, List<FileEdit>> file : edits.entrySet()) {
            if (document != null && file.getKey().equals(current)) {
                apply(file.getValue(), document);
            } else {
                apply(file.getKey(), file.getValue());
            }
        }
    }

    /** Applies edits to a document (the last first, so that offsets stay right). */
    private static void apply(List<FileEdit> edits, IDocument document) throws BadLocationException {
        for (FileEdit edit : edits.stream().sorted(Comparator.comparingInt(FileEdit::offset).reversed()).toList()) {
            document.replace(edit.offsetIn(document.getLength()), edit.length(), edit.text());
        }
    }

    /** Applies edits to the file's shared buffer; saves it unless an editor holds unsaved changes. */
    private static void apply(IFile file, List<FileEdit> edits) throws CoreException {
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        manager.connect(file.getFullPath(), LocationKind.IFILE, null);
        try {
            ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
            boolean wasDirty = buffer.isDirty();
            apply(edits, buffer.getDocument());
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
