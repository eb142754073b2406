package org.maillage.dsl.ui.internal.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.maillage.model.coop.NamedElement;

/** The element a position of the text designates: the one a reference there names, or the one declared there. */
final class ElementAt {

    private ElementAt() {
    }

    /** The language's helper, from the resource's injector: it has injected members of its own. */
    static EObjectAtOffsetHelper helper(XtextResource resource) {
        return resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
    }

    /** The element named by the reference at the offset, or declared by the name at the offset; null if none. */
    static NamedElement of(XtextResource resource, int offset) {
        EObjectAtOffsetHelper helper = helper(resource);
        EObject referenced = helper.resolveCrossReferencedElementAt(resource, offset);
        if (referenced instanceof NamedElement named && !referenced.eIsProxy()) {
            return named;
        }
        EObject declared = helper.getElementWithNameAt(resource, offset);
        return declared instanceof NamedElement named ? named : null;
    }

    /** The text range of the reference (or name) at the offset, or null. */
    static INode referenceNode(XtextResource resource, int offset) {
        return helper(resource).getCrossReferenceNode(resource, new TextRegion(offset, 0));
    }
}
