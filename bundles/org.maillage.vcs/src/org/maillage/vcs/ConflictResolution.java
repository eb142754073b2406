package org.maillage.vcs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.dsl.load.TextStyle;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.NamedElement;
import org.maillage.vcs.internal.ChangeApplier;
import org.maillage.vcs.internal.Delta;
import org.maillage.vcs.internal.ModelPaths;

/**
 * Resolves a conflict a merge left by taking their value after all: their value is written into
 * the element's feature in our text through the same change serializer as the merge (only that
 * element's region is printed again; layout and comments elsewhere stay).
 */
public final class ConflictResolution {

    private ConflictResolution() {
    }

    /** Whether their side of the conflict is a value that can be written (a feature both changed). */
    public static boolean canTakeTheirs(Conflict conflict) {
        return conflict.feature() != null
                && (conflict.kind() == Conflict.Kind.BOTH_CHANGED || conflict.kind() == Conflict.Kind.NOT_APPLIED);
    }

    /**
     * Our text with their value of the conflict's feature, or null when it cannot be written (the
     * element or a name it refers to is not there any more, the value does not fit the feature, the
     * result would not parse).
     *
     * @param context the model's other files (path → text), for references
     * @param name    the file's path (its key beside the context's)
     */
    public static String takeTheirs(String text, Conflict conflict, Map<String, String> context, String name, Locale locale) {
        if (!canTakeTheirs(conflict)) {
            return null;
        }
        ChangeApplier applier = new ChangeApplier(new VersionLoader(locale), context, name);
        Version ours = applier.parse("ours", text);
        var resource = ours.files().get(name);
        if (resource == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof CoopFile file)) {
            return null;
        }
        List<String> path = List.of(conflict.element().split("/"));
        EObject element = ModelPaths.find(file, path);
        EStructuralFeature feature = element == null ? null : element.eClass().getEStructuralFeature(conflict.feature());
        if (feature == null || feature instanceof EReference r && r.isContainment()) {
            return null;
        }
        EObject theirs = EcoreUtil.copy(element);
        try {
            if (!set(theirs, feature, conflict.theirs(), ours.resourceSet())) {
                return null;
            }
        } catch (RuntimeException notAValue) {
            return null;
        }
        String merged = applier.apply(text, new Delta(Delta.Kind.CHANGED, path, element, theirs, feature, conflict.ours(), conflict.theirs()));
        return merged == null ? null : TextStyle.of(text).apply(merged);
    }

    /** Sets a feature from its text ({@code FeatureValues}: literals, plain numbers, names; many joined by ", "). */
    @SuppressWarnings("unchecked")
    private static boolean set(EObject object, EStructuralFeature feature, String value, ResourceSet names) {
        if (value.isEmpty()) {
            object.eUnset(feature);
            return true;
        }
        List<String> parts = feature.isMany() ? Arrays.asList(value.split(", ")) : List.of(value);
        List<Object> values = new ArrayList<>();
        for (String part : parts) {
            Object one = feature instanceof EAttribute attribute
                    ? EcoreUtil.createFromString(attribute.getEAttributeType(), part)
                    : named(part, (EReference) feature, names);
            if (one == null) {
                return false;
            }
            values.add(one);
        }
        if (feature.isMany()) {
            EList<Object> list = (EList<Object>) object.eGet(feature);
            list.clear();
            list.addAll(values);
        } else {
            object.eSet(feature, values.get(0));
        }
        return true;
    }

    private static EObject named(String name, EReference reference, ResourceSet set) {
        var all = set.getAllContents();
        while (all.hasNext()) {
            if (all.next() instanceof NamedElement named && name.equals(named.getName())
                    && reference.getEReferenceType().isInstance(named)) {
                return named;
            }
        }
        return null;
    }
}
