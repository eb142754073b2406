package org.maillage.workbench.ui.internal.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Aide > Guide de l'utilisateur and Aide > Bienvenue: shows the view named after the class in plugin.xml. */
public final class ShowViewHandler extends AbstractHandler implements IExecutableExtension {

    private String viewId;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        viewId = (String) data;
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(viewId);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
