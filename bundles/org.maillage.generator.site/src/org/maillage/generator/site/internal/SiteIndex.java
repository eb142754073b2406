package org.maillage.generator.site.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.Funding;
import org.maillage.model.coop.Objective;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Role;
import org.maillage.model.coop.Territory;
import org.maillage.model.services.FinancingPlan;
import org.maillage.model.services.Raci;
import org.maillage.model.services.RaciMatrix;

/**
 * The model read once for the site: its elements in file order, and the relations the pages
 * show the other way round (an actor's roles, owned actions, conventions and funding lines, the
 * actions on a territory or implementing an objective), so that no page scans the whole model.
 */
final class SiteIndex {

    /** One action where an actor holds roles: the roles across the action's functions. */
    record Involvement(Action action, Set<Role> roles) {
    }

    /** A funding line an actor pays or brings a counterpart to. */
    record Payment(Action action, Convention convention, Funding line, boolean counterpart) {
    }

    /** The most actions one page shows: a plan with more is shown in parts of this many ({@link PlanPartPage}). */
    static final int PART_SIZE = 25;

    final List<Plan> plans = new ArrayList<>();
    final List<Actor> actors = new ArrayList<>();
    final List<Territory> territories = new ArrayList<>();
    final List<Objective> objectives = new ArrayList<>();
    final Map<Plan, RaciMatrix> matrices = new LinkedHashMap<>();
    final Map<Actor, Map<Plan, List<Involvement>>> involvements = new LinkedHashMap<>();
    final Map<Actor, List<Action>> owned = new LinkedHashMap<>();
    final Map<Actor, Set<Convention>> conventions = new LinkedHashMap<>();
    final Map<Actor, List<Payment>> payments = new LinkedHashMap<>();
    final Map<Territory, List<Action>> actionsOn = new LinkedHashMap<>();
    final Map<Objective, List<Action>> implementing = new LinkedHashMap<>();
    final Map<Action, Plan> planOf = new LinkedHashMap<>();
    /** The parts of each plan of more than {@link #PART_SIZE} actions, in order. */
    final Map<Plan, List<List<Action>>> parts = new LinkedHashMap<>();
    /** The part (from 1) each action of a plan in parts is shown on. */
    final Map<Action, Integer> partOf = new HashMap<>();

    SiteIndex(List<CoopFile> model) {
        for (CoopFile file : model) {
            territories.addAll(file.getTerritories());
            actors.addAll(file.getActors());
            objectives.addAll(file.getObjectives());
            plans.addAll(file.getPlans());
        }
        for (Plan plan : plans) {
            matrices.put(plan, RaciMatrix.of(plan));
            plan.getActions().forEach(action -> action(plan, action));
            plan.getConventions().forEach(this::convention);
            split(plan);
        }
    }

    private void split(Plan plan) {
        List<Action> actions = plan.getActions();
        if (actions.size() <= PART_SIZE) {
            return;
        }
        List<List<Action>> split = new ArrayList<>();
        for (int from = 0; from < actions.size(); from += PART_SIZE) {
            List<Action> part = List.copyOf(actions.subList(from, Math.min(actions.size(), from + PART_SIZE)));
            split.add(part);
            part.forEach(action -> partOf.put(action, split.size()));
        }
        parts.put(plan, split);
    }

    private void action(Plan plan, Action action) {
        planOf.put(action, plan);
        Map<Actor, Set<Role>> roles = new LinkedHashMap<>();
        Raci.cells(action).values().forEach(row -> row.forEach((actor, held) -> roles
                .computeIfAbsent(actor, a -> java.util.EnumSet.noneOf(Role.class)).addAll(held)));
        roles.forEach((actor, held) -> involvements.computeIfAbsent(actor, a -> new LinkedHashMap<>())
                .computeIfAbsent(plan, p -> new ArrayList<>()).add(new Involvement(action, held)));
        Actor owner = FinancingPlan.owner(action);
        if (owner != null) {
            owned.computeIfAbsent(owner, a -> new ArrayList<>()).add(action);
        }
        if (live(action.getTerritory())) {
            actionsOn.computeIfAbsent(action.getTerritory(), t -> new ArrayList<>()).add(action);
        }
        action.getImplements().stream().filter(SiteIndex::live)
                .forEach(o -> implementing.computeIfAbsent(o, x -> new ArrayList<>()).add(action));
        action.getFundings().forEach(line -> payment(line, owner, action, null));
    }

    private void convention(Convention convention) {
        convention.getParties().stream().filter(SiteIndex::live).forEach(this::party);
        convention.getParties().stream().filter(SiteIndex::live)
                .forEach(a -> conventions.computeIfAbsent(a, x -> new LinkedHashSet<>()).add(convention));
        if (live(convention.getLead())) {
            conventions.computeIfAbsent(convention.getLead(), x -> new LinkedHashSet<>()).add(convention);
        }
        convention.getFundings().forEach(line -> payment(line, null, null, convention));
    }

    private void party(Actor actor) {
        involvements.computeIfAbsent(actor, a -> new LinkedHashMap<>());
    }

    private void payment(Funding line, Actor owner, Action action, Convention convention) {
        Actor payer = FinancingPlan.payer(line, owner);
        if (live(payer)) {
            payments.computeIfAbsent(payer, a -> new ArrayList<>()).add(new Payment(action, convention, line, false));
        }
        if (live(line.getCounterpart())) {
            payments.computeIfAbsent(line.getCounterpart(), a -> new ArrayList<>())
                    .add(new Payment(action, convention, line, true));
        }
    }

    /** The A, R, S, C, I counts of an actor in a plan (each action counted once per role). */
    Map<Role, Integer> counts(Actor actor, Plan plan) {
        Map<Role, Integer> counts = new EnumMap<>(Role.class);
        Raci.CELL_ORDER.forEach(role -> counts.put(role, 0));
        for (Involvement involvement : involvements.getOrDefault(actor, Map.of()).getOrDefault(plan, List.of())) {
            involvement.roles().forEach(role -> counts.merge(role, 1, Integer::sum));
        }
        return counts;
    }

    static boolean live(org.eclipse.emf.ecore.EObject element) {
        return element != null && !element.eIsProxy();
    }
}
