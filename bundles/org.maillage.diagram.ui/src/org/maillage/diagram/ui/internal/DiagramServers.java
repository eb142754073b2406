package org.maillage.diagram.ui.internal;

import java.io.IOException;
import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.maillage.diagram.internal.server.DiagramServer;

/** The workbench's one diagram server, started with the first diagram opened, over the workbench's documents. */
public final class DiagramServers {
    private static DiagramServer server;

    public static synchronized DiagramServer get() throws Exception {
        if (server == null) {
            server = DiagramServer.start(WorkbenchDocuments.INSTANCE, webRoot());
        }
        return server;
    }

    static synchronized void stop() throws Exception {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    private static URL webRoot() throws IOException {
        URL web = Platform.getBundle("org.maillage.diagram.client").getEntry("web/");
        if (web == null) {
            throw new IOException("org.maillage.diagram.client has no web/ folder");
        }
        return FileLocator.toFileURL(web);
    }

    private DiagramServers() {
    }
}
