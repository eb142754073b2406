package org.maillage.model.validation.internal;

import java.util.List;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Role;
import org.maillage.model.coop.Territory;
import org.maillage.model.services.Raci;
import org.maillage.model.validation.Anchor;
import org.maillage.model.validation.Severity;

/**
 * TERR-CYCLE: {@code within} must not loop. TERR-COVER: an A actor that declares the territories
 * it covers must cover one that meets the action's territory.
 */
public final class TerritoryRules implements Rule {

    @Override
    public void check(ModelIndex model, FindingSink sink) {
        for (Territory territory : model.territories()) {
            List<Territory> cycle = model.nesting().cycleThrough(territory);
            if (!cycle.isEmpty()) {
                sink.report("TERR-CYCLE", Severity.ERROR, territory, Anchor.ELEMENT, Names.of(territory),
                        Names.cycle(cycle));
            }
        }
        for (Action action : model.actions()) {
            Territory territory = action.getTerritory();
            if (territory == null) {
                continue;
            }
            model.cells(action).forEach((function, row) -> {
                for (Actor accountable : Raci.holders(row, Role.A)) {
                    if (!accountable.getCovers().isEmpty() && !model.reaches(accountable, territory)) {
                        sink.report("TERR-COVER", Severity.WARNING, model.firstEntry(action, function),
                                Anchor.ELEMENT, Names.of(accountable), Names.of(function), Names.of(action),
                                Names.of(territory), Names.list(accountable.getCovers()));
                    }
                }
            });
        }
    }
}
