package org.maillage.diagram.internal.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;

/**
 * Where the elements of the diagram on screen are: each node's position (relative to its container),
 * size and place in the diagram, each link's route. After an edit, the elements whose ids persist
 * stay there ({@link DiagramLayout}); only new ones are placed.
 */
public final class ShownPlaces {
    private static final ShownPlaces NONE = new ShownPlaces(Map.of(), Map.of());

    /** {@code [x, y, width, height, absoluteX, absoluteY]} per node id. */
    private final Map<String, double[]> nodes;
    private final Map<String, Route> routes;

    /** A link's bend points and its whole route (the {@code route} argument), in diagram coordinates. */
    record Route(List<GPoint> bends, String route) {
    }

    private ShownPlaces(Map<String, double[]> nodes, Map<String, Route> routes) {
        this.nodes = nodes;
        this.routes = routes;
    }

    /** Nothing shown yet: the diagram is laid out whole. */
    public static ShownPlaces none() {
        return NONE;
    }

    /** The places of a laid-out diagram (the session's current model). */
    public static ShownPlaces of(GModelElement root) {
        if (root == null || root.getChildren().isEmpty()) {
            return NONE;
        }
        Map<String, double[]> nodes = new HashMap<>();
        Map<String, Route> routes = new HashMap<>();
        collect(root, nodes, routes);
        return nodes.isEmpty() ? NONE : new ShownPlaces(nodes, routes);
    }

    private static void collect(GModelElement parent, Map<String, double[]> nodes, Map<String, Route> routes) {
        for (GModelElement child : parent.getChildren()) {
            if (child instanceof GNode node && node.getPosition() != null && node.getSize() != null) {
                GPoint absolute = GraphPositions.absolute(node);
                nodes.put(node.getId(), new double[] {node.getPosition().getX(), node.getPosition().getY(),
                        node.getSize().getWidth(), node.getSize().getHeight(), absolute.getX(), absolute.getY()});
                collect(node, nodes, routes);
            } else if (child instanceof GEdge edge) {
                routes.put(edge.getId(), new Route(edge.getRoutingPoints().stream().map(p -> GraphUtil.point(p.getX(), p.getY())).toList(),
                        edge.getArgs().get(GraphPositions.ROUTE_ARG) instanceof String route ? route : null));
            }
        }
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    double[] node(String id) {
        return nodes.get(id);
    }

    boolean has(String id) {
        return nodes.containsKey(id);
    }

    Route route(String id) {
        return routes.get(id);
    }
}
