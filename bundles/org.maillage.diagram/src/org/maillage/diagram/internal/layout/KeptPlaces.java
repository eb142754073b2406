package org.maillage.diagram.internal.layout;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;

/**
 * Puts the nodes of a rebuilt diagram back where they were shown: a node whose id persists keeps its
 * position (a container its size, grown if its content needs more); a new node goes below its
 * siblings that were already shown (or where ELK put it, among new siblings only); containers grow
 * around their children. A link keeps its route while both its ends stay where they were, otherwise
 * it is drawn straight.
 */
final class KeptPlaces {
    private static final double SPACING = 30;
    private static final double PADDING = 14;

    private final ShownPlaces shown;

    private KeptPlaces(ShownPlaces shown) {
        this.shown = shown;
    }

    static void apply(GGraph graph, ShownPlaces shown) {
        KeptPlaces kept = new KeptPlaces(shown);
        kept.place(graph);
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GEdge edge) {
                kept.route(graph, edge);
            }
        }
    }

    /** Whether every node of the diagram was shown already (then ELK need not run at all). */
    static boolean allShown(GModelElement parent, ShownPlaces shown) {
        for (GModelElement child : parent.getChildren()) {
            if (child instanceof GNode node && (!shown.has(node.getId()) || !allShown(node, shown))) {
                return false;
            }
        }
        return true;
    }

    private void place(GModelElement parent) {
        double left = Double.MAX_VALUE;
        double bottom = -1;
        for (GModelElement child : parent.getChildren()) {
            if (child instanceof GNode node && shown.has(node.getId())) {
                double[] b = shown.node(node.getId());
                node.setPosition(GraphUtil.point(b[0], b[1]));
                if (isContainer(node)) {
                    GraphPositions.setSize(node, b[2], b[3]);
                }
                left = Math.min(left, b[0]);
                bottom = Math.max(bottom, b[1] + node.getSize().getHeight());
            }
        }
        for (GModelElement child : parent.getChildren()) {
            if (child instanceof GNode node && !shown.has(node.getId()) && bottom >= 0) {
                node.setPosition(GraphUtil.point(left, bottom + SPACING));
                bottom += SPACING + node.getSize().getHeight();
            }
        }
        for (GModelElement child : parent.getChildren()) {
            if (child instanceof GNode node && isContainer(node)) {
                place(node);
                grow(node);
            }
        }
    }

    /** A container is at least as large as its children need. */
    private static void grow(GNode container) {
        double width = container.getSize().getWidth();
        double height = container.getSize().getHeight();
        for (GModelElement child : container.getChildren()) {
            if (child instanceof GNode node) {
                width = Math.max(width, node.getPosition().getX() + node.getSize().getWidth() + PADDING);
                height = Math.max(height, node.getPosition().getY() + node.getSize().getHeight() + PADDING);
            }
        }
        GraphPositions.setSize(container, width, height);
    }

    private void route(GGraph graph, GEdge edge) {
        ShownPlaces.Route before = shown.route(edge.getId());
        if (before != null && before.route() != null && unmoved(graph, edge.getSourceId()) && unmoved(graph, edge.getTargetId())) {
            edge.getRoutingPoints().clear();
            before.bends().forEach(p -> edge.getRoutingPoints().add(GraphUtil.point(p.getX(), p.getY())));
            edge.getArgs().put(GraphPositions.ROUTE_ARG, before.route());
        } else {
            GraphPositions.clearRoute(edge);
        }
    }

    /** Whether a node is shown where it was, in the diagram's coordinates. */
    private boolean unmoved(GGraph graph, String id) {
        double[] b = shown.node(id);
        GModelElement element = find(graph, id);
        if (b == null || !(element instanceof GNode node)) {
            return false;
        }
        GPoint now = GraphPositions.absolute(node);
        return now.getX() == b[4] && now.getY() == b[5] && node.getSize().getWidth() == b[2]
                && node.getSize().getHeight() == b[3];
    }

    private static GModelElement find(GModelElement parent, String id) {
        for (GModelElement child : parent.getChildren()) {
            if (id.equals(child.getId())) {
                return child;
            }
            if (child instanceof GNode) {
                GModelElement found = find(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean isContainer(GNode node) {
        return node.getChildren().stream().anyMatch(GNode.class::isInstance);
    }
}
