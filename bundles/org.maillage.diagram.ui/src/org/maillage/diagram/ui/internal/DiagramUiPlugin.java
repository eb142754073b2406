package org.maillage.diagram.ui.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Stops the diagram server with the workbench. */
public class DiagramUiPlugin implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        // The server starts with the first diagram opened.
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        DiagramServers.stop();
    }
}
