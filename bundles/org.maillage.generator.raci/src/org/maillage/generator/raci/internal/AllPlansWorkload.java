package org.maillage.generator.raci.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Role;
import org.maillage.model.services.RaciMatrix;
import org.maillage.model.services.Workload;

/**
 * The workload across every plan of the model: for each actor holding a role in any plan (in
 * order of first appearance) and each plan, how many entries it is A or R in.
 */
final class AllPlansWorkload {

    private final Set<Actor> actors = new LinkedHashSet<>();

    AllPlansWorkload(List<RaciMatrix> plans) {
        plans.forEach(matrix -> actors.addAll(matrix.actors()));
    }

    List<Actor> actors() {
        return List.copyOf(actors);
    }

    int count(RaciMatrix matrix, Actor actor, Role role) {
        return matrix.actors().contains(actor) ? Workload.of(matrix, actor).count(role) : 0;
    }
}
