package org.maillage.diagram.internal.glsp;

import org.eclipse.glsp.server.layout.LayoutEngine;
import org.maillage.diagram.internal.layout.LayoutSidecar;

import com.google.inject.Inject;

/** "Automatic layout" on demand: forgets the user's positions of this diagram and where its elements are shown; ELK places everything again. */
public class SidecarLayoutEngine implements LayoutEngine {

    @Inject
    private CoopModelState state;

    @Override
    public void layout() {
        LayoutSidecar sidecar = state.sidecar();
        sidecar.clear(state.sidecarKey());
        state.relayout();
        SidecarWrites.write(sidecar);
    }
}
