package org.maillage.vcs.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.coop.NamedElement;

/**
 * Compares two versions of the element tree reflectively, by containment and {@link ElementKeys}:
 * every feature of the metamodel is compared, including those added to it later. The top level is
 * the union of the files' elements (an element moved to another file is not a change). An element
 * whose name changed but whose title stayed, among the unmatched ones of its container, is
 * renamed; references to it are then compared by its new name.
 */
public final class TreeComparison {

    private final Predicate<EStructuralFeature> skipped;
    private final boolean pairRenames;
    private final Map<String, String> renames = new HashMap<>();
    private final List<Delta> deltas = new ArrayList<>();

    private TreeComparison(Predicate<EStructuralFeature> skipped, boolean pairRenames) {
        this.skipped = skipped;
        this.pairRenames = pairRenames;
    }

    /** The deltas from {@code before} to {@code after}, in the newer version's order; {@code skipped} features are not compared. */
    public static List<Delta> compare(List<CoopFile> before, List<CoopFile> after, Predicate<EStructuralFeature> skipped) {
        return compare(before, after, skipped, true);
    }

    /**
     * The same; without {@code pairRenames} an identifier changed is a removal and an addition
     * (what a merge needs: the other side may have changed the removed element).
     */
    public static List<Delta> compare(List<CoopFile> before, List<CoopFile> after, Predicate<EStructuralFeature> skipped,
            boolean pairRenames) {
        TreeComparison comparison = new TreeComparison(skipped, pairRenames);
        for (EReference feature : CoopPackage.Literals.COOP_FILE.getEAllContainments()) {
            comparison.collectRenames(topLevel(before, feature), topLevel(after, feature));
        }
        for (EReference feature : CoopPackage.Literals.COOP_FILE.getEAllContainments()) {
            if (!skipped.test(feature)) {
                comparison.children(List.of(), topLevel(before, feature), topLevel(after, feature));
            }
        }
        return comparison.deltas;
    }

    /** Old name → new name of the renamed elements found by the last comparison. */
    public static Map<String, String> renames(List<Delta> deltas) {
        Map<String, String> result = new HashMap<>();
        deltas.stream().filter(d -> d.kind() == Delta.Kind.RENAMED).forEach(d -> result.put(d.beforeValue(), d.afterValue()));
        return result;
    }

    private static Map<String, EObject> topLevel(List<CoopFile> files, EReference feature) {
        Map<String, EObject> all = new LinkedHashMap<>();
        for (CoopFile file : files) {
            ElementKeys.children(file, feature).forEach(all::putIfAbsent);
        }
        return all;
    }

    private void collectRenames(Map<String, EObject> before, Map<String, EObject> after) {
        Map<EObject, EObject> pairs = renamed(before, after);
        pairs.forEach((old, now) -> renames.put(((NamedElement) old).getName(), ((NamedElement) now).getName()));
        before.forEach((key, old) -> {
            EObject now = after.get(key);
            if (now == null) {
                now = pairs.get(old);
            }
            if (now != null && now.eClass() == old.eClass()) {
                for (EReference feature : now.eClass().getEAllContainments()) {
                    collectRenames(ElementKeys.children(old, feature, renames), ElementKeys.children(now, feature));
                }
            }
        });
    }

    /** Unmatched old elements paired with unmatched new ones of the same class and the same non-empty title. */
    private Map<EObject, EObject> renamed(Map<String, EObject> before, Map<String, EObject> after) {
        Map<EObject, EObject> pairs = new LinkedHashMap<>();
        if (!pairRenames) {
            return pairs;
        }
        for (Map.Entry<String, EObject> old : before.entrySet()) {
            if (after.containsKey(old.getKey()) || !(old.getValue() instanceof NamedElement named)
                    || named.getTitle() == null || named.getTitle().isEmpty()) {
                continue;
            }
            for (Map.Entry<String, EObject> now : after.entrySet()) {
                if (!before.containsKey(now.getKey()) && now.getValue().eClass() == old.getValue().eClass()
                        && !pairs.containsValue(now.getValue())
                        && named.getTitle().equals(((NamedElement) now.getValue()).getTitle())) {
                    pairs.put(old.getValue(), now.getValue());
                    break;
                }
            }
        }
        return pairs;
    }

    private void children(List<String> parent, Map<String, EObject> before, Map<String, EObject> after) {
        Map<EObject, EObject> pairs = renamed(before, after);
        before.forEach((key, old) -> {
            if (!after.containsKey(key) && !pairs.containsKey(old)) {
                deltas.add(new Delta(Delta.Kind.REMOVED, child(parent, key), old, null, null, title(old), ""));
            }
        });
        Map<EObject, EObject> renamedTo = new HashMap<>();
        pairs.forEach((old, now) -> renamedTo.put(now, old));
        after.forEach((key, now) -> {
            List<String> path = child(parent, key);
            EObject old = before.get(key);
            if (old == null && renamedTo.containsKey(now)) {
                old = renamedTo.get(now);
                deltas.add(new Delta(Delta.Kind.RENAMED, path, old, now, null, ((NamedElement) old).getName(),
                        ((NamedElement) now).getName()));
            }
            if (old == null || old.eClass() != now.eClass()) {
                if (old != null) {
                    deltas.add(new Delta(Delta.Kind.REMOVED, path, old, null, null, title(old), ""));
                }
                deltas.add(new Delta(Delta.Kind.ADDED, path, null, now, null, "", title(now)));
            } else {
                element(path, old, now);
            }
        });
    }

    private void element(List<String> path, EObject before, EObject after) {
        for (EStructuralFeature feature : after.eClass().getEAllStructuralFeatures()) {
            if (skipped.test(feature) || feature.isDerived() || feature.isTransient()
                    || feature == CoopPackage.Literals.NAMED_ELEMENT__NAME) {
                continue;
            }
            if (feature instanceof EReference reference && reference.isContainment()) {
                children(path, ElementKeys.children(before, reference, renames), ElementKeys.children(after, reference));
            } else if (!(feature instanceof EReference reference && reference.isContainer())) {
                String old = FeatureValues.of(before, feature, renames);
                String now = FeatureValues.of(after, feature, Map.of());
                if (!Objects.equals(old, now)) {
                    deltas.add(new Delta(Delta.Kind.CHANGED, path, before, after, feature, old, now));
                }
            }
        }
    }

    private static List<String> child(List<String> parent, String key) {
        List<String> path = new ArrayList<>(parent);
        path.add(key);
        return List.copyOf(path);
    }

    /** An element's title when it has one (the text a reader recognises it by). */
    static String title(EObject object) {
        EStructuralFeature title = object.eClass().getEStructuralFeature("title");
        return title == null ? "" : FeatureValues.of(object, title, Map.of());
    }
}
