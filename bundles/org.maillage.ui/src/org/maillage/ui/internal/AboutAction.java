package org.maillage.ui.internal;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Help &gt; About Maillage: the product's version and the platform it runs on. */
final class AboutAction extends Action implements IWorkbenchAction {

    static final String ID = "org.maillage.ui.about";

    private IWorkbenchWindow window;

    AboutAction(IWorkbenchWindow window) {
        super(Messages.actionAbout);
        this.window = window;
        setId(ID);
    }

    @Override
    public void run() {
        if (window != null) {
            MessageDialog.openInformation(window.getShell(), Messages.aboutTitle, text());
        }
    }

    /** The dialog's text: the product's version (its defining bundle's) and the Java runtime's. */
    static String text() {
        IProduct product = Platform.getProduct();
        Bundle bundle = product != null ? product.getDefiningBundle() : FrameworkUtil.getBundle(AboutAction.class);
        return NLS.bind(Messages.aboutText, bundle.getVersion(), Runtime.version());
    }

    @Override
    public void dispose() {
        window = null;
    }
}
