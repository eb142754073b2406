package org.maillage.model.services;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Role;

/**
 * The RACI matrix of a plan: one row per (action, function) in source order, grouped by action;
 * one column per actor holding a role in the plan, in order of first appearance.
 */
public record RaciMatrix(Plan plan, List<Row> rows, List<Actor> actors) {

    /** One (action, function) row and the roles of each actor in it. */
    public record Row(Action action, Function function, Map<Actor, Set<Role>> cells) {

        public Set<Role> roles(Actor actor) {
            return cells.getOrDefault(actor, Collections.emptySet());
        }
    }

    public static RaciMatrix of(Plan plan) {
        List<Row> rows = new ArrayList<>();
        Set<Actor> actors = new LinkedHashSet<>();
        for (Action action : plan.getActions()) {
            Raci.cells(action).forEach((function, cells) -> {
                rows.add(new Row(action, function, cells));
                actors.addAll(cells.keySet());
            });
        }
        return new RaciMatrix(plan, List.copyOf(rows), List.copyOf(actors));
    }
}
