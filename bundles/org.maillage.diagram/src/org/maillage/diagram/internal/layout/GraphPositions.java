package org.maillage.diagram.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.glsp.graph.GBoundsAware;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GIssueMarker;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;

/**
 * Writes positions into the GModel. A node's position is relative to its parent, as in ELK and
 * in the client. A link's route is kept whole, in diagram coordinates, in its {@code route}
 * argument ("x,y x,y …", for the SVG writer); its bend points are its routing points (the client
 * computes the ends itself).
 */
public final class GraphPositions {
    public static final String ROUTE_ARG = "route";

    static void applyNode(GNode node, ElkNode elk) {
        node.setPosition(GraphUtil.point(elk.getX(), elk.getY()));
        setSize(node, elk.getWidth(), elk.getHeight());
    }

    /** Sets a node's size and keeps its issue marker in its top-right corner. */
    public static void setSize(GNode node, double width, double height) {
        node.setSize(GraphUtil.dimension(width, height));
        for (GModelElement child : node.getChildren()) {
            if (child instanceof GIssueMarker marker) {
                marker.setPosition(GraphUtil.point(width - marker.getSize().getWidth() - 2, 2));
            }
        }
    }

    static void applyEdge(GEdge edge, ElkEdge elk) {
        edge.getRoutingPoints().clear();
        edge.getArgs().remove(ROUTE_ARG);
        if (elk.getSections().isEmpty()) {
            return;
        }
        double[] origin = absolute(elk.getContainingNode());
        ElkEdgeSection section = elk.getSections().get(0);
        List<String> route = new ArrayList<>();
        route.add(format(origin[0] + section.getStartX(), origin[1] + section.getStartY()));
        section.getBendPoints().forEach(b -> {
            edge.getRoutingPoints().add(GraphUtil.point(origin[0] + b.getX(), origin[1] + b.getY()));
            route.add(format(origin[0] + b.getX(), origin[1] + b.getY()));
        });
        route.add(format(origin[0] + section.getEndX(), origin[1] + section.getEndY()));
        edge.getArgs().put(ROUTE_ARG, String.join(" ", route));
        int i = 0;
        for (GModelElement child : edge.getChildren()) {
            if (child instanceof GLabel label && i < elk.getLabels().size()) {
                ElkLabel elkLabel = elk.getLabels().get(i++);
                label.setPosition(GraphUtil.point(origin[0] + elkLabel.getX(), origin[1] + elkLabel.getY()));
            }
        }
    }

    /** Forgets a link's computed route (one of its ends moved): it is drawn straight. */
    public static void clearRoute(GEdge edge) {
        edge.getRoutingPoints().clear();
        edge.getArgs().remove(ROUTE_ARG);
    }

    /** The position of an element in diagram coordinates. */
    public static GPoint absolute(GModelElement element) {
        double x = 0;
        double y = 0;
        for (GModelElement e = element; e != null; e = e.getParent()) {
            if (e instanceof GBoundsAware bounds && bounds.getPosition() != null && e.getParent() != null) {
                x += bounds.getPosition().getX();
                y += bounds.getPosition().getY();
            }
        }
        return GraphUtil.point(x, y);
    }

    private static double[] absolute(ElkNode node) {
        double x = 0;
        double y = 0;
        for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
            x += n.getX();
            y += n.getY();
        }
        return new double[] {x, y};
    }

    private static String format(double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
    }

    private GraphPositions() {
    }
}
