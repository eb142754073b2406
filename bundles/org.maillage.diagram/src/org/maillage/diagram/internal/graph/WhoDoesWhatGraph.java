package org.maillage.diagram.internal.graph;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GNode;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Role;
import org.maillage.model.services.ModelLabels;
import org.maillage.model.services.Raci;

/**
 * Qui fait quoi of a plan: each action a container of its functions, the actors beside them,
 * one link per actor and function labelled with the actor's role letters (A, R, S, C, I order)
 * and coloured by the first of them, as in the RACI matrix. Functions just created from the
 * palette and not yet given a role ({@code pending}) are shown in their action too. With a
 * {@link DiagramFilter}, only the actions it keeps, with the roles (and actors) it keeps.
 */
final class WhoDoesWhatGraph {
    private final Plan plan;
    private final Locale locale;
    private final GGraph graph;
    private final Set<String> pending;
    private final DiagramFilter filter;
    private final Map<Actor, GNode> actors = new HashMap<>();

    WhoDoesWhatGraph(Plan plan, Locale locale, GGraph graph, Set<String> pending, DiagramFilter filter) {
        this.plan = plan;
        this.locale = locale;
        this.graph = graph;
        this.pending = pending;
        this.filter = filter;
    }

    void build() {
        if (filter == null) {
            PlanScope.of(plan).actors().forEach(this::actorNode);
        }
        for (Action action : plan.getActions()) {
            if (filter != null && !filter.keeps(action)) {
                continue;
            }
            Map<Function, Map<Actor, Set<Role>>> cells = Raci.cells(action);
            if (filter != null && filter.kind() == DiagramFilter.Kind.ACTOR
                    && cells.values().stream().noneMatch(row -> row.keySet().stream().anyMatch(filter::keeps))) {
                continue;
            }
            GNode container = Shapes.node(ElementTypes.ACTION, ElementIds.of("action", action.getName()), action.getName(),
                    MapGraph.titleOf(action.getTitle()), action.getTheme());
            graph.getChildren().add(container);
            Map<String, GNode> functions = new HashMap<>();
            for (Map.Entry<Function, Map<Actor, Set<Role>>> row : cells.entrySet()) {
                Function function = row.getKey();
                if (function == null || function.eIsProxy() || function.getName() == null
                        || filter != null && row.getValue().keySet().stream().noneMatch(filter::keeps)) {
                    continue;
                }
                GNode node = functions.computeIfAbsent(function.getName(), n -> functionNode(container, action, function));
                row.getValue().forEach((actor, roles) -> {
                    if (filter == null || filter.keeps(actor)) {
                        roleEdge(action, function, actor, roles, node);
                    }
                });
            }
            plan.eResource().getResourceSet().getResources().stream()
                    .flatMap(r -> r.getContents().stream())
                    .filter(CoopFile.class::isInstance)
                    .flatMap(f -> ((CoopFile) f).getFunctions().stream())
                    .filter(f -> pending.contains(ElementIds.of("function", action.getName(), f.getName()))
                            && !functions.containsKey(f.getName()))
                    .forEach(f -> functions.put(f.getName(), functionNode(container, action, f)));
        }
    }

    /** The actor's node: every actor of the plan's scope first, or, filtered, those with a role shown. */
    private GNode actorNode(Actor actor) {
        return actors.computeIfAbsent(actor, a -> {
            GNode node = Shapes.node(ElementTypes.ACTOR, ElementIds.of("actor", a.getName()), a.getName(),
                    MapGraph.titleOf(a.getTitle()), ModelLabels.enumLabel(a.getKind(), locale));
            graph.getChildren().add(node);
            return node;
        });
    }

    private GNode functionNode(GNode container, Action action, Function function) {
        String level = function.eIsSet(CoopPackage.Literals.FUNCTION__LEVEL) ? ModelLabels.enumLabel(function.getLevel(), locale) : null;
        GNode node = Shapes.node(ElementTypes.FUNCTION, ElementIds.of("function", action.getName(), function.getName()),
                function.getName(), MapGraph.titleOf(function.getTitle()), level);
        container.getChildren().add(node);
        return node;
    }

    private void roleEdge(Action action, Function function, Actor actor, Set<Role> roles, GNode functionNode) {
        GNode actorNode = filter == null ? actors.get(actor) : actorNode(actor);
        if (actorNode == null) {
            return;
        }
        GEdge edge = Shapes.edge(ElementTypes.ROLE, ElementIds.of("role", action.getName(), function.getName(), actor.getName()),
                actorNode, functionNode, Raci.cell(roles));
        Raci.CELL_ORDER.stream().filter(roles::contains).findFirst()
                .ifPresent(first -> {
                    edge.getCssClasses().add("role-" + first.getLiteral());
                    edge.getChildren().forEach(label -> label.getCssClasses().add("role-" + first.getLiteral()));
                });
        graph.getChildren().add(edge);
    }
}
