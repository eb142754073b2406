package org.maillage.diagram.internal.layout;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;

/**
 * Places a diagram: ELK for everything (deterministic: the same model gives the same picture) when
 * it is first shown, the places shown before for the elements that persist after an edit, then the
 * positions and sizes the user set, kept in the sidecar. Links touching an element the
 * user placed lose ELK's route and are drawn straight.
 */
public final class DiagramLayout {

    public static void apply(GGraph graph, Map<String, double[]> userBounds) {
        apply(graph, userBounds, ShownPlaces.none());
    }

    /**
     * Places a rebuilt diagram after an edit: the elements shown before stay where they were (ELK runs
     * only when there are new nodes, for their sizes and the new containers' content), then the user's
     * positions apply. With nothing shown before, the whole diagram is laid out.
     */
    public static void apply(GGraph graph, Map<String, double[]> userBounds, ShownPlaces shown) {
        if (shown.isEmpty() || !KeptPlaces.allShown(graph, shown)) {
            ElkLayout.layout(graph);
        }
        if (!shown.isEmpty()) {
            KeptPlaces.apply(graph, shown);
        }
        if (userBounds.isEmpty()) {
            return;
        }
        Set<String> moved = new HashSet<>();
        place(graph, userBounds, moved, false);
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GEdge edge && (moved.contains(edge.getSourceId()) || moved.contains(edge.getTargetId()))) {
                GraphPositions.clearRoute(edge);
            }
        }
    }

    private static void place(GModelElement parent, Map<String, double[]> userBounds, Set<String> moved,
            boolean ancestorMoved) {
        for (GModelElement child : parent.getChildren()) {
            if (child instanceof GNode node) {
                double[] b = userBounds.get(node.getId());
                if (b != null) {
                    node.setPosition(GraphUtil.point(b[0], b[1]));
                    if (b[2] > 0 && b[3] > 0) {
                        GraphPositions.setSize(node, Math.max(b[2], 20), Math.max(b[3], 20));
                    }
                }
                boolean thisMoved = ancestorMoved || b != null;
                if (thisMoved) {
                    moved.add(node.getId());
                }
                place(node, userBounds, moved, thisMoved);
            }
        }
    }

    private DiagramLayout() {
    }
}
