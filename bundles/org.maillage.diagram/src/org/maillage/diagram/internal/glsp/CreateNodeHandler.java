package org.maillage.diagram.internal.glsp;

import java.util.List;
import java.util.Locale;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.maillage.diagram.DiagramKind;
import org.maillage.diagram.internal.DiagramText;
import org.maillage.diagram.internal.edit.Created;
import org.maillage.diagram.internal.edit.DiagramOperations;
import org.maillage.diagram.internal.edit.Refusal;
import org.maillage.diagram.internal.graph.ElementTypes;
import org.maillage.diagram.internal.layout.GraphPositions;
import org.maillage.diagram.internal.layout.LayoutSidecar;

import com.google.inject.Inject;

/**
 * The palette's node tools: a territory or an actor on the map (in the territory it is dropped
 * in), an actor, an action or a function (in an action) on the who-does-what diagram. The new
 * node stays where it was dropped: its position goes to the layout sidecar.
 */
public class CreateNodeHandler extends TextOperationHandler<CreateNodeOperation>
        implements CreateOperationHandler<CreateNodeOperation> {

    @Inject
    private DiagramKind kind;

    @Override
    public Class<CreateNodeOperation> getHandledOperationType() {
        return CreateNodeOperation.class;
    }

    @Override
    public List<String> getHandledElementTypeIds() {
        return kind == DiagramKind.MAP ? List.of(ElementTypes.TERRITORY, ElementTypes.ACTOR)
                : List.of(ElementTypes.ACTOR, ElementTypes.ACTION, ElementTypes.FUNCTION);
    }

    @Override
    public String getLabel() {
        return DiagramText.get(Locale.FRENCH, "palette.elements");
    }

    @Override
    protected TextChange command(DiagramOperations operations, CreateNodeOperation operation) throws Refusal {
        String container = operation.getContainerId();
        Created created = switch (operation.getElementTypeId()) {
            case ElementTypes.TERRITORY -> operations.createTerritory(container);
            case ElementTypes.ACTOR -> operations.createActor(kind == DiagramKind.MAP ? container : null);
            case ElementTypes.ACTION -> operations.createAction();
            case ElementTypes.FUNCTION -> operations.createFunction(container);
            default -> throw new Refusal(DiagramText.get(state.locale(), "refused.notAllowed"));
        };
        String placedIn = operation.getElementTypeId().equals(ElementTypes.ACTOR) && kind == DiagramKind.WHO_DOES_WHAT
                || operation.getElementTypeId().equals(ElementTypes.ACTION) ? null : container;
        return new TextChange(state, created.edits(), () -> {
            if (ElementTypes.FUNCTION.equals(operation.getElementTypeId())) {
                state.pendingFunctions().add(created.id());
            }
            operation.getLocation().ifPresent(at -> place(created.id(), placedIn, at));
        });
    }

    /** Keeps the node where it was dropped, relative to the container it was dropped in. */
    private void place(String id, String containerId, GPoint at) {
        double x = at.getX();
        double y = at.getY();
        if (containerId != null) {
            GModelElement container = state.getIndex().get(containerId).orElse(null);
            if (container != null) {
                GPoint origin = GraphPositions.absolute(container);
                x -= origin.getX();
                y -= origin.getY();
            }
        }
        LayoutSidecar sidecar = state.sidecar();
        sidecar.put(state.sidecarKey(), id, Math.max(x, 0), Math.max(y, 0), 0, 0);
        SidecarWrites.write(sidecar);
    }
}
