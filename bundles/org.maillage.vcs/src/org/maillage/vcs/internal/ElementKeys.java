package org.maillage.vcs.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.maillage.model.coop.NamedElement;

/**
 * How an element is recognised from one version to the next, read from the metamodel so that a
 * class or feature added to it later is keyed without code: a named element by its class and name
 * (names are unique in a model); any other contained element by its class and the value of its
 * first single-valued feature that is not a containment (an entry by its function, a role line by
 * its actor, a funding line by its source, a commitment by its party, an indicator by its title),
 * numbered {@code #2}, {@code #3}... when siblings share that value.
 */
public final class ElementKeys {

    private ElementKeys() {
    }

    /** The children of {@code container} in {@code feature}, by key, in order. */
    public static Map<String, EObject> children(EObject container, EReference feature) {
        return children(container, feature, Map.of());
    }

    /** The same, with the names an element's key refers to mapped through {@code renames} (old name → new name). */
    public static Map<String, EObject> children(EObject container, EReference feature, Map<String, String> renames) {
        Map<String, EObject> result = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (EObject child : contents(container, feature)) {
            String key = segment(child, renames);
            int n = seen.merge(key, 1, Integer::sum);
            result.put(n == 1 ? key : key + " #" + n, child);
        }
        return result;
    }

    /** The path segment of an element: its name, or its class (as the language's keyword) and distinguishing value. */
    public static String segment(EObject object) {
        return segment(object, Map.of());
    }

    private static String segment(EObject object, Map<String, String> renames) {
        if (object instanceof NamedElement named) {
            return named.getName() == null ? "?" : named.getName();
        }
        String keyword = Character.toLowerCase(object.eClass().getName().charAt(0)) + object.eClass().getName().substring(1);
        EStructuralFeature distinguishing = distinguishing(object);
        if (distinguishing == null) {
            return keyword;
        }
        String value = FeatureValues.of(object, distinguishing, renames);
        return value.isEmpty() ? keyword : keyword + " " + value;
    }

    /** The class and segment: two named elements of different classes never match. */
    public static String key(EObject object) {
        return object.eClass().getName() + ":" + segment(object);
    }

    static EStructuralFeature distinguishing(EObject object) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (!feature.isMany() && !(feature instanceof EReference r && (r.isContainment() || r.isContainer()))
                    && !feature.isDerived() && !feature.isTransient()) {
                return feature;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    public static List<EObject> contents(EObject container, EReference feature) {
        if (feature.isMany()) {
            return (List<EObject>) container.eGet(feature);
        }
        Object value = container.eGet(feature);
        return value == null ? List.of() : List.of((EObject) value);
    }
}
