package org.maillage.diagram.ui.internal;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.part.FileEditorInput;
import org.maillage.diagram.DiagramKind;

/**
 * A diagram of a {@code .coop} file: the file and which of its two diagrams. Saved with the workbench's
 * state by {@link DiagramEditorInputFactory} (the file's factory would restore a plain file, not a diagram).
 */
public class DiagramEditorInput extends FileEditorInput {
    private final DiagramKind kind;

    public DiagramEditorInput(IFile file, DiagramKind kind) {
        super(file);
        this.kind = kind;
    }

    public DiagramKind kind() {
        return kind;
    }

    @Override
    public String getFactoryId() {
        return DiagramEditorInputFactory.ID;
    }

    @Override
    public void saveState(IMemento memento) {
        DiagramEditorInputFactory.save(memento, this);
    }

    @Override
    public String getName() {
        return Messages.get(kind == DiagramKind.MAP ? "tab.map" : "tab.whoDoesWhat", getFile().getName());
    }

    @Override
    public String getToolTipText() {
        return getName() + " — " + getFile().getFullPath();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiagramEditorInput input && input.kind == kind && input.getFile().equals(getFile());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getFile(), kind);
    }
}
