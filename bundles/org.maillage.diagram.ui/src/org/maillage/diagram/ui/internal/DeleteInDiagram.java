package org.maillage.diagram.ui.internal;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.browser.Browser;

/**
 * The workbench's Edit > Delete (and its Delete key) in a diagram: the client deletes the selected
 * elements through the diagram server, as one change of the text; while a title is being edited in
 * place, the key deletes a character of it. Enabled while something is selected in the diagram.
 */
final class DeleteInDiagram extends Action {
    private final Browser browser;
    private final EditKeys keys;

    DeleteInDiagram(Browser browser, EditKeys keys) {
        this.browser = browser;
        this.keys = keys;
        keys.command("delete", this::deleteInPage);
        setEnabled(false);
    }

    /** The client's selection changed. */
    void selected(List<String> ids) {
        setEnabled(ids.stream().anyMatch(id -> !id.contains("#")));
    }

    @Override
    public void run() {
        keys.run("delete");
    }

    /** Deletes in the page, outside the key event that asked for it. */
    void deleteInPage() {
        browser.getDisplay().asyncExec(() -> {
            if (!browser.isDisposed()) {
                browser.execute("if (window.maillage && window.maillage.deleteSelection) { window.maillage.deleteSelection(); }");
            }
        });
    }
}
