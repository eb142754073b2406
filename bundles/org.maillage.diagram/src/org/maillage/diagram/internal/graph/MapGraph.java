package org.maillage.diagram.internal.graph;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Role;
import org.maillage.model.coop.Territory;
import org.maillage.model.services.ModelLabels;
import org.maillage.model.services.Raci;
import org.maillage.model.services.TerritoryNesting;

/**
 * Carte de coopération of a plan: territories as containers nested by {@code within}, actors in
 * the first territory they cover, each convention a node linked to its parties, delegation
 * links from the actor holding A to the one holding R of a function (one link per pair, labelled
 * with the functions), overlaps as dashed links.
 */
final class MapGraph {
    private final Plan plan;
    private final Locale locale;
    private final GGraph graph;
    private final Map<Territory, GNode> territories = new HashMap<>();
    private final Map<Actor, GNode> actors = new HashMap<>();
    private TerritoryNesting nesting;

    MapGraph(Plan plan, Locale locale, GGraph graph) {
        this.plan = plan;
        this.locale = locale;
        this.graph = graph;
    }

    void build() {
        PlanScope scope = PlanScope.of(plan);
        nesting = TerritoryNesting.of(scope.territories());
        for (Territory territory : scope.territories()) {
            territories.put(territory, Shapes.node(ElementTypes.TERRITORY, ElementIds.of("territory", territory.getName()),
                    territory.getName(), titleOf(territory.getTitle()), ModelLabels.enumLabel(territory.getKind(), locale)));
        }
        for (Territory territory : scope.territories()) {
            parentOf(territory).getChildren().add(territories.get(territory));
        }
        for (Actor actor : scope.actors()) {
            GNode node = Shapes.node(ElementTypes.ACTOR, ElementIds.of("actor", actor.getName()), actor.getName(),
                    titleOf(actor.getTitle()), ModelLabels.enumLabel(actor.getKind(), locale));
            actors.put(actor, node);
            GModelElement parent = actor.getCovers().stream().map(territories::get).filter(t -> t != null)
                    .map(GModelElement.class::cast).findFirst().orElse(graph);
            parent.getChildren().add(node);
        }
        conventions();
        delegations();
        overlaps(scope.territories());
    }

    private GModelElement parentOf(Territory territory) {
        Territory within = territory.getWithin();
        if (within == null || !territories.containsKey(within) || !nesting.cycleThrough(territory).isEmpty()) {
            return graph;
        }
        return territories.get(within);
    }

    private void conventions() {
        for (Convention convention : plan.getConventions()) {
            String kind = ModelLabels.enumLabel(convention.getKind(), locale);
            GNode node = Shapes.node(ElementTypes.CONVENTION, ElementIds.of("convention", convention.getName()),
                    convention.getName() + " · " + kind, titleOf(convention.getTitle()), kind);
            graph.getChildren().add(node);
            for (Actor party : convention.getParties()) {
                GNode actor = actors.get(party);
                if (actor != null) {
                    graph.getChildren().add(Shapes.edge(ElementTypes.PARTY,
                            ElementIds.of("party", convention.getName(), party.getName()), actor, node, null));
                }
            }
        }
    }

    private void delegations() {
        Map<List<Actor>, Set<String>> pairs = new LinkedHashMap<>();
        for (Action action : plan.getActions()) {
            for (Map.Entry<Function, Map<Actor, Set<Role>>> row : Raci.cells(action).entrySet()) {
                for (Actor accountable : Raci.holders(row.getValue(), Role.A)) {
                    for (Actor responsible : Raci.holders(row.getValue(), Role.R)) {
                        if (accountable != responsible && actors.containsKey(accountable) && actors.containsKey(responsible)) {
                            pairs.computeIfAbsent(List.of(accountable, responsible), k -> new java.util.LinkedHashSet<>())
                                    .add(row.getKey().getName());
                        }
                    }
                }
            }
        }
        pairs.forEach((pair, functions) -> graph.getChildren().add(Shapes.edge(ElementTypes.DELEGATION,
                ElementIds.of("delegation", pair.get(0).getName(), pair.get(1).getName()), actors.get(pair.get(0)),
                actors.get(pair.get(1)), String.join(", ", functions))));
    }

    private void overlaps(List<Territory> inScope) {
        for (Territory territory : inScope) {
            for (Territory other : territory.getOverlaps()) {
                if (territories.containsKey(other)) {
                    graph.getChildren().add(Shapes.edge(ElementTypes.OVERLAP,
                            ElementIds.of("overlap", territory.getName(), other.getName()), territories.get(territory),
                            territories.get(other), null));
                }
            }
        }
    }

    static String titleOf(String title) {
        return title == null ? "" : title;
    }
}
