package org.maillage.dsl.ui.internal.editor;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** The references an element writes, each with the text that names its target. */
final class ReferenceNodes {

    private ReferenceNodes() {
    }

    /**
     * Calls {@code each} with every (target, node) of the element's cross-references, in the order
     * written; targets are resolved only if {@code resolve} (unresolved ones are proxies).
     */
    static void forEach(EObject object, boolean resolve, BiConsumer<EObject, INode> each) {
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer()) {
                continue;
            }
            List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
            Object value = object.eGet(reference, resolve);
            List<?> values = reference.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
            for (int i = 0; i < values.size() && i < nodes.size(); i++) {
                if (values.get(i) instanceof EObject target) {
                    each.accept(target, nodes.get(i));
                }
            }
        }
    }
}
