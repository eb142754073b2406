package org.maillage.diagram.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.maillage.diagram.CoopDocument;
import org.maillage.diagram.internal.edit.CoopInjector;
import org.maillage.diagram.internal.edit.ElementsOfIds;
import org.maillage.diagram.internal.edit.LoadedModel;
import org.maillage.model.coop.NamedElement;

/**
 * The diagram editor's selection for the workbench (the Properties view): the client calls
 * {@code maillageSelected(idsAsJson)} when its selection changes; the ids become the model
 * elements they name, loaded from the document's current text.
 */
final class DiagramSelection implements ISelectionProvider {
    private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
    private final CoopDocument document;
    private ISelection selection = StructuredSelection.EMPTY;
    private DiagramOutline outline;
    private Consumer<List<String>> idsListener = ids -> { };

    DiagramSelection(CoopDocument document) {
        this.document = document;
    }

    /** Installs the function the client calls; it lives as long as the browser. */
    void listenTo(Browser browser) {
        new BrowserFunction(browser, "maillageSelected") {
            @Override
            public Object function(Object[] arguments) {
                if (arguments.length == 1 && arguments[0] instanceof String json) {
                    List<String> ids = ids(json);
                    idsListener.accept(ids);
                    select(ids);
                }
                return null;
            }
        };
    }

    void select(List<String> ids) {
        LoadedModel model = LoadedModel.of(CoopInjector.get(), document, WorkbenchDocuments.INSTANCE.locale());
        List<NamedElement> elements = ElementsOfIds.resolve(model, ids);
        setSelection(new StructuredSelection(elements));
        if (outline != null) {
            outline.follow(elements);
        }
    }

    /** Told the ids the client selects, labels and links included (the Delete command's state). */
    void onIds(Consumer<List<String>> listener) {
        this.idsListener = listener;
    }

    /** The Outline to keep in step with the diagram's selection, once it exists. */
    void outline(DiagramOutline page) {
        this.outline = page;
    }

    /** The ids of a JSON array of strings (ids never contain quotes or backslashes). */
    static List<String> ids(String json) {
        List<String> ids = new ArrayList<>();
        for (String part : json.replace("[", "").replace("]", "").split(",")) {
            String id = part.strip();
            if (id.length() >= 2 && id.startsWith("\"") && id.endsWith("\"")) {
                ids.add(id.substring(1, id.length() - 1));
            }
        }
        return ids;
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    @Override
    public void setSelection(ISelection selection) {
        this.selection = selection;
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        listeners.forEach(l -> l.selectionChanged(event));
    }
}
