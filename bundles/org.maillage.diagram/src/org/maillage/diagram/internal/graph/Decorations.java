package org.maillage.diagram.internal.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GIssue;
import org.eclipse.glsp.graph.GIssueMarker;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GraphFactory;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.FunctionAssignment;
import org.maillage.model.coop.Territory;
import org.maillage.model.validation.Finding;

/**
 * Puts each finding of the rule catalogue on the node of the element it is about, or of the
 * nearest element containing it that the diagram shows (an entry's finding on its function in
 * the action, a commitment's on its convention): an issue marker listing code and message.
 */
final class Decorations {
    static final String MARKER_TYPE = "marker";
    static final double MARKER_SIZE = 18;

    static void apply(GModelElement root, List<Finding> findings) {
        Map<String, GNode> nodes = new HashMap<>();
        index(root, nodes);
        Map<GNode, GIssueMarker> markers = new HashMap<>();
        for (Finding finding : findings) {
            for (EObject e = finding.target(); e != null; e = e.eContainer()) {
                Optional<GNode> node = idOf(e).map(nodes::get);
                if (node.isPresent()) {
                    GIssueMarker marker = markers.computeIfAbsent(node.get(), Decorations::marker);
                    GIssue issue = GraphFactory.eINSTANCE.createGIssue();
                    issue.setSeverity(finding.severity().word());
                    issue.setMessage(finding.message() + " [" + finding.code() + "]");
                    marker.getIssues().add(issue);
                    break;
                }
            }
        }
    }

    private static GIssueMarker marker(GNode node) {
        GIssueMarker marker = GraphFactory.eINSTANCE.createGIssueMarker();
        marker.setType(MARKER_TYPE);
        marker.setId(node.getId() + "#marker");
        marker.setPosition(GraphUtil.point(node.getSize().getWidth() - MARKER_SIZE - 2, 2));
        marker.setSize(GraphUtil.dimension(MARKER_SIZE, MARKER_SIZE));
        node.getChildren().add(marker);
        return marker;
    }

    private static Optional<String> idOf(EObject e) {
        if (e instanceof Actor a) {
            return Optional.of(ElementIds.of("actor", a.getName()));
        } else if (e instanceof Territory t) {
            return Optional.of(ElementIds.of("territory", t.getName()));
        } else if (e instanceof Convention c) {
            return Optional.of(ElementIds.of("convention", c.getName()));
        } else if (e instanceof Action a) {
            return Optional.of(ElementIds.of("action", a.getName()));
        } else if (e instanceof FunctionAssignment entry && entry.eContainer() instanceof Action action
                && entry.getFunction() != null && !entry.getFunction().eIsProxy()) {
            return Optional.of(ElementIds.of("function", action.getName(), entry.getFunction().getName()));
        }
        return Optional.empty();
    }

    private static void index(GModelElement element, Map<String, GNode> nodes) {
        if (element instanceof GNode node) {
            nodes.put(node.getId(), node);
        }
        element.getChildren().forEach(child -> index(child, nodes));
    }

    private Decorations() {
    }
}
