package org.maillage.diagram.ui.internal;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.SWTException;

/**
 * The workbench's Edit > Delete (and its Delete key) in a diagram: the client deletes the selected
 * elements through the diagram server, as one change of the text; while a title is being edited in
 * place, the key deletes a character of it. Enabled while something is selected in the diagram.
 */
final class DeleteInDiagram extends Action {
    private final Browser browser;

    DeleteInDiagram(Browser browser) {
        this.browser = browser;
        setEnabled(false);
    }

    /** The client's selection changed. */
    void selected(List<String> ids) {
        setEnabled(ids.stream().anyMatch(id -> !id.contains("#")));
    }

    @Override
    public void run() {
        if (browser == null || browser.isDisposed()) {
            return;
        }
        try {
            browser.evaluate("return !!(window.maillage && window.maillage.deleteSelection());");
        } catch (SWTException e) {
            // The page is not ready yet: nothing is selected in it either.
        }
    }
}
