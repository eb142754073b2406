package org.maillage.diagram.internal.glsp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.maillage.diagram.DiagramKind;
import org.maillage.diagram.internal.graph.ElementTypes;

import com.google.inject.Inject;

/**
 * The element types of a Maillage diagram and what the client may do with them: move and resize
 * every node; drop actors in territories and functions in actions; draw conventions between
 * actors, parties to conventions and roles from actors to functions. Layout is the server's.
 */
public class DiagramTypes extends BaseDiagramConfiguration {
    public static final List<String> ROLE_LETTERS = List.of("A", "R", "S", "C", "I");

    @Inject
    private DiagramKind kind;

    @Override
    public String getDiagramType() {
        return kind.diagramType();
    }

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> mappings = new HashMap<>(DefaultTypes.getDefaultTypeMappings());
        for (String node : List.of(ElementTypes.TERRITORY, ElementTypes.ACTOR, ElementTypes.CONVENTION, ElementTypes.ACTION,
                ElementTypes.FUNCTION, ElementTypes.NOTICE)) {
            mappings.put(node, GraphPackage.Literals.GNODE);
        }
        for (String edge : List.of(ElementTypes.PARTY, ElementTypes.DELEGATION, ElementTypes.OVERLAP, ElementTypes.ROLE,
                ElementTypes.NEW_CONVENTION)) {
            mappings.put(edge, GraphPackage.Literals.GEDGE);
        }
        for (String label : List.of(ElementTypes.HEADING, ElementTypes.TITLE, ElementTypes.EDGE_LABEL)) {
            mappings.put(label, GraphPackage.Literals.GLABEL);
        }
        return mappings;
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        return switch (kind) {
            case MAP -> List.of(new ShapeTypeHint(ElementTypes.TERRITORY, true, true, true, false,
                    List.of(ElementTypes.TERRITORY, ElementTypes.ACTOR)), shape(ElementTypes.ACTOR), shape(ElementTypes.CONVENTION));
            case WHO_DOES_WHAT -> List.of(shape(ElementTypes.ACTOR), new ShapeTypeHint(ElementTypes.ACTION, true, true, true, false,
                    List.of(ElementTypes.FUNCTION)), shape(ElementTypes.FUNCTION));
        };
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        return switch (kind) {
            case MAP -> List.of(edge(ElementTypes.NEW_CONVENTION, ElementTypes.ACTOR, ElementTypes.ACTOR),
                    edge(ElementTypes.PARTY, ElementTypes.ACTOR, ElementTypes.CONVENTION),
                    new EdgeTypeHint(ElementTypes.DELEGATION, false, false, false, List.of(ElementTypes.ACTOR), List.of(ElementTypes.ACTOR)),
                    edge(ElementTypes.OVERLAP, ElementTypes.TERRITORY, ElementTypes.TERRITORY));
            case WHO_DOES_WHAT -> ROLE_LETTERS.stream()
                    .map(letter -> edge(ElementTypes.roleEdge(letter), ElementTypes.ACTOR, ElementTypes.FUNCTION)).toList();
        };
    }

    @Override
    public ServerLayoutKind getLayoutKind() {
        return ServerLayoutKind.MANUAL;
    }

    @Override
    public boolean needsClientLayout() {
        return false;
    }

    /** A new layout replaces the old one at once: morphing between two ELK layouts only blurs what changed. */
    @Override
    public boolean animatedUpdate() {
        return false;
    }

    private static ShapeTypeHint shape(String type) {
        return new ShapeTypeHint(type, true, true, true, false);
    }

    private static EdgeTypeHint edge(String type, String source, String target) {
        return new EdgeTypeHint(type, true, true, false, List.of(source), List.of(target));
    }
}
