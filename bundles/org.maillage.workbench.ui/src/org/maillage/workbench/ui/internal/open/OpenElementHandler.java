package org.maillage.workbench.ui.internal.open;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.maillage.workbench.ui.internal.search.ElementHit;
import org.maillage.workbench.ui.internal.search.ProjectElements;

/** Opens the chosen element's file at its name. */
public final class OpenElementHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        OpenElementDialog dialog = new OpenElementDialog(window.getShell(), ProjectElements.maillageProjects());
        if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof ElementHit hit) {
            try {
                hit.range().open(window.getActivePage());
            } catch (PartInitException e) {
                throw new ExecutionException(e.getMessage(), e);
            }
        }
        return null;
    }
}
