package org.maillage.diagram.internal.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.maillage.diagram.internal.layout.LayoutSidecar;

import com.google.inject.Inject;

/** Moving or resizing nodes: their new bounds go to the layout sidecar, never to the text. */
public class BoundsHandler implements OperationHandler<ChangeBoundsOperation> {

    @Inject
    private CoopModelState state;

    @Override
    public Class<ChangeBoundsOperation> getHandledOperationType() {
        return ChangeBoundsOperation.class;
    }

    @Override
    public Optional<Command> createCommand(ChangeBoundsOperation operation) {
        return Optional.of(new AbstractCommand() {
            @Override
            protected boolean prepare() {
                return true;
            }

            @Override
            public void execute() {
                LayoutSidecar sidecar = state.sidecar();
                for (ElementAndBounds bounds : operation.getNewBounds()) {
                    if (bounds.getNewPosition() != null && bounds.getNewSize() != null) {
                        sidecar.put(state.sidecarKey(), bounds.getElementId(), bounds.getNewPosition().getX(),
                                bounds.getNewPosition().getY(), bounds.getNewSize().getWidth(), bounds.getNewSize().getHeight());
                    }
                }
                SidecarWrites.write(sidecar);
            }

            @Override
            public void redo() {
                execute();
            }

            @Override
            public boolean canUndo() {
                return false;
            }
        });
    }
}
