package org.maillage.diagram.internal.layout;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
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
 * Lays a diagram out with ELK's layered algorithm over the whole hierarchy at once (territories
 * and actions are containers; links cross them): leaf nodes keep the size of their texts,
 * containers grow around their children below their heading. Positions, container sizes, the
 * links' bend points and their labels' places are written back into the GModel.
 */
public final class ElkLayout {
    private static final double SPACING = 30;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private final Map<GNode, ElkNode> nodes = new HashMap<>();
    private final Map<String, ElkNode> byId = new HashMap<>();
    private final Map<GEdge, ElkEdge> edges = new HashMap<>();

    public static void layout(GGraph graph) {
        new ElkLayout().run(graph);
    }

    private void run(GGraph graph) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, SPACING * 2);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, SPACING);
        root.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
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
                    elk.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
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
}
