package org.maillage.diagram.internal.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.FunctionAssignment;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.RoleAssignment;
import org.maillage.model.coop.Territory;
import org.maillage.model.services.Territories;

/**
 * What a plan's diagrams show: its partners and every actor holding a role or party to a
 * convention (in that order, without repeats), and the territories they cover or act on with
 * the territories containing those. Unresolved references are skipped: a diagram of a broken
 * file shows what resolves.
 */
public record PlanScope(List<Actor> actors, List<Territory> territories) {

    public static PlanScope of(Plan plan) {
        Set<Actor> actors = new LinkedHashSet<>();
        plan.getPartners().forEach(actors::add);
        for (Action action : plan.getActions()) {
            for (FunctionAssignment entry : action.getAssignments()) {
                for (RoleAssignment role : entry.getRoles()) {
                    actors.add(role.getActor());
                }
            }
        }
        for (Convention convention : plan.getConventions()) {
            actors.addAll(convention.getParties());
        }
        actors.removeIf(a -> a == null || a.eIsProxy());
        Set<Territory> territories = new LinkedHashSet<>();
        for (Actor actor : actors) {
            actor.getCovers().forEach(t -> addWithAncestors(t, territories));
        }
        plan.getActions().forEach(a -> addWithAncestors(a.getTerritory(), territories));
        return new PlanScope(new ArrayList<>(actors), new ArrayList<>(territories));
    }

    private static void addWithAncestors(Territory territory, Set<Territory> into) {
        if (territory == null || territory.eIsProxy()) {
            return;
        }
        into.add(territory);
        for (Territory ancestor : Territories.ancestors(territory)) {
            if (!ancestor.eIsProxy()) {
                into.add(ancestor);
            }
        }
    }
}
