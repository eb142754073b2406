package org.maillage.diagram.internal.graph;

import java.util.List;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GEdgePlacement;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GraphFactory;
import org.eclipse.glsp.graph.util.GraphUtil;

/**
 * Makes the diagram's nodes, labels and edges with their sizes and label positions computed
 * here, once, for the client and the SVG writer alike: a node shows its name as a heading and
 * its title wrapped below it. The wrapped lines travel in the title label's {@code lines}
 * argument; the label's text stays the whole title, which is what a label edit changes.
 */
public final class Shapes {
    public static final double PADDING = 10;
    public static final double MIN_WIDTH = 120;
    public static final String LINES_ARG = "lines";
    public static final String KIND_ARG = "kind";

    private static final GraphFactory FACTORY = GraphFactory.eINSTANCE;

    /** A node sized to its texts; a container's children go below {@link #headerHeight}. */
    public static GNode node(String type, String id, String heading, String title, String kind) {
        GNode node = FACTORY.createGNode();
        node.setType(type);
        node.setId(id);
        if (kind != null) {
            node.getArgs().put(KIND_ARG, kind);
        }
        List<String> lines = TextWrap.lines(title);
        double width = Math.max(MIN_WIDTH, Math.max(TextWrap.width(heading) * 1.25, TextWrap.widest(lines)) + 2 * PADDING);
        node.getChildren().add(label(ElementTypes.HEADING, id + ElementIds.HEADING_SUFFIX, heading, PADDING, PADDING));
        GLabel titleLabel = label(ElementTypes.TITLE, id + ElementIds.TITLE_SUFFIX, title, PADDING,
                PADDING + TextWrap.LINE_HEIGHT + 4);
        titleLabel.getArgs().put(LINES_ARG, String.join("\n", lines));
        titleLabel.setSize(GraphUtil.dimension(TextWrap.widest(lines), lines.size() * TextWrap.LINE_HEIGHT));
        node.getChildren().add(titleLabel);
        node.setSize(GraphUtil.dimension(width, headerHeight(lines.size())));
        node.setPosition(GraphUtil.point(0, 0));
        return node;
    }

    /** Height of a node's heading and title of {@code titleLines} lines, padding included. */
    public static double headerHeight(int titleLines) {
        return 2 * PADDING + TextWrap.LINE_HEIGHT + 4 + titleLines * TextWrap.LINE_HEIGHT;
    }

    public static double headerHeight(GNode node) {
        return titleLines(node).size() == 0 ? headerHeight(1) : headerHeight(titleLines(node).size());
    }

    public static List<String> titleLines(GNode node) {
        return node.getChildren().stream().filter(GLabel.class::isInstance).map(GLabel.class::cast)
                .filter(l -> ElementTypes.TITLE.equals(l.getType())).findFirst()
                .map(l -> List.of(String.valueOf(l.getArgs().containsKey(LINES_ARG) ? l.getArgs().get(LINES_ARG) : l.getText())
                        .split("\n")))
                .orElse(List.of());
    }

    public static GLabel label(String type, String id, String text, double x, double y) {
        GLabel label = FACTORY.createGLabel();
        label.setType(type);
        label.setId(id);
        label.setText(text);
        label.setPosition(GraphUtil.point(x, y));
        label.setSize(GraphUtil.dimension(TextWrap.width(text), TextWrap.LINE_HEIGHT));
        return label;
    }

    public static GEdge edge(String type, String id, GModelElement source, GModelElement target, String text) {
        GEdge edge = FACTORY.createGEdge();
        edge.setType(type);
        edge.setId(id);
        edge.setSourceId(source.getId());
        edge.setTargetId(target.getId());
        edge.getCssClasses().add("mg-edge");
        edge.getCssClasses().add(kindClass(type));
        if (text != null && !text.isEmpty()) {
            GLabel label = label(ElementTypes.EDGE_LABEL, id + "#label", text, 0, 0);
            label.getCssClasses().add("mg-edge-label");
            GEdgePlacement placement = FACTORY.createGEdgePlacement();
            placement.setPosition(0.5);
            placement.setOffset(4.0);
            placement.setSide("on");
            placement.setRotate(false);
            label.setEdgePlacement(placement);
            edge.getChildren().add(label);
        }
        return edge;
    }

    /** The CSS class of a node or link type: {@code node:actor} → {@code mg-actor}, {@code edge:role:A} → {@code mg-role}. */
    public static String kindClass(String type) {
        String[] parts = type.split(":");
        return "mg-" + (parts.length > 1 ? parts[1] : parts[0]);
    }

    public static String edgeText(GEdge edge) {
        return edge.getChildren().stream().filter(GLabel.class::isInstance).map(c -> ((GLabel) c).getText())
                .findFirst().orElse("");
    }

    private Shapes() {
    }
}
