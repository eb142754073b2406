package org.maillage.dsl.ui.internal;

import org.maillage.dsl.ide.CoopIdeSetup;
import org.maillage.dsl.ui.CoopWorkspace;
import org.maillage.dsl.ui.MaillagePreferences;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Creates the language's injector once, the first time the workspace asks for it. */
public final class Activator implements BundleActivator {

    private static volatile CoopWorkspace workspace;

    @Override
    public void start(BundleContext context) {
        // the injector is created on first use, not at start: opening the workbench stays fast
    }

    @Override
    public void stop(BundleContext context) {
        workspace = null;
    }

    public static CoopWorkspace workspace() {
        CoopWorkspace current = workspace;
        if (current == null) {
            synchronized (Activator.class) {
                current = workspace;
                if (current == null) {
                    current = new CoopWorkspace(new CoopIdeSetup().createInjectorAndDoEMFRegistration());
                    MaillagePreferences.install();
                    workspace = current;
                }
            }
        }
        return current;
    }
}
