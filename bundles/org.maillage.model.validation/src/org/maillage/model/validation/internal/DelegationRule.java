package org.maillage.model.validation.internal;

import java.util.Map;
import java.util.Set;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;
import org.maillage.model.validation.Anchor;
import org.maillage.model.validation.Severity;

/**
 * DELEG-NO-CONV: an actor R in an entry whose A is another actor works by delegation, which a
 * convention covering the action, signed by both, must back.
 */
public final class DelegationRule implements Rule {

    @Override
    public void check(ModelIndex model, FindingSink sink) {
        for (Action action : model.actions()) {
            for (Map.Entry<Function, Map<Actor, Set<Role>>> row : model.cells(action).entrySet()) {
                for (Actor accountable : Raci.holders(row.getValue(), Role.A)) {
                    for (Actor responsible : Raci.holders(row.getValue(), Role.R)) {
                        if (responsible != accountable
                                && !model.haveConventionCovering(action, accountable, responsible)) {
                            sink.report("DELEG-NO-CONV", Severity.WARNING, model.firstEntry(action, row.getKey()),
                                    Anchor.ELEMENT, Names.of(responsible), Names.of(row.getKey()),
                                    Names.of(action), Names.of(accountable));
                        }
                    }
                }
            }
        }
    }
}
