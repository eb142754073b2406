package org.maillage.diagram.internal.svg;

import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GIssue;
import org.eclipse.glsp.graph.GIssueMarker;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.maillage.diagram.internal.graph.ElementTypes;
import org.maillage.diagram.internal.graph.Shapes;
import org.maillage.diagram.internal.graph.TextWrap;
import org.maillage.diagram.internal.layout.GraphPositions;
import org.maillage.generator.Markup;

/**
 * A laid-out diagram as a standalone SVG picture styled like the client: the title on top, the
 * nodes with their whole titles wrapped, the links with their labels, the findings as markers
 * whose tooltip gives code and message, and a legend when roles are shown. User text is always
 * escaped; the picture holds no script and no external reference.
 */
public final class SvgWriter {
    private static final double TOP = 44;
    private static final double LEGEND = 34;
    private static final int TITLE_CHARS = 240;

    private final StringBuilder out = new StringBuilder(16_384);
    private final GGraph graph;
    private final Map<String, GModelElement> ids;

    private SvgWriter(GGraph graph) {
        this.graph = graph;
        this.ids = SvgGeometry.ids(graph);
    }

    /** {@code legend}: the role names in the order A, R, S, C, I, or empty for no legend. */
    public static String write(GGraph graph, String title, List<String> legend) {
        return new SvgWriter(graph).svg(title, legend);
    }

