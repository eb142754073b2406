package org.maillage.model.validation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Territory;

/** The elements of all the files of one model, and the facts several rules need, computed once. */
public final class ModelIndex {

    private final List<CoopFile> files;
    private final List<Actor> actors = new ArrayList<>();
    private final List<Territory> territories = new ArrayList<>();
    private final List<Plan> plans = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private final List<Convention> conventions = new ArrayList<>();
    private final Set<List<Actor>> partiesTogether = new HashSet<>();

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
        return conventions.stream().anyMatch(c -> c.getCovers().contains(action) && c.getParties().contains(a)
                && c.getParties().contains(b));
    }
}
