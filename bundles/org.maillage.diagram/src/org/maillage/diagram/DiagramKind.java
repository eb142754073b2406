package org.maillage.diagram;

import java.util.Arrays;
import java.util.Optional;

/** The two diagrams of a plan, each a GLSP diagram type and a file suffix of the generator. */
public enum DiagramKind {
    /** Carte de coopération: territories, the actors in them, conventions and delegations. */
    MAP("maillage-map", "map"),
    /** Qui fait quoi: the plan's actions, their functions and the actors' roles. */
    WHO_DOES_WHAT("maillage-who-does-what", "who-does-what");

    private final String diagramType;
    private final String fileSuffix;

    DiagramKind(String diagramType, String fileSuffix) {
        this.diagramType = diagramType;
        this.fileSuffix = fileSuffix;
    }

    /** The GLSP diagram type the client asks for. */
    public String diagramType() {
        return diagramType;
    }

    /** {@code <planId>-<suffix>.svg}, and the key of this diagram in a layout sidecar. */
    public String fileSuffix() {
        return fileSuffix;
    }

    public static Optional<DiagramKind> ofDiagramType(String type) {
        return Arrays.stream(values()).filter(k -> k.diagramType.equals(type)).findFirst();
    }
}
