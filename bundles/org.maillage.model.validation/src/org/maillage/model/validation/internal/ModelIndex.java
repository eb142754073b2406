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
import org.maillage.model.coop.Role;
import org.maillage.model.coop.Territory;
import org.maillage.model.services.Raci;
import org.maillage.model.services.Territories;

/** The elements of all the files of one model, and the facts several rules need, computed once. */
public final class ModelIndex {

    private final List<CoopFile> files;
    private final List<Actor> actors = new ArrayList<>();
    private final List<Territory> territories = new ArrayList<>();
    private final List<Plan> plans = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private final List<Convention> conventions = new ArrayList<>();
    private final Set<List<Actor>> partiesTogether = new HashSet<>();
    private final Map<Action, List<Convention>> coveringConventions = new HashMap<>();
    private final Map<Territory, Set<Territory>> meeting = new HashMap<>();
    private final Map<Action, Map<Function, Map<Actor, Set<Role>>>> cells = new HashMap<>();

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
            for (Actor a : convention.getParties()) {
                for (Actor b : convention.getParties()) {
                    if (a != b) {
                        partiesTogether.add(List.of(a, b));
                    }
                }
            }
        }
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
        return partiesTogether.contains(List.of(a, b));
    }

    /** Whether a convention covering {@code action} has both actors as parties. */
    public boolean haveConventionCovering(Action action, Actor a, Actor b) {
        return coveringConventions.getOrDefault(action, List.of()).stream()
                .anyMatch(c -> c.getParties().contains(a) && c.getParties().contains(b));
    }

    /** The territories that {@link Territories#meet} {@code territory}, itself included; computed once each. */
    public Set<Territory> meeting(Territory territory) {
        return territory == null ? Set.of() : meeting.computeIfAbsent(territory, this::meetingSet);
    }

    /** The RACI cells of an action (see {@link Raci#cells}), computed once for all rules. */
    public Map<Function, Map<Actor, Set<Role>>> cells(Action action) {
        return cells.computeIfAbsent(action, Raci::cells);
    }

    private Set<Territory> meetingSet(Territory territory) {
        Set<Territory> result = new HashSet<>();
        for (Territory other : territories) {
            if (Territories.meet(territory, other)) {
                result.add(other);
            }
        }
        result.add(territory);
        return result;
    }
}
