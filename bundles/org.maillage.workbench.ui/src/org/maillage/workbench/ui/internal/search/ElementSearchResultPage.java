package org.maillage.workbench.ui.internal.search;

import java.util.Comparator;

import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.AbstractTextSearchViewPage;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.PartInitException;

/** The Search view's list of found elements; opening one shows its name in the text. */
public final class ElementSearchResultPage extends AbstractTextSearchViewPage {

    private static final Comparator<ElementHit> SOURCE_ORDER = Comparator
            .comparing((ElementHit hit) -> hit.file().getFullPath().toString()).thenComparingInt(ElementHit::offset);

    public ElementSearchResultPage() {
        super(FLAG_LAYOUT_FLAT);
    }

    @Override
    protected void configureTableViewer(TableViewer viewer) {
        viewer.setContentProvider(new IStructuredContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof AbstractTextSearchResult result ? result.getElements() : new Object[0];
            }
        });
        viewer.setLabelProvider(new HitLabels());
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object first, Object second) {
                return first instanceof ElementHit a && second instanceof ElementHit b ? SOURCE_ORDER.compare(a, b) : 0;
            }
        });
    }

    @Override
    protected void configureTreeViewer(TreeViewer viewer) {
        throw new UnsupportedOperationException("the Maillage results are a flat list");
    }

    @Override
    protected void elementsChanged(Object[] objects) {
        refreshViewer();
    }

    @Override
    protected void clear() {
        refreshViewer();
    }

    private void refreshViewer() {
        if (getViewer() != null && !getViewer().getControl().isDisposed()) {
            getViewer().refresh();
        }
    }

    @Override
    protected void showMatch(Match match, int currentOffset, int currentLength, boolean activate)
            throws PartInitException {
        if (match.getElement() instanceof ElementHit hit) {
            hit.range().open(getSite().getPage());
        }
    }
}
