package org.maillage.model.validation.internal;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.ConventionKind;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.Nature;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;
import org.maillage.model.validation.Anchor;
import org.maillage.model.validation.Severity;

/**
 * DELEG-NO-CONV: an actor R in an entry whose A is another actor works by delegation, which a
 * convention covering the action, signed by both, must back. MO-NO-MANDATE replaces it on
 * {@code ownership} functions (1.1): acting for the maître d'ouvrage takes a mandate or a
 * transfer of project ownership, not any convention.
 */
public final class DelegationRule implements Rule {

    private static final Predicate<Convention> ANY = convention -> true;
    private static final Predicate<Convention> MANDATE_OR_TRANSFER = convention -> convention
            .getKind() == ConventionKind.MANDATE || convention.getKind() == ConventionKind.TRANSFER;

    @Override
    public void check(ModelIndex model, FindingSink sink) {
        for (Action action : model.actions()) {
            for (Map.Entry<Function, Map<Actor, Set<Role>>> row : model.cells(action).entrySet()) {
                boolean ownership = ModelIndex.isOf(row.getKey(), Nature.OWNERSHIP);
                String code = ownership ? "MO-NO-MANDATE" : "DELEG-NO-CONV";
                for (Actor accountable : Raci.holders(row.getValue(), Role.A)) {
                    for (Actor responsible : Raci.holders(row.getValue(), Role.R)) {
                        if (responsible != accountable && !model.haveConventionCovering(action, accountable,
                                responsible, ownership ? MANDATE_OR_TRANSFER : ANY)) {
                            sink.report(code, Severity.WARNING, model.firstEntry(action, row.getKey()),
                                    Anchor.ELEMENT, Names.of(responsible), Names.of(row.getKey()),
                                    Names.of(action), Names.of(accountable));
                        }
                    }
                }
            }
        }
    }
}
