package org.maillage.diagram.internal.glsp;

import java.io.IOException;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.maillage.diagram.internal.layout.LayoutSidecar;

/** Writes a layout sidecar; a failure loses positions only, and is logged. */
final class SidecarWrites {
    private static final Logger LOG = LogManager.getLogger(SidecarWrites.class);

    static void write(LayoutSidecar sidecar) {
        try {
            sidecar.write();
        } catch (IOException e) {
            LOG.warn("Cannot write " + sidecar.file() + ": " + e.getMessage());
        }
    }

    private SidecarWrites() {
    }
}
