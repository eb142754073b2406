package org.maillage.model.validation.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;
import org.maillage.model.validation.Anchor;
import org.maillage.model.validation.Severity;

/** RACI-NO-A, RACI-MANY-A, RACI-NO-R: exactly one A and at least one R per entry. */
public final class RaciRules implements Rule {

    @Override
    public void check(ModelIndex model, FindingSink sink) {
        for (Action action : model.actions()) {
            for (Map.Entry<Function, Map<Actor, Set<Role>>> row : model.cells(action).entrySet()) {
                var entry = model.firstEntry(action, row.getKey());
                String function = Names.of(row.getKey());
                List<Actor> accountable = Raci.holders(row.getValue(), Role.A);
                if (accountable.isEmpty()) {
                    sink.report("RACI-NO-A", Severity.ERROR, entry, Anchor.ELEMENT, function, Names.of(action));
                } else if (accountable.size() > 1) {
                    sink.report("RACI-MANY-A", Severity.ERROR, entry, Anchor.ELEMENT, function, Names.of(action),
                            Names.list(accountable));
                }
                if (Raci.holders(row.getValue(), Role.R).isEmpty()) {
                    sink.report("RACI-NO-R", Severity.WARNING, entry, Anchor.ELEMENT, function, Names.of(action));
                }
            }
        }
    }
}
