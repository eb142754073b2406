package org.maillage.diagram.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.maillage.diagram.CoopDocument;
import org.maillage.diagram.internal.edit.CoopInjector;
import org.maillage.diagram.internal.edit.LoadedModel;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.Plan;

/**
 * The Outline of a diagram: the plan's actions, conventions and partners, by name and title.
 * Selecting one selects it in the diagram; selecting in the diagram selects it here.
 */
final class DiagramOutline extends ContentOutlinePage {
    private final CoopDocument document;
    private final Browser browser;
    private boolean following;
    private volatile boolean refreshPending;
    private final Runnable textChanged = this::refreshLater;

    DiagramOutline(CoopDocument document, Browser browser) {
        this.document = document;
        this.browser = browser;
        document.addListener(textChanged);
    }

    /** One refresh for a burst of changes (a text editor changes the document at every keystroke). */
    private void refreshLater() {
        if (getTreeViewer() == null || getTreeViewer().getControl().isDisposed() || refreshPending) {
            return;
        }
        refreshPending = true;
        getTreeViewer().getControl().getDisplay().asyncExec(() -> {
            refreshPending = false;
            if (!getTreeViewer().getControl().isDisposed()) {
                refresh();
            }
        });
    }

    @Override
    public void dispose() {
        document.removeListener(textChanged);
        super.dispose();
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
                return new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return false;
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                NamedElement named = (NamedElement) element;
                return named.getName() + " – " + (named.getTitle() == null ? "" : named.getTitle());
            }
        });
        refresh();
        viewer.addSelectionChangedListener(event -> {
            if (!following && browser != null && !browser.isDisposed()) {
                List<String> ids = new ArrayList<>();
                ((IStructuredSelection) event.getSelection()).forEach(e -> ids.add(DiagramIds.of((NamedElement) e)));
                browser.execute("window.maillage && window.maillage.dispatcher.dispatch({kind: 'elementSelected', "
                        + "selectedElementsIDs: " + DiagramIds.json(ids) + ", deselectedElementsIDs: [], deselectAll: true});");
            }
        });
    }

    void refresh() {
        LoadedModel model = LoadedModel.of(CoopInjector.get(), document, WorkbenchDocuments.INSTANCE.locale());
        List<NamedElement> elements = new ArrayList<>();
        model.plan(null).ifPresent(plan -> collect(plan, elements));
        getTreeViewer().setInput(elements);
    }

    /** Shows the diagram's selection, without sending it back. */
    void follow(List<NamedElement> selected) {
        if (getTreeViewer() == null || getTreeViewer().getControl().isDisposed()) {
            return;
        }
        following = true;
        try {
            List<Object> items = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<NamedElement> shown = (List<NamedElement>) getTreeViewer().getInput();
            for (NamedElement element : selected) {
                shown.stream().filter(e -> e.eClass() == element.eClass() && e.getName().equals(element.getName()))
                        .findFirst().ifPresent(items::add);
            }
            getTreeViewer().setSelection(new StructuredSelection(items), true);
        } finally {
            following = false;
        }
    }

    private static void collect(Plan plan, List<NamedElement> into) {
        into.addAll(plan.getActions());
        into.addAll(plan.getConventions());
        for (Actor partner : plan.getPartners()) {
            if (!partner.eIsProxy()) {
                into.add(partner);
            }
        }
    }
}
