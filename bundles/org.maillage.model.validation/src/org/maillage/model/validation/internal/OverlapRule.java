package org.maillage.model.validation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.Role;
import org.maillage.model.coop.Territory;
import org.maillage.model.services.Raci;
import org.maillage.model.validation.Anchor;
import org.maillage.model.validation.Severity;

/**
 * OVERLAP: two different actors A on the same function in two actions of the same theme whose
 * territories meet, with no convention anywhere that has both as parties. Reported on each of
 * the two entries. Actions are grouped by theme and function first, so the pairs compared stay few.
 */
public final class OverlapRule implements Rule {

    private record Holding(Action action, Actor actor) {
    }

    @Override
    public void check(ModelIndex model, FindingSink sink) {
        Map<List<Object>, List<Holding>> groups = new LinkedHashMap<>();
        for (Action action : model.actions()) {
            if (action.getTheme() == null || action.getTerritory() == null) {
                continue;
            }
            String theme = action.getTheme().trim().toLowerCase(Locale.ROOT);
            model.cells(action).forEach((function, row) -> {
                for (Actor accountable : Raci.holders(row, Role.A)) {
                    groups.computeIfAbsent(List.of(theme, function), k -> new ArrayList<>())
                            .add(new Holding(action, accountable));
                }
            });
        }
        groups.forEach((key, holdings) -> compare((Function) key.get(1), holdings, model, sink));
    }

    /**
     * Pairs holdings whose territories meet: holdings are bucketed by territory and each is only
     * compared with the buckets of the territories meeting its own, each pair once.
     */
    private static void compare(Function function, List<Holding> holdings, ModelIndex model, FindingSink sink) {
        Map<Territory, List<Integer>> byTerritory = new LinkedHashMap<>();
        for (int i = 0; i < holdings.size(); i++) {
            byTerritory.computeIfAbsent(holdings.get(i).action().getTerritory(), t -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < holdings.size(); i++) {
            Holding a = holdings.get(i);
            for (Territory territory : model.meeting(a.action().getTerritory())) {
                for (int j : byTerritory.getOrDefault(territory, List.of())) {
                    Holding b = holdings.get(j);
                    if (j > i && a.action() != b.action() && a.actor() != b.actor()
                            && !model.haveConvention(a.actor(), b.actor())) {
                        report(function, a, b, model, sink);
                        report(function, b, a, model, sink);
                    }
                }
            }
        }
    }

    private static void report(Function function, Holding here, Holding other, ModelIndex model,
            FindingSink sink) {
        sink.report("OVERLAP", Severity.WARNING, model.firstEntry(here.action(), function), Anchor.ELEMENT,
                Names.of(here.actor()), Names.of(function), Names.of(here.action()), Names.of(other.actor()),
                Names.of(other.action()));
    }
}
