package org.maillage.ui.internal.navigator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;
import org.maillage.ui.internal.Messages;
import org.maillage.dsl.ui.SourceRange;

/** Opening an element of a .coop file in the explorer opens the file at the element's text. */
public final class OpenElementActionProvider extends CommonActionProvider {

    private OpenAction open;

    @Override
    public void init(ICommonActionExtensionSite site) {
        if (site.getViewSite() instanceof ICommonViewerWorkbenchSite workbenchSite) {
            open = new OpenAction(workbenchSite);
        }
    }

    @Override
    public void fillActionBars(IActionBars bars) {
        if (open != null && open.isEnabled()) {
            bars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
        }
    }

    @Override
    public void fillContextMenu(IMenuManager menu) {
        if (open != null && open.isEnabled()) {
            menu.appendToGroup(ICommonMenuConstants.GROUP_OPEN, open);
        }
    }

    private final class OpenAction extends Action {

        private final ICommonViewerWorkbenchSite site;

        OpenAction(ICommonViewerWorkbenchSite site) {
            super(Messages.actionOpenElement);
            this.site = site;
        }

        private SourceRange target() {
            IStructuredSelection selection = (IStructuredSelection) getContext().getSelection();
            return selection.size() == 1 && selection.getFirstElement() instanceof EObject element
                    ? SourceRange.of(element)
                    : null;
        }

        @Override
        public boolean isEnabled() {
            return getContext() != null && target() != null;
        }

        @Override
        public void run() {
            SourceRange range = target();
            if (range != null) {
                try {
                    range.open(site.getPage());
                } catch (PartInitException e) {
                    site.getShell().getDisplay().beep();
                }
            }
        }
    }
}
