package org.maillage.vcs.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.maillage.model.coop.NamedElement;

/**
 * A feature's value as a comparable, printable text: attributes as written in a {@code .coop} file
 * (enum literals, numbers without exponent, strings as they are), references as the names they
 * point to (read from the text when a name is not resolved). Many values are joined with ", ".
 */
public final class FeatureValues {

    private FeatureValues() {
    }

    /** The value of {@code feature} of {@code object}; old names mapped through {@code renames}. */
    public static String of(EObject object, EStructuralFeature feature, Map<String, String> renames) {
        if (!object.eIsSet(feature) && !(feature instanceof EAttribute a && a.getDefaultValue() != null && !a.isMany()
                && !a.isUnsettable())) {
            return "";
        }
        Object value = object.eGet(feature, false);
        List<String> parts = new ArrayList<>();
        if (feature instanceof EReference reference) {
            List<?> targets = reference.isMany() ? (List<?>) value : java.util.Collections.singletonList(value);
            for (int i = 0; i < targets.size(); i++) {
                String name = name(object, reference, (EObject) targets.get(i), i);
                parts.add(renames.getOrDefault(name, name));
            }
        } else if (feature.isMany()) {
            for (Object each : (List<?>) value) {
                parts.add(text(each));
            }
        } else {
            parts.add(text(value));
        }
        return String.join(", ", parts);
    }

    /** A single attribute value as the language writes it. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enumerator literal) {
            return literal.getLiteral();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }

    /** The name a reference points to: the target's name, or the text written for it when unresolved. */
    public static String name(EObject owner, EReference reference, EObject target, int index) {
        if (target != null && !target.eIsProxy() && target instanceof NamedElement named && named.getName() != null) {
            return named.getName();
        }
        List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, reference);
        if (index < nodes.size()) {
            return NodeModelUtils.getTokenText(nodes.get(index)).replace("^", "");
        }
        return "?";
    }
}
