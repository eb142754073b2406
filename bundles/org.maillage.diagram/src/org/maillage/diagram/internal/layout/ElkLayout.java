package org.maillage.diagram.internal.layout;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.maillage.diagram.internal.graph.Shapes;

/**
 * Lays a diagram out with ELK's layered algorithm: leaf nodes keep the size of their texts,
 * containers (territories, actions) grow around their children below their heading. Positions,
 * container sizes, the links' bend points and their labels' places are written back into the GModel.
 * <p>
 * Up to {@link #HIERARCHICAL_LIMIT} nodes, the whole hierarchy is laid out at once and ELK routes
 * the links that cross containers. Beyond, that costs seconds (4.5 s for 1,000 nodes and 3,000
 * links, measured by {@code DiagramLayoutBenchmark}): each container is then laid out on its own,
 * a link crossing containers counts for the order of their outermost distinct containers, and is
 * drawn straight.
 */
public final class ElkLayout {
    private static final double SPACING = 30;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private final Map<GNode, ElkNode> nodes = new HashMap<>();
    private final Map<String, ElkNode> byId = new HashMap<>();
    private final Map<GEdge, ElkEdge> edges = new HashMap<>();
    private final java.util.Set<List<ElkNode>> proxies = new java.util.HashSet<>();
    private boolean hierarchical;

    /** The largest diagram laid out over its whole hierarchy at once. */
    static final int HIERARCHICAL_LIMIT = 300;

    public static void layout(GGraph graph) {
        new ElkLayout().run(graph);
    }

    private void run(GGraph graph) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        hierarchical = count(graph) <= HIERARCHICAL_LIMIT;
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, handling());
        root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, SPACING * 2);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, SPACING);
        root.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
        if (!hierarchical) {
            // Large diagrams: fewer crossing-minimisation sweeps, no greedy switch, simple node placement.
            root.setProperty(LayeredOptions.THOROUGHNESS, 1);
            root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.OFF);
            root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
            root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        }
        addChildren(graph, root);
        graph.getChildren().stream().filter(GEdge.class::isInstance).map(GEdge.class::cast).forEach(this::addEdge);
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        nodes.forEach(GraphPositions::applyNode);
        edges.forEach(GraphPositions::applyEdge);
    }

    private void addChildren(GModelElement parent, ElkNode elkParent) {
        for (GModelElement child : parent.getChildren()) {
            if (child instanceof GNode node) {
                ElkNode elk = ElkGraphUtil.createNode(elkParent);
                elk.setIdentifier(node.getId());
                elk.setDimensions(node.getSize().getWidth(), node.getSize().getHeight());
                boolean container = node.getChildren().stream().anyMatch(GNode.class::isInstance);
                if (container) {
                    elk.setProperty(CoreOptions.HIERARCHY_HANDLING, handling());
                    elk.setProperty(CoreOptions.PADDING, new ElkPadding(Shapes.headerHeight(node) + 8, 14, 14, 14));
                    elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
                    elk.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(node.getSize().getWidth(), node.getSize().getHeight()));
                    addChildren(node, elk);
                }
                nodes.put(node, elk);
                byId.put(node.getId(), elk);
            }
        }
    }

    private void addEdge(GEdge edge) {
        ElkNode source = byId.get(edge.getSourceId());
        ElkNode target = byId.get(edge.getTargetId());
        if (source == null || target == null) {
            return;
        }
        if (!hierarchical && source.getParent() != target.getParent()) {
            proxy(source, target);
            return;
        }
        ElkEdge elk = ElkGraphUtil.createSimpleEdge(source, target);
        elk.setIdentifier(edge.getId());
        for (GModelElement child : edge.getChildren()) {
            if (child instanceof GLabel label) {
                ElkLabel elkLabel = ElkGraphUtil.createLabel(label.getText(), elk);
                elkLabel.setDimensions(label.getSize().getWidth(), label.getSize().getHeight());
            }
        }
        ElkGraphUtil.updateContainment(elk);
        edges.put(edge, elk);
    }

    private HierarchyHandling handling() {
        return hierarchical ? HierarchyHandling.INCLUDE_CHILDREN : HierarchyHandling.SEPARATE_CHILDREN;
    }

    /** Orders the two distinct containers (or nodes) under the lowest common one, once per pair. */
    private void proxy(ElkNode source, ElkNode target) {
        List<ElkNode> sourcePath = path(source);
        List<ElkNode> targetPath = path(target);
        int common = 0;
        while (common < sourcePath.size() && common < targetPath.size() && sourcePath.get(common) == targetPath.get(common)) {
            common++;
        }
        if (common >= sourcePath.size() || common >= targetPath.size()) {
            return;
        }
        ElkNode from = sourcePath.get(common);
        ElkNode to = targetPath.get(common);
        if (proxies.add(List.of(from, to))) {
            ElkGraphUtil.updateContainment(ElkGraphUtil.createSimpleEdge(from, to));
        }
    }

    /** The nodes from the root's child down to {@code node}. */
    private static List<ElkNode> path(ElkNode node) {
        java.util.LinkedList<ElkNode> path = new java.util.LinkedList<>();
        for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
            path.addFirst(n);
        }
        return path;
    }

    private static int count(GModelElement element) {
        int own = element instanceof GNode ? 1 : 0;
        return own + element.getChildren().stream().mapToInt(ElkLayout::count).sum();
    }
}
