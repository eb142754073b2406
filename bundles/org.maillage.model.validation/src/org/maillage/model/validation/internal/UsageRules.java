package org.maillage.model.validation.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;
import org.maillage.model.validation.Anchor;
import org.maillage.model.validation.Severity;

/**
 * EVAL-NO-INDICATOR: an action needs an indicator. WORKLOAD: an actor R or A in too many entries
 * of one plan. UNUSED-ACTOR: an actor nothing refers to.
 */
public final class UsageRules implements Rule {

    private final int workloadThreshold;

    public UsageRules(int workloadThreshold) {
        this.workloadThreshold = workloadThreshold;
    }

    @Override
    public void check(ModelIndex model, FindingSink sink) {
        for (Action action : model.actions()) {
            if (action.getIndicators().isEmpty()) {
                sink.report("EVAL-NO-INDICATOR", Severity.INFO, action, Anchor.NAME, Names.of(action));
            }
        }
        for (Plan plan : model.plans()) {
            workload(plan, model).forEach((actor, count) -> {
                if (count > workloadThreshold) {
                    sink.report("WORKLOAD", Severity.INFO, actor, Anchor.NAME, Names.of(actor), count,
                            Names.of(plan), workloadThreshold);
                }
            });
        }
        Set<Actor> referenced = referencedActors(model);
        for (Actor actor : model.actors()) {
            if (!referenced.contains(actor)) {
                sink.report("UNUSED-ACTOR", Severity.INFO, actor, Anchor.NAME, Names.of(actor));
            }
        }
    }

    private static Map<Actor, Integer> workload(Plan plan, ModelIndex model) {
        Map<Actor, Integer> counts = new LinkedHashMap<>();
        for (Action action : plan.getActions()) {
            model.cells(action).values().forEach(row -> row.forEach((actor, roles) -> {
                if (roles.contains(Role.R) || roles.contains(Role.A)) {
                    counts.merge(actor, 1, Integer::sum);
                }
            }));
        }
        return counts;
    }

    /** Every actor some cross-reference points to, whatever the reference (those typed Actor or a supertype). */
    private static Set<Actor> referencedActors(ModelIndex model) {
        Set<Actor> referenced = new HashSet<>();
        Map<EClass, List<EReference>> toActors = new HashMap<>();
        for (CoopFile file : model.files()) {
            file.eAllContents().forEachRemaining(object -> collect(object,
                    toActors.computeIfAbsent(object.eClass(), UsageRules::referencesToActors), referenced));
        }
        return referenced;
    }

    /** The cross-references of a class that may point to an actor, found once per class. */
    private static List<EReference> referencesToActors(EClass type) {
        return type.getEAllReferences().stream().filter(reference -> !reference.isContainment()
                && !reference.isContainer() && reference.getEReferenceType().isSuperTypeOf(CoopPackage.Literals.ACTOR))
                .toList();
    }

    private static void collect(EObject object, List<EReference> references, Set<Actor> referenced) {
        for (EReference reference : references) {
            Object value = object.eGet(reference, true);
            if (value instanceof Actor actor) {
                referenced.add(actor);
            } else if (value instanceof Iterable<?> values) {
                values.forEach(v -> {
                    if (v instanceof Actor actor) {
                        referenced.add(actor);
                    }
                });
            }
        }
    }
}
