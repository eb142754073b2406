package org.maillage.diagram.internal.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;
import org.eclipse.glsp.server.operations.OperationHandler;

/**
 * Bend points of links: the client sends them with every move of a node (in the same compound
 * operation); links are routed by the layout, so they are not kept. Without this handler the
 * compound had no handler for its second part and the session was closed.
 */
public class RoutingPointsHandler implements OperationHandler<ChangeRoutingPointsOperation> {

    @Override
    public Class<ChangeRoutingPointsOperation> getHandledOperationType() {
        return ChangeRoutingPointsOperation.class;
    }

    @Override
    public Optional<Command> createCommand(ChangeRoutingPointsOperation operation) {
        return Optional.empty();
    }
}
