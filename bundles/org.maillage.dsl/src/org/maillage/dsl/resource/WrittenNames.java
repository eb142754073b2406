package org.maillage.dsl.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.linking.lazy.LazyURIEncoder;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.maillage.model.coop.NamedElement;

/**
 * The name of an element as the text gives it. A reference that does not resolve leaves a proxy whose
 * name is null: what the user wrote there is its name for every view, label and message.
 */
public final class WrittenNames {

    private WrittenNames() {
    }

    /**
     * The element's name or, for an unresolved reference, the text written at the reference; null only for
     * a null element.
     *
     * @param context an element of the model the reference was read with (its resource set holds the text)
     */
    public static String of(NamedElement element, EObject context) {
        if (element == null) {
            return null;
        }
        if (!element.eIsProxy()) {
            return element.getName() == null ? "" : element.getName();
        }
        URI uri = EcoreUtil.getURI(element);
        if (source(uri, context) instanceof LazyLinkingResource text) {
            LazyURIEncoder encoder = text.getEncoder();
            if (encoder.isCrossLinkFragment(text, uri.fragment())) {
                INode node = encoder.decode(text, uri.fragment()).getThird();
                return NodeModelUtils.getTokenText(node);
            }
        }
        return uri.fragment();
    }

    private static Resource source(URI uri, EObject context) {
        Resource resource = context == null ? null : context.eResource();
        if (resource == null || resource.getURI().equals(uri.trimFragment()) || resource.getResourceSet() == null) {
            return resource;
        }
        return resource.getResourceSet().getResource(uri.trimFragment(), false);
    }
}
