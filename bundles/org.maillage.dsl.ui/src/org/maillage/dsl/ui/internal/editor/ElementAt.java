package org.maillage.dsl.ui.internal.editor;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.maillage.dsl.ide.hover.ElementHovers;
import org.maillage.model.coop.NamedElement;

/** The element a position of the text designates: the one a reference there names, or the one declared there. */
final class ElementAt {

    private ElementAt() {
    }

    /** The element named by the reference at the offset, or declared by the name at the offset; null if none. */
    static NamedElement of(XtextResource resource, int offset) {
        return ElementHovers.elementAt(resource, offset);
    }

    /** The text range of the reference (or name) at the offset, or null. */
    static INode referenceNode(XtextResource resource, int offset) {
        return ElementHovers.offsetHelper(resource).getCrossReferenceNode(resource, new TextRegion(offset, 0));
    }
}
