package org.maillage.vcs.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One difference between two versions of the element tree.
 *
 * @param kind        what happened
 * @param path        the element's path segments ({@link ElementKeys#segment}), in the newer version
 *                    (in the older one for a removal)
 * @param before      the element in the older version; {@code null} when added
 * @param after       the element in the newer version; {@code null} when removed
 * @param feature     the changed feature; {@code null} unless {@link Kind#CHANGED}
 * @param beforeValue the older value ({@link FeatureValues}), the old name for a rename, else ""
 * @param afterValue  the newer value, the new name for a rename, else ""
 */
public record Delta(Kind kind, List<String> path, EObject before, EObject after, EStructuralFeature feature,
        String beforeValue, String afterValue) {

    public enum Kind {
        ADDED, REMOVED, RENAMED, CHANGED
    }

    public String pathText() {
        return String.join("/", path);
    }
}
