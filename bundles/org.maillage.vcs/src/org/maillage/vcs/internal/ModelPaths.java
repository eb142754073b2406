package org.maillage.vcs.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** Finds an element of a model by its path of {@link ElementKeys} segments. */
public final class ModelPaths {

    private ModelPaths() {
    }

    /** The element at {@code path} below {@code root}; {@code root} for an empty path; null when there is none. */
    public static EObject find(EObject root, List<String> path) {
        EObject current = root;
        for (String segment : path) {
            EObject next = null;
            for (EReference feature : current.eClass().getEAllContainments()) {
                next = ElementKeys.children(current, feature).get(segment);
                if (next != null) {
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            current = next;
        }
        return current;
    }

    /** Whether {@code prefix} is {@code path} or one of its ancestors. */
    public static boolean within(List<String> path, List<String> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }
}
