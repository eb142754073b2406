package org.maillage.dsl.ui.internal.editor;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.maillage.dsl.ui.ElementIcons;

/**
 * The outline of a .coop editor: territories, actors, functions, objectives, plans and, under
 * each plan, its actions and conventions. Selecting one selects its text; the outline follows
 * each reconcile.
 */
final class CoopOutlinePage extends ContentOutlinePage {

    private final CoopEditor editor;
    private List<OutlineNode> nodes = List.of();

    CoopOutlinePage(CoopEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return ((OutlineNode) parent).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((OutlineNode) element).children().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((OutlineNode) element).label();
            }

            @Override
            public Image getImage(Object element) {
                return ElementIcons.of(((OutlineNode) element).kind());
            }
        });
        viewer.setInput(nodes);
        viewer.addSelectionChangedListener(event -> {
            if (event.getStructuredSelection().getFirstElement() instanceof OutlineNode node) {
                editor.selectAndReveal(node.offset(), node.length());
            }
        });
    }

    /** Shows the elements of the last reconcile; call on the UI thread. */
    void update(List<OutlineNode> newNodes) {
        nodes = newNodes;
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(nodes);
            viewer.expandAll();
        }
    }

    /** The shown elements: for tests. */
    List<OutlineNode> nodes() {
        return nodes;
    }
}
