package org.maillage.diagram.internal.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.maillage.diagram.DiagramKind;
import org.maillage.diagram.internal.DiagramText;
import org.maillage.diagram.internal.edit.DiagramOperations;
import org.maillage.diagram.internal.edit.Refusal;
import org.maillage.diagram.internal.graph.ElementTypes;

import com.google.inject.Inject;

/**
 * The palette's link tools: on the map, a convention between two actors and a party added to a
 * convention; on the who-does-what diagram, one tool per role letter from an actor to a function.
 */
public class CreateEdgeHandler extends TextOperationHandler<CreateEdgeOperation>
        implements CreateOperationHandler<CreateEdgeOperation> {

    @Inject
    private DiagramKind kind;

    @Override
    public Class<CreateEdgeOperation> getHandledOperationType() {
        return CreateEdgeOperation.class;
    }

    @Override
    public List<String> getHandledElementTypeIds() {
        if (kind == DiagramKind.MAP) {
            return List.of(ElementTypes.NEW_CONVENTION, ElementTypes.PARTY);
        }
        List<String> roles = new ArrayList<>();
        DiagramTypes.ROLE_LETTERS.forEach(letter -> roles.add(ElementTypes.roleEdge(letter)));
        return roles;
    }

    @Override
    public String getLabel() {
        return DiagramText.get(Locale.FRENCH, "palette.links");
    }

    @Override
    protected TextChange command(DiagramOperations operations, CreateEdgeOperation operation) throws Refusal {
        return change(operations.connect(operation.getElementTypeId(), operation.getSourceElementId(),
                operation.getTargetElementId()));
    }
}
