package org.maillage.diagram.internal.graph;

/** GModel element types shared by the server, the SVG writer and the client's views. */
public final class ElementTypes {
    public static final String TERRITORY = "node:territory";
    public static final String ACTOR = "node:actor";
    public static final String CONVENTION = "node:convention";
    public static final String ACTION = "node:action";
    public static final String FUNCTION = "node:function";
    public static final String PARTY = "edge:party";
    public static final String DELEGATION = "edge:delegation";
    public static final String OVERLAP = "edge:overlap";
    public static final String ROLE = "edge:role";
    /** Creating this edge between two actors creates a convention between them. */
    public static final String NEW_CONVENTION = "edge:convention";
    /** A message in place of a diagram too large to draw. */
    public static final String NOTICE = "node:notice";
    public static final String HEADING = "label:heading";
    public static final String TITLE = "label:title";
    public static final String EDGE_LABEL = "label:edge";

    /** Edge types that assign a role, one per letter: {@code edge:role:A}. */
    public static String roleEdge(String letter) {
        return ROLE + ":" + letter;
    }

    private ElementTypes() {
    }
}
