package org.maillage.vcs.ui.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IStartup;

/** Installs {@link ConflictMarkers} when the workbench starts. */
public final class ConflictMarkerStartup implements IStartup {

    @Override
    public void earlyStartup() {
        ConflictMarkers.install(ResourcesPlugin.getWorkspace());
    }
}
