package org.maillage.diagram.ui.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Path;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.maillage.diagram.DiagramKind;

/** Restores the diagrams open when the workbench closed: the file's path and the diagram's kind. */
public class DiagramEditorInputFactory implements IElementFactory {

    /** The factory's id in plugin.xml (org.eclipse.ui.elementFactories). */
    public static final String ID = "org.maillage.diagram.ui.editorInputFactory";

    private static final String PATH = "path";
    private static final String KIND = "kind";

    static void save(IMemento memento, DiagramEditorInput input) {
        memento.putString(PATH, input.getFile().getFullPath().toString());
        memento.putString(KIND, input.kind().name());
    }

    /** The diagram saved in the memento; null (nothing restored) when the memento is not one. */
    @Override
    public IAdaptable createElement(IMemento memento) {
        String path = memento.getString(PATH);
        String kind = memento.getString(KIND);
        if (path == null || kind == null) {
            return null;
        }
        for (DiagramKind each : DiagramKind.values()) {
            if (each.name().equals(kind)) {
                return new DiagramEditorInput(ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(path)), each);
            }
        }
        return null;
    }
}
