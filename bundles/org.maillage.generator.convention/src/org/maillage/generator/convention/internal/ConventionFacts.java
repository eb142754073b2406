package org.maillage.generator.convention.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.maillage.model.coop.Convention;
import org.maillage.model.coop.Objective;
import org.maillage.model.coop.Plan;
import org.maillage.model.services.Fundings;

/**
 * The model facts a convention starts from: the plan, the objectives the covered actions
 * implement, and whether EU money is involved.
 */
record ConventionFacts(Convention convention, Plan plan, List<Objective> objectives, boolean euFunded) {

    static ConventionFacts of(Convention convention) {
        Plan plan = convention.eContainer() instanceof Plan p ? p : null;
        Set<Objective> objectives = new LinkedHashSet<>();
        convention.getCovers().forEach(action -> objectives.addAll(action.getImplements()));
        return new ConventionFacts(convention, plan, List.copyOf(objectives), Fundings.involvesEu(convention));
    }
}
