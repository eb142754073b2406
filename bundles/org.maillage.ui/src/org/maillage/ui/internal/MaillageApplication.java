package org.maillage.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.maillage.generator.internal.Dropins;
import org.osgi.framework.FrameworkUtil;

/** The application {@code org.maillage.ui.application}: opens the Maillage workbench. */
public final class MaillageApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Dropins.install(FrameworkUtil.getBundle(MaillageApplication.class).getBundleContext(), Dropins.folder());
        Display display = PlatformUI.createDisplay();
        try {
            if (!lockWorkspace()) {
                return EXIT_OK;
            }
            int code = PlatformUI.createAndRunWorkbench(display, new MaillageWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /** Takes the workspace lock, or tells the user why the workbench cannot open. */
    private static boolean lockWorkspace() throws Exception {
        Location instance = Platform.getInstanceLocation();
        if (instance == null || !instance.isSet()) {
            MessageDialog.openError(null, Messages.workspaceUnsetTitle, Messages.workspaceUnset);
            return false;
        }
        if (instance.isLocked() || instance.lock()) {
            return true;
        }
        MessageDialog.openError(null, Messages.workspaceInUseTitle,
                NLS.bind(Messages.workspaceInUse, instance.getURL().getFile()));
        return false;
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
