package org.maillage.ui.internal.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.maillage.dsl.ui.CoopProjects;
import org.maillage.dsl.ui.CoopWorkspace;
import org.maillage.dsl.ui.SourceRange;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.Plan;

/**
 * The children of .coop files in the Project Explorer: their territories, actors, functions,
 * objectives and plans; a plan's actions and conventions; each in the order they are written. A file's model is loaded once per
 * version of the file and dropped when the file changes.
 */
public final class CoopContentProvider implements ITreeContentProvider, IResourceChangeListener {

    private record Loaded(long stamp, CoopFile model) {
    }

    private final Map<IFile, Loaded> models = new ConcurrentHashMap<>();
    private StructuredViewer viewer;

    public CoopContentProvider() {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = newViewer instanceof StructuredViewer structured ? structured : null;
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof IFile file && CoopProjects.isCoopFile(file)) {
            CoopFile model = model(file);
            if (model == null) {
                return new Object[0];
            }
            List<EObject> children = new ArrayList<>();
            children.addAll(model.getTerritories());
            children.addAll(model.getActors());
            children.addAll(model.getFunctions());
            children.addAll(model.getObjectives());
            children.addAll(model.getPlans());
            return inSourceOrder(children);
        }
        if (parent instanceof Plan plan) {
            List<EObject> children = new ArrayList<>(plan.getActions());
            children.addAll(plan.getConventions());
            return inSourceOrder(children);
        }
        return new Object[0];
    }

    /** The elements in the order they are written (the model lists them kind by kind). */
    private static Object[] inSourceOrder(List<EObject> children) {
        children.sort(Comparator.comparingInt(CoopContentProvider::offset));
        return children.toArray();
    }

    private static int offset(EObject element) {
        SourceRange range = SourceRange.of(element);
        return range == null ? Integer.MAX_VALUE : range.offset();
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof EObject object) {
            EObject container = object.eContainer();
            if (container instanceof CoopFile && object.eResource() != null) {
                return CoopProjects.file(object.eResource().getURI());
            }
            return container;
        }
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof IFile) {
            return true;
        }
        return element instanceof Plan plan && (!plan.getActions().isEmpty() || !plan.getConventions().isEmpty());
    }

    private CoopFile model(IFile file) {
        long stamp = file.getModificationStamp();
        Loaded loaded = models.get(file);
        if (loaded == null || loaded.stamp() != stamp) {
            loaded = new Loaded(stamp, CoopWorkspace.get().load(file));
            models.put(file, loaded);
        }
        return loaded.model();
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        List<IFile> changed = new ArrayList<>();
        try {
            event.getDelta().accept(delta -> {
                if (CoopProjects.isCoopFile(delta.getResource())) {
                    models.remove(delta.getResource());
                    if (delta.getKind() == IResourceDelta.CHANGED) {
                        changed.add((IFile) delta.getResource());
                    }
                }
                return true;
            });
        } catch (CoreException e) {
            return;
        }
        StructuredViewer current = viewer;
        if (!changed.isEmpty() && current != null && !current.getControl().isDisposed()) {
            current.getControl().getDisplay().asyncExec(() -> {
                if (!current.getControl().isDisposed()) {
                    changed.forEach(current::refresh);
                }
            });
        }
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        models.clear();
    }
}
