package org.maillage.diagram.internal.graph;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GraphFactory;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.maillage.diagram.DiagramKind;
import org.maillage.model.coop.Plan;
import org.maillage.model.validation.Finding;

/** Builds the GModel of one diagram of a plan, decorated with the rule catalogue's findings. */
public final class DiagramGraphs {

    /** The diagram of a file without a plan (or whose plan is gone). */
    public static GGraph empty(DiagramKind kind) {
        GGraph graph = GraphFactory.eINSTANCE.createGGraph();
        graph.setType("graph");
        graph.setId(ElementIds.of(kind.fileSuffix(), "-"));
        graph.setPosition(GraphUtil.point(0, 0));
        return graph;
    }

    public static GGraph build(DiagramKind kind, Plan plan, Locale locale, List<Finding> findings, Set<String> pending) {
        return build(kind, plan, locale, findings, pending, null);
    }

    /** The diagram, or, with a filter, the part of the who-does-what diagram it keeps. */
    public static GGraph build(DiagramKind kind, Plan plan, Locale locale, List<Finding> findings, Set<String> pending,
            DiagramFilter filter) {
        GGraph graph = empty(kind);
        graph.setId(ElementIds.of(kind.fileSuffix(), plan.getName()));
        switch (kind) {
            case MAP -> new MapGraph(plan, locale, graph).build();
            case WHO_DOES_WHAT -> new WhoDoesWhatGraph(plan, locale, graph, pending, filter).build();
        }
        Decorations.apply(graph, findings);
        return graph;
    }

    /** Marks the findings of the rule catalogue on the diagram's elements. */
    public static void decorate(GGraph graph, List<Finding> findings) {
        Decorations.apply(graph, findings);
    }

    private DiagramGraphs() {
    }
}
