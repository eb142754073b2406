package org.maillage.dsl.resource;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IFragmentProvider;

/**
 * EMF's fragments ({@code //@territories.41}), computed without EMF's {@code indexOf} in the
 * containing list: that made every fragment linear in the number of siblings, so that naming each
 * of 100,000 territories (index entries, duplicate names, diagnostics) was quadratic. Positions in
 * long lists are kept per list and checked on each use ({@code list.get(position) == element}),
 * rebuilt when the list changed. Fragments and their decoding are EMF's own.
 */
public class IndexedFragmentProvider implements IFragmentProvider {

    /** Below this many siblings {@code indexOf} is as cheap as a look-up. */
    private static final int INDEXED_FROM = 64;

    private final Map<EObject, Map<EReference, Map<EObject, Integer>>> positions = new WeakHashMap<>();

    @Override
    public synchronized String getFragment(EObject object, Fallback fallback) {
        Resource resource = object.eResource();
        if (resource == null || object.eIsProxy() || EcoreUtil.getID(object) != null) {
            return fallback.getFragment(object);
        }
        Deque<String> segments = new ArrayDeque<>();
        EObject current = object;
        while (current.eContainer() != null && current.eResource() == resource) {
            EReference feature = current.eContainmentFeature();
            if (feature == null || EcoreUtil.getID(current.eContainer()) != null) {
                return fallback.getFragment(object);
            }
            segments.push(feature.isMany() ? "@" + feature.getName() + "." + position(current.eContainer(), feature, current)
                    : "@" + feature.getName());
            current = current.eContainer();
        }
        List<EObject> roots = resource.getContents();
        if (current.eContainer() != null || !roots.contains(current)) {
            return fallback.getFragment(object);
        }
        StringBuilder fragment = new StringBuilder("/");
        if (roots.size() > 1) {
            fragment.append(roots.indexOf(current));
        }
        for (String segment : segments) {
            fragment.append('/').append(segment);
        }
        return fragment.toString();
    }

    @Override
    public EObject getEObject(Resource resource, String fragment, Fallback fallback) {
        return fallback.getEObject(fragment);
    }

    private int position(EObject container, EReference feature, EObject element) {
        List<?> list = (List<?>) container.eGet(feature, false);
        if (list.size() < INDEXED_FROM) {
            return list.indexOf(element);
        }
        Map<EObject, Integer> known = positions.computeIfAbsent(container, c -> new IdentityHashMap<>())
                .computeIfAbsent(feature, f -> new IdentityHashMap<>());
        Integer position = known.get(element);
        if (position == null || position >= list.size() || list.get(position) != element) {
            known.clear();
            for (int i = 0; i < list.size(); i++) {
                known.put((EObject) list.get(i), i);
            }
            position = known.get(element);
        }
        return position == null ? -1 : position;
    }
}
