package org.maillage.diagram.ui.internal;

import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.Saveable;

/**
 * What a diagram editor saves: its file's text buffer. Equal to any saveable of the same document, as the
 * text editor's saveable is, so that a file open as text and as diagrams is one resource to save.
 */
final class DiagramSaveable extends Saveable {
    private final DiagramEditor editor;
    private final IDocument document;

    DiagramSaveable(DiagramEditor editor, IDocument document) {
        this.editor = editor;
        this.document = document;
    }

    @Override
    public String getName() {
        return editor.input().getFile().getName();
    }

    @Override
    public String getToolTipText() {
        return editor.input().getFile().getFullPath().toString();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return editor.getTitleImage() == null ? null : ImageDescriptor.createFromImage(editor.getTitleImage());
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        editor.doSave(monitor);
    }

    @Override
    public boolean isDirty() {
        return editor.isDirty();
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IDocument.class && document != null) {
            return type.cast(document);
        }
        return super.getAdapter(type);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return document != null && other instanceof Saveable saveable && document.equals(saveable.getAdapter(IDocument.class));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(document);
    }
}
