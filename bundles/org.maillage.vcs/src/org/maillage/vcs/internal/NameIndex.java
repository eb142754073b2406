package org.maillage.vcs.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.maillage.model.coop.NamedElement;

/** The named elements of a resource set by name: where a merged reference is pointed. */
final class NameIndex {

    private final Map<String, List<NamedElement>> byName = new HashMap<>();

    NameIndex(ResourceSet set) {
        set.getAllContents().forEachRemaining(o -> {
            if (o instanceof NamedElement named && named.getName() != null) {
                byName.computeIfAbsent(named.getName(), n -> new ArrayList<>()).add(named);
            }
        });
    }

    /**
     * Our elements for the names {@code owner}'s {@code reference} points to (a list when it is
     * many-valued); null when one of them is not ours.
     */
    Object resolve(EObject owner, EReference reference) {
        if (!reference.isMany()) {
            return find(FeatureValues.name(owner, reference, (EObject) owner.eGet(reference, false), 0), reference);
        }
        List<EObject> resolved = new ArrayList<>();
        List<?> targets = (List<?>) owner.eGet(reference, false);
        for (int i = 0; i < targets.size(); i++) {
            EObject found = find(FeatureValues.name(owner, reference, (EObject) targets.get(i), i), reference);
            if (found == null) {
                return null;
            }
            resolved.add(found);
        }
        return resolved;
    }

    private EObject find(String name, EReference reference) {
        for (NamedElement candidate : byName.getOrDefault(name, List.of())) {
            if (reference.getEReferenceType().isInstance(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
