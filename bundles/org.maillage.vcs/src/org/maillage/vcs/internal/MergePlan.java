package org.maillage.vcs.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.maillage.model.coop.CoopFile;
import org.maillage.vcs.Conflict;

/**
 * Which of their changes a three-way merge takes: both sides are compared with the base, element
 * by element; their change is taken unless ours touched the same thing differently. Same changes
 * on both sides are taken once; a feature both changed differently, an element one side deleted
 * and the other changed, an element both added differently are conflicts (ours kept).
 */
public final class MergePlan {

    private final List<Delta> steps = new ArrayList<>();
    private final List<Conflict> conflicts = new ArrayList<>();

    private MergePlan() {
    }

    /** Their deltas to apply to ours (changes and additions first, removals last). */
    public List<Delta> steps() {
        return steps;
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    public static MergePlan of(CoopFile base, CoopFile ours, CoopFile theirs) {
        List<Delta> mine = TreeComparison.compare(List.of(base), List.of(ours), f -> false, false);
        List<Delta> their = TreeComparison.compare(List.of(base), List.of(theirs), f -> false, false);
        MergePlan plan = new MergePlan();
        Map<String, Delta> changed = new HashMap<>();
        Map<List<String>, Delta> added = new HashMap<>();
        List<List<String>> removed = new ArrayList<>();
        for (Delta delta : mine) {
            switch (delta.kind()) {
            case CHANGED -> changed.put(delta.pathText() + "#" + delta.feature().getName(), delta);
            case ADDED -> added.put(delta.path(), delta);
            case REMOVED -> removed.add(delta.path());
            default -> throw new IllegalStateException("renames are not paired for a merge");
            }
        }
        List<Delta> removals = new ArrayList<>();
        for (Delta delta : their) {
            switch (delta.kind()) {
            case CHANGED -> plan.changed(delta, changed.get(delta.pathText() + "#" + delta.feature().getName()), removed);
            case ADDED -> plan.added(delta, added.get(delta.path()), removed);
            case REMOVED -> {
                if (plan.removed(delta, mine, removed)) {
                    removals.add(delta);
                }
            }
            default -> throw new IllegalStateException("renames are not paired for a merge");
            }
        }
        plan.steps.addAll(removals);
        return plan;
    }

    private void changed(Delta theirs, Delta ours, List<List<String>> removed) {
        if (removed.stream().anyMatch(r -> ModelPaths.within(theirs.path(), r))) {
            conflicts.add(new Conflict(Conflict.Kind.DELETED_CHANGED, theirs.pathText(), theirs.feature().getName(), "",
                    theirs.afterValue()));
        } else if (ours == null) {
            steps.add(theirs);
        } else if (!ours.afterValue().equals(theirs.afterValue())) {
            conflicts.add(new Conflict(Conflict.Kind.BOTH_CHANGED, theirs.pathText(), theirs.feature().getName(),
                    ours.afterValue(), theirs.afterValue()));
        }
    }

    private void added(Delta theirs, Delta ours, List<List<String>> removed) {
        List<String> parent = theirs.path().subList(0, theirs.path().size() - 1);
        if (!parent.isEmpty() && removed.stream().anyMatch(r -> ModelPaths.within(parent, r))) {
            conflicts.add(new Conflict(Conflict.Kind.DELETED_CHANGED, theirs.pathText(), null, "", theirs.afterValue()));
        } else if (ours == null) {
            steps.add(theirs);
        } else if (!canonical(ours.after()).equals(canonical(theirs.after()))) {
            conflicts.add(new Conflict(Conflict.Kind.BOTH_ADDED, theirs.pathText(), null, ours.afterValue(),
                    theirs.afterValue()));
        }
    }

    /** Whether their removal is to be applied (false when ours removed it too, or changed it: a conflict). */
    private boolean removed(Delta theirs, List<Delta> mine, List<List<String>> removed) {
        if (removed.contains(theirs.path())) {
            return false;
        }
        if (mine.stream().anyMatch(d -> d.kind() != Delta.Kind.REMOVED && ModelPaths.within(d.path(), theirs.path()))) {
            conflicts.add(new Conflict(Conflict.Kind.CHANGED_DELETED, theirs.pathText(), null, theirs.beforeValue(), ""));
            return false;
        }
        return true;
    }

    /** Everything an element says, its contents included, as one text: two additions are the same when it is. */
    static String canonical(EObject object) {
        StringBuilder text = new StringBuilder(object.eClass().getName()).append('{');
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature instanceof EReference reference && reference.isContainment()) {
                ElementKeys.contents(object, reference).forEach(child -> text.append(canonical(child)));
            } else if (!(feature instanceof EReference reference && reference.isContainer())) {
                text.append(feature.getName()).append('=').append(FeatureValues.of(object, feature, Map.of())).append(';');
            }
        }
        return text.append('}').toString();
    }
}