    private String svg(String title, List<String> legend) {
        double[] extent = SvgGeometry.extent(graph, ids);
        double width = Math.max(extent[0] + 20, TextWrap.width(TextWrap.shorten(title, TITLE_CHARS)) * 1.1 + 40);
        double height = extent[1] + 20 + TOP + (legend.isEmpty() ? 0 : LEGEND);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"mg-diagram\"")
                .append(" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" role=\"img\" aria-label=\"").append(Markup.escape(title)).append("\">\n<title>")
                .append(Markup.escape(title)).append("</title>\n<style>\n").append(DiagramStyle.css()).append("</style>\n")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" ")
                .append("markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#66788a\"/>")
                .append("</marker></defs>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("<text class=\"mg-heading\" x=\"20\" y=\"28\">").append(Markup.escape(TextWrap.shorten(title, TITLE_CHARS)))
                .append("</text>\n<g transform=\"translate(0,").append(n(TOP)).append(")\">\n");
        graph.getChildren().stream().filter(GNode.class::isInstance).forEach(c -> node((GNode) c));
        graph.getChildren().stream().filter(GEdge.class::isInstance).forEach(c -> edge((GEdge) c));
        out.append("</g>\n");
        legend(legend, height - LEGEND + 8);
        return out.append("</svg>\n").toString();
    }

    private void node(GNode node) {
        double w = node.getSize().getWidth();
        double h = node.getSize().getHeight();
        out.append("<g class=\"mg-node ").append(Shapes.kindClass(node.getType())).append("\" transform=\"translate(")
                .append(n(node.getPosition().getX())).append(',').append(n(node.getPosition().getY())).append(")\">")
                .append(SvgGeometry.shape(node.getType(), w, h)).append('\n');
        for (GModelElement child : node.getChildren()) {
            if (child instanceof GLabel label && ElementTypes.HEADING.equals(label.getType())) {
                text("mg-heading", label.getPosition(), List.of(label.getText()));
            } else if (child instanceof GLabel label && ElementTypes.TITLE.equals(label.getType())) {
                text("mg-title", label.getPosition(), Shapes.titleLines(node));
            } else if (child instanceof GIssueMarker marker) {
                marker(marker);
            }
        }
        node.getChildren().stream().filter(GNode.class::isInstance).forEach(c -> node((GNode) c));
        out.append("</g>\n");
    }

    private void text(String cssClass, GPoint at, List<String> lines) {
        out.append("<text class=\"").append(cssClass).append("\" x=\"").append(n(at.getX())).append("\" y=\"")
                .append(n(at.getY() + 12)).append("\">");
        for (int i = 0; i < lines.size(); i++) {
            out.append("<tspan x=\"").append(n(at.getX())).append("\" dy=\"").append(i == 0 ? "0" : n(TextWrap.LINE_HEIGHT))
                    .append("\">").append(Markup.escape(lines.get(i))).append("</tspan>");
        }
        out.append("</text>\n");
    }

    private void marker(GIssueMarker marker) {
        String severity = marker.getIssues().stream().map(GIssue::getSeverity)
                .reduce((a, b) -> "error".equals(a) || "error".equals(b) ? "error" : "warning".equals(a) || "warning".equals(b) ? "warning" : a)
                .orElse("info");
        double r = marker.getSize().getWidth() / 2;
        double cx = marker.getPosition().getX() + r;
        double cy = marker.getPosition().getY() + r;
        out.append("<g class=\"mg-marker\"><title>");
        marker.getIssues().forEach(i -> out.append(Markup.escape(i.getMessage())).append('\n'));
        out.append("</title><circle class=\"mg-marker-").append(severity).append("\" cx=\"").append(n(cx)).append("\" cy=\"")
                .append(n(cy)).append("\" r=\"").append(n(r)).append("\"/><text class=\"mg-marker-text\" x=\"").append(n(cx - 2))
                .append("\" y=\"").append(n(cy + 4)).append("\">!</text></g>\n");
    }

    private void edge(GEdge edge) {
        List<double[]> points = SvgGeometry.route(ids, edge);
        if (points.size() < 2) {
            return;
        }
        StringBuilder d = new StringBuilder();
        for (double[] p : points) {
            d.append(d.length() == 0 ? "M" : " L").append(n(p[0])).append(',').append(n(p[1]));
        }
        String classes = String.join(" ", edge.getCssClasses());
        boolean arrow = !ElementTypes.OVERLAP.equals(edge.getType()) && !ElementTypes.PARTY.equals(edge.getType());
        out.append("<path class=\"").append(Markup.escape(classes)).append("\" d=\"").append(d).append('"')
                .append(arrow ? " marker-end=\"url(#arrow)\"" : "").append("/>\n");
        String text = Shapes.edgeText(edge);
        if (!text.isEmpty()) {
            double[] at = SvgGeometry.labelPosition(edge, points);
            String roleClass = edge.getCssClasses().stream().filter(c -> c.startsWith("role-")).findFirst().orElse("");
            out.append("<rect class=\"mg-edge-label-back\" x=\"").append(n(at[0] - 2)).append("\" y=\"").append(n(at[1] - 1))
                    .append("\" width=\"").append(n(TextWrap.width(text) + 4)).append("\" height=\"")
                    .append(n(TextWrap.LINE_HEIGHT + 2)).append("\"/>");
            out.append("<text class=\"mg-edge-label").append(roleClass.isEmpty() ? "" : " " + roleClass).append("\" x=\"").append(n(at[0])).append("\" y=\"")
                    .append(n(at[1] + 12)).append("\">").append(Markup.escape(text)).append("</text>\n");
        }
    }

    private void legend(List<String> legend, double y) {
        double x = 20;
        String[] letters = {"A", "R", "S", "C", "I"};
        for (int i = 0; i < legend.size() && i < letters.length; i++) {
            out.append("<line class=\"mg-edge role-").append(letters[i]).append("\" x1=\"").append(n(x)).append("\" y1=\"")
                    .append(n(y + 6)).append("\" x2=\"").append(n(x + 24)).append("\" y2=\"").append(n(y + 6)).append("\"/>")
                    .append("<text class=\"mg-legend\" x=\"").append(n(x + 30)).append("\" y=\"").append(n(y + 10)).append("\">")
                    .append(Markup.escape(legend.get(i))).append("</text>\n");
            x += 40 + TextWrap.width(legend.get(i));
        }
    }

    static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static double[] abs(GModelElement element) {
        GPoint p = GraphPositions.absolute(element);
        return new double[] {p.getX(), p.getY()};
    }
}
