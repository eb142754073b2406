package org.maillage.diagram.internal.glsp;

import java.util.List;

import org.eclipse.glsp.server.operations.DeleteOperation;
import org.maillage.diagram.internal.edit.DiagramOperations;
import org.maillage.diagram.internal.edit.Refusal;

/** Deletes the selected nodes and links from the text (their labels and markers are parts of them, not elements). */
public class DeleteHandler extends TextOperationHandler<DeleteOperation> {

    @Override
    public Class<DeleteOperation> getHandledOperationType() {
        return DeleteOperation.class;
    }

    @Override
    protected TextChange command(DiagramOperations operations, DeleteOperation operation) throws Refusal {
        List<String> ids = operation.getElementIds().stream().filter(id -> !id.contains("#")).distinct().toList();
        return new TextChange(state, operations.delete(ids), () -> state.pendingFunctions().removeIf(ids::contains));
    }

}
