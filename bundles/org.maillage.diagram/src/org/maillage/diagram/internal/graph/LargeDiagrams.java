package org.maillage.diagram.internal.graph;

import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.maillage.diagram.DiagramKind;
import org.maillage.diagram.internal.DiagramText;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Plan;

/**
 * Diagrams too large to draw in the editor: beyond {@link #limit()} nodes (300 by default;
 * {@code -Dmaillage.diagram.maxNodes=N} changes it) the
 * editor shows a message saying so, and the who-does-what diagram offers its parts: one action, one
 * actor, one theme. The candidates for the client's filter travel in the graph's arguments.
 */
public final class LargeDiagrams {
    /**
     * The first plan of PlanGenerator's M file (50 actions, 316 nodes) was never drawn within 10 minutes
     * in headless Chromium (ClientEndToEndTest) nor in WebKitGTK (issue #16); 300 nodes is also where
     * ELK stops laying the hierarchy out at once.
     */
    public static final int DEFAULT_LIMIT = 300;
    public static final String FILTER_ARG = "filter";
    public static final String ACTIONS_ARG = "actions";
    public static final String ACTORS_ARG = "actors";
    public static final String THEMES_ARG = "themes";

    public static int limit() {
        return Integer.getInteger("maillage.diagram.maxNodes", DEFAULT_LIMIT);
    }

    public static int nodes(GModelElement element) {
        int own = element instanceof GNode ? 1 : 0;
        return own + element.getChildren().stream().mapToInt(LargeDiagrams::nodes).sum();
    }

    /** In place of a diagram of {@code nodes} nodes: a message, what it counts and how to see a part. */
    public static GGraph notice(DiagramKind kind, Plan plan, int nodes, Locale locale) {
        GGraph graph = DiagramGraphs.empty(kind);
        graph.setId(ElementIds.of(kind.fileSuffix(), plan.getName()));
        String key = kind == DiagramKind.WHO_DOES_WHAT ? "notice.tooLarge" : "notice.tooLargeMap";
        GNode notice = Shapes.node(ElementTypes.NOTICE, "notice:tooLarge", DiagramText.get(locale, "notice.heading"),
                DiagramText.get(locale, key, plan.getActions().size(), nodes, limit()), null);
        notice.setPosition(org.eclipse.glsp.graph.util.GraphUtil.point(20, 20));
        graph.getChildren().add(notice);
        return graph;
    }

    /** The names the client offers as filters (one per line), and the filter applied. */
    public static void describeFilters(GGraph graph, Plan plan, DiagramFilter filter) {
        graph.getArgs().put(FILTER_ARG, filter == null ? "" : filter.text());
        graph.getArgs().put(ACTIONS_ARG, plan.getActions().stream().map(Action::getName).filter(Objects::nonNull)
                .collect(Collectors.joining("\n")));
        graph.getArgs().put(ACTORS_ARG, PlanScope.of(plan).actors().stream().map(Actor::getName).filter(Objects::nonNull)
                .collect(Collectors.joining("\n")));
        graph.getArgs().put(THEMES_ARG, plan.getActions().stream().map(Action::getTheme).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining("\n")));
    }

    private LargeDiagrams() {
    }
}
