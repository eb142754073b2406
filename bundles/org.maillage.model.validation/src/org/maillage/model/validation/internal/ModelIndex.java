package org.maillage.model.validation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.FunctionAssignment;
import org.maillage.model.coop.Role;
import org.maillage.model.coop.Territory;
import org.maillage.model.services.Actors;
import org.maillage.model.services.Raci;
import org.maillage.model.services.Territories;
import org.maillage.model.services.TerritoryNesting;

/** The elements of all the files of one model, and the facts several rules need, computed once. */
public final class ModelIndex {

    private final List<CoopFile> files;
    private final List<Actor> actors = new ArrayList<>();
    private final List<Territory> territories = new ArrayList<>();
    private final List<Plan> plans = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private final List<Convention> conventions = new ArrayList<>();
    private final Map<Actor, Set<Convention>> conventionsOf = new HashMap<>();
    private final Map<Action, List<Convention>> coveringConventions = new HashMap<>();
    private final Map<Territory, Set<Territory>> meeting = new HashMap<>();
    private final Map<Action, Map<Function, Map<Actor, Set<Role>>>> cells = new HashMap<>();
    private final Map<Action, Map<Function, FunctionAssignment>> firstEntries = new HashMap<>();
    private final TerritoryNesting nesting;

    public ModelIndex(Collection<CoopFile> files) {
        this.files = List.copyOf(files);
        for (CoopFile file : files) {
            actors.addAll(file.getActors());
            territories.addAll(file.getTerritories());
            for (Plan plan : file.getPlans()) {
                plans.add(plan);
                actions.addAll(plan.getActions());
                conventions.addAll(plan.getConventions());
            }
        }
        for (Convention convention : conventions) {
            for (Action action : convention.getCovers()) {
                coveringConventions.computeIfAbsent(action, a -> new ArrayList<>()).add(convention);
            }
            for (Actor party : convention.getParties()) {
                conventionsOf.computeIfAbsent(party, a -> new HashSet<>()).add(convention);
            }
        }
        nesting = TerritoryNesting.of(territories);
    }

    public List<CoopFile> files() {
        return files;
    }

    public List<Actor> actors() {
        return actors;
    }

    public List<Territory> territories() {
        return territories;
    }

    public List<Plan> plans() {
        return plans;
    }

    public List<Action> actions() {
        return actions;
    }

    public List<Convention> conventions() {
        return conventions;
    }

    /** Whether some convention, anywhere in the model, has both actors as parties. */
    public boolean haveConvention(Actor a, Actor b) {
        Set<Convention> ofA = conventionsOf.getOrDefault(a, Set.of());
        Set<Convention> ofB = conventionsOf.getOrDefault(b, Set.of());
        Set<Convention> smaller = ofA.size() <= ofB.size() ? ofA : ofB;
        Set<Convention> larger = smaller == ofA ? ofB : ofA;
        return a != b && smaller.stream().anyMatch(larger::contains);
    }

    /** Whether a convention covering {@code action} has both actors as parties. */
    public boolean haveConventionCovering(Action action, Actor a, Actor b) {
        Set<Convention> ofA = conventionsOf.getOrDefault(a, Set.of());
        Set<Convention> ofB = conventionsOf.getOrDefault(b, Set.of());
        return coveringConventions.getOrDefault(action, List.of()).stream()
                .anyMatch(c -> ofA.contains(c) && ofB.contains(c));
    }

    /** The {@code within} relation of the model's territories, computed once. */
    public TerritoryNesting nesting() {
        return nesting;
    }

    /** The territories that {@link Territories#meet} {@code territory}, itself included; computed once each. */
    public Set<Territory> meeting(Territory territory) {
        return territory == null ? Set.of() : meeting.computeIfAbsent(territory, nesting::meeting);
    }

    /** Whether one of the territories the actor covers meets {@code territory} (see {@link Actors#reaches}). */
    public boolean reaches(Actor actor, Territory territory) {
        return actor.getCovers().stream().anyMatch(covered -> nesting.meet(covered, territory));
    }

    /** The RACI cells of an action (see {@link Raci#cells}), computed once for all rules. */
    public Map<Function, Map<Actor, Set<Role>>> cells(Action action) {
        return cells.computeIfAbsent(action, Raci::cells);
    }

    /** Where a row's problems are reported (see {@link Raci#firstEntry}), found once per action. */
    public FunctionAssignment firstEntry(Action action, Function function) {
        return firstEntries.computeIfAbsent(action, a -> {
            Map<Function, FunctionAssignment> first = new HashMap<>();
            for (FunctionAssignment entry : a.getAssignments()) {
                first.putIfAbsent(entry.getFunction(), entry);
            }
            return first;
        }).get(function);
    }
}
