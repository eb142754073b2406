package org.maillage.generator.convention.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.Funding;
import org.maillage.model.coop.Objective;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Fundings;
import org.maillage.model.services.Raci;

/**
 * What a convention skeleton says, drawn from the model once for every output format: the
 * plan, the objectives the covered actions implement, each party's roles in those actions in
 * words, and whether EU money is involved.
 */
record ConventionFacts(Convention convention, Plan plan, List<Objective> objectives, boolean euFunded) {

    static ConventionFacts of(Convention convention) {
        Plan plan = convention.eContainer() instanceof Plan p ? p : null;
        Set<Objective> objectives = new LinkedHashSet<>();
        convention.getCovers().forEach(action -> objectives.addAll(action.getImplements()));
        return new ConventionFacts(convention, plan, List.copyOf(objectives), Fundings.involvesEu(convention));
    }

    /** One role of a party in a covered action: what the engagements section says in words. */
    record Holding(Role role, Function function, Action action) {
    }

    /** The party's roles in the covered actions, in the order A, R, S, C, I within each row. */
    List<Holding> roles(Actor party) {
        List<Holding> holdings = new ArrayList<>();
        for (Action action : convention.getCovers()) {
            for (Map.Entry<Function, Map<Actor, Set<Role>>> row : Raci.cells(action).entrySet()) {
                Set<Role> roles = row.getValue().getOrDefault(party, Set.of());
                Raci.CELL_ORDER.stream().filter(roles::contains)
                        .forEach(role -> holdings.add(new Holding(role, row.getKey(), action)));
            }
        }
        return holdings;
    }

    /** The funding lines the financial article shows: the convention's, then the covered actions' plans. */
    List<Funding> fundings() {
        return Fundings.ofConvention(convention);
    }

    static String title(String text) {
        return text == null ? "" : text;
    }
}
