package org.maillage.model.validation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.ConventionKind;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.Indicator;
import org.maillage.model.coop.Nature;
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
    private final List<Function> functions = new ArrayList<>();
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
    private final boolean language11;
    private final boolean natures;

    public ModelIndex(Collection<CoopFile> files) {
        this.files = List.copyOf(files);
        for (CoopFile file : files) {
            actors.addAll(file.getActors());
            functions.addAll(file.getFunctions());
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
        natures = functions.stream().anyMatch(Function::isSetNature);
        language11 = natures || actors.stream().anyMatch(Actor::isSetForm)
                || actions.stream().anyMatch(ModelIndex::uses11) || conventions.stream().anyMatch(ModelIndex::uses11);
    }

    private static boolean uses11(Action action) {
        return action.getCost() != null || !action.getFundings().isEmpty() || !action.getStatuses().isEmpty()
                || action.getIndicators().stream().anyMatch(ModelIndex::uses11);
    }

    private static boolean uses11(Indicator indicator) {
        return indicator.getUnit() != null || indicator.getBaseline() != null || indicator.getBy() != null
                || !indicator.getMeasures().isEmpty();
    }

    private static boolean uses11(Convention convention) {
        return convention.getUnder() != null || !convention.getStatuses().isEmpty()
                || !convention.getDeliberations().isEmpty() || !convention.getAmendments().isEmpty()
                || convention.getKind() == ConventionKind.MANDATE || convention.getKind() == ConventionKind.TRANSFER
                || convention.getKind() == ConventionKind.SERVICE;
    }

    /**
     * Whether the model uses the language 1.1: one of its clauses (a legal form, a nature, a cost, an
     * action's funding or status, an indicator's unit, baseline, measurer or measure, a convention's
     * framework, status, deliberation or amendment, a kind mandate, transfer or service) in any file.
     * The rules of 1.1 check only such models, so that a 1.0 model keeps exactly its findings.
     */
    public boolean usesLanguage11() {
        return language11;
    }

    /** Whether some function of the model declares its nature: the rules about natures need them. */
    public boolean declaresNatures() {
        return natures;
    }

    public List<Function> functions() {
        return functions;
    }

    /** The conventions covering {@code action}, in source order. */
    public List<Convention> covering(Action action) {
        return coveringConventions.getOrDefault(action, List.of());
    }

    /** Whether an entry of the action is on a function of that nature. */
    public boolean hasEntryOn(Action action, Nature nature) {
        return cells(action).keySet().stream().anyMatch(function -> isOf(function, nature));
    }

    /** Whether {@code function} (resolved) declares {@code nature}. */
    public static boolean isOf(Function function, Nature nature) {
        return function != null && function.isSetNature() && function.getNature() == nature;
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
        return haveConventionCovering(action, a, b, c -> true);
    }

    /** Whether a convention covering {@code action} and accepted by {@code kind} has both actors as parties. */
    public boolean haveConventionCovering(Action action, Actor a, Actor b, Predicate<Convention> kind) {
        Set<Convention> ofA = conventionsOf.getOrDefault(a, Set.of());
        Set<Convention> ofB = conventionsOf.getOrDefault(b, Set.of());
        return covering(action).stream().anyMatch(c -> kind.test(c) && ofA.contains(c) && ofB.contains(c));
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
