package org.maillage.dsl.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Where a model element is written: its file and the range of its text, and how to show it there. */
public record SourceRange(IFile file, int offset, int length) {

    /** The range of an element's text, or null when it has no text (not parsed from a workspace file). */
    public static SourceRange of(EObject element) {
        if (element == null || element.eResource() == null) {
            return null;
        }
        IFile file = CoopProjects.file(element.eResource().getURI());
        ICompositeNode node = NodeModelUtils.getNode(element);
        if (file == null || node == null) {
            return null;
        }
        return new SourceRange(file, node.getOffset(), node.getLength());
    }

    /** Opens the file in its editor and selects the range. */
    public void open(IWorkbenchPage page) throws PartInitException {
        IEditorPart editor = IDE.openEditor(page, file);
        ITextEditor text = editor == null ? null : editor.getAdapter(ITextEditor.class);
        if (text != null) {
            text.selectAndReveal(offset, length);
        }
    }
}
