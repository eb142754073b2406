package org.maillage.diagram.internal.svg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GBoundsAware;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.maillage.diagram.internal.graph.ElementTypes;
import org.maillage.diagram.internal.graph.TextWrap;
import org.maillage.diagram.internal.layout.GraphPositions;

/** Shapes per element kind, the diagram's extent and the links' points for the SVG writer. */
final class SvgGeometry {

    /** The outline of a node: territories rounded, actors square-cornered, conventions hexagons, functions pills. */
    static String shape(String type, double w, double h) {
        String size = " width=\"" + SvgWriter.n(w) + "\" height=\"" + SvgWriter.n(h) + "\"";
        return switch (type) {
            case ElementTypes.CONVENTION -> "<polygon class=\"mg-shape\" points=\"12,0 " + SvgWriter.n(w - 12) + ",0 "
                    + SvgWriter.n(w) + "," + SvgWriter.n(h / 2) + " " + SvgWriter.n(w - 12) + "," + SvgWriter.n(h) + " 12,"
                    + SvgWriter.n(h) + " 0," + SvgWriter.n(h / 2) + "\"/>";
            case ElementTypes.TERRITORY -> "<rect class=\"mg-shape\"" + size + " rx=\"16\"/>";
            case ElementTypes.FUNCTION -> "<rect class=\"mg-shape\"" + size + " rx=\"" + SvgWriter.n(Math.min(h / 2, 18)) + "\"/>";
            case ElementTypes.ACTION -> "<rect class=\"mg-shape\"" + size + " rx=\"3\"/>";
            default -> "<rect class=\"mg-shape\"" + size + " rx=\"6\"/>";
        };
    }

    /** Width and height covering every node and link, in diagram coordinates. */
    static double[] extent(GGraph graph, Map<String, GModelElement> ids) {
        double[] extent = {0, 0};
        grow(graph, extent);
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GEdge edge) {
                for (double[] p : route(ids, edge)) {
                    extent[0] = Math.max(extent[0], p[0]);
                    extent[1] = Math.max(extent[1], p[1]);
                }
                for (GModelElement label : edge.getChildren()) {
                    if (label instanceof GLabel l && l.getPosition() != null) {
                        extent[0] = Math.max(extent[0], l.getPosition().getX() + TextWrap.width(l.getText()));
                        extent[1] = Math.max(extent[1], l.getPosition().getY() + TextWrap.LINE_HEIGHT);
                    }
                }
            }
        }
        return extent;
    }

    private static void grow(GModelElement element, double[] extent) {
        for (GModelElement child : element.getChildren()) {
            if (child instanceof GNode node) {
                double[] at = SvgWriter.abs(node);
                extent[0] = Math.max(extent[0], at[0] + node.getSize().getWidth());
                extent[1] = Math.max(extent[1], at[1] + node.getSize().getHeight());
                grow(node, extent);
            }
        }
    }

    /** Every element of the graph by id, so that a link finds its ends without walking the graph. */
    static Map<String, GModelElement> ids(GGraph graph) {
        Map<String, GModelElement> ids = new HashMap<>();
        index(graph, ids);
        return ids;
    }

    private static void index(GModelElement element, Map<String, GModelElement> ids) {
        if (element.getId() != null) {
            ids.putIfAbsent(element.getId(), element);
        }
        element.getChildren().forEach(child -> index(child, ids));
    }

    /**
     * ELK's route when it still holds, otherwise the straight segment between the two shapes'
     * borders; {@code ids} are the graph's elements ({@link #ids}).
     */
    static List<double[]> route(Map<String, GModelElement> ids, GEdge edge) {
        List<double[]> points = new ArrayList<>();
        Object route = edge.getArgs().get(GraphPositions.ROUTE_ARG);
        if (route instanceof String text && !text.isBlank()) {
            for (String pair : text.split(" ")) {
                String[] xy = pair.split(",");
                points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
            }
            return points;
        }
        GModelElement source = ids.get(edge.getSourceId());
        GModelElement target = ids.get(edge.getTargetId());
        if (source instanceof GBoundsAware s && target instanceof GBoundsAware t) {
            double[] sc = centre(source, s);
            double[] tc = centre(target, t);
            points.add(border(source, s, sc, tc));
            points.add(border(target, t, tc, sc));
        }
        return points;
    }

    static double[] labelPosition(GEdge edge, List<double[]> points) {
        for (GModelElement child : edge.getChildren()) {
            if (child instanceof GLabel label && label.getPosition() != null && edge.getArgs().containsKey(GraphPositions.ROUTE_ARG)) {
                return new double[] {label.getPosition().getX(), label.getPosition().getY()};
            }
        }
        double[] a = points.get(points.size() / 2 - (points.size() % 2 == 0 ? 1 : 0));
        double[] b = points.get(points.size() / 2);
        return new double[] {(a[0] + b[0]) / 2 + 4, (a[1] + b[1]) / 2 - TextWrap.LINE_HEIGHT};
    }

    private static double[] centre(GModelElement element, GBoundsAware bounds) {
        double[] at = SvgWriter.abs(element);
        return new double[] {at[0] + bounds.getSize().getWidth() / 2, at[1] + bounds.getSize().getHeight() / 2};
    }

    /** Where the segment from the shape's centre towards {@code to} leaves its bounding box. */
    private static double[] border(GModelElement element, GBoundsAware bounds, double[] from, double[] to) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double hw = bounds.getSize().getWidth() / 2;
        double hh = bounds.getSize().getHeight() / 2;
        if (dx == 0 && dy == 0) {
            return from;
        }
        double scale = Math.min(dx == 0 ? Double.MAX_VALUE : hw / Math.abs(dx), dy == 0 ? Double.MAX_VALUE : hh / Math.abs(dy));
        return new double[] {from[0] + dx * Math.min(scale, 1), from[1] + dy * Math.min(scale, 1)};
    }

    private SvgGeometry() {
    }
}
