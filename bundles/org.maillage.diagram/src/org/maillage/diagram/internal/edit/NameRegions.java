package org.maillage.diagram.internal.edit;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.coop.NamedElement;

/** Where the element a diagram id names is declared in the document's text: its name, to select it in the text editor. */
public final class NameRegions {

    /** {@code [offset, length]} of the element's name in the document, when it is declared there. */
    public static Optional<int[]> of(LoadedModel model, String id) {
        List<NamedElement> elements = ElementsOfIds.resolve(model, List.of(id));
        if (elements.isEmpty() || elements.get(0).eResource() != model.resource()) {
            return Optional.empty();
        }
        List<INode> nodes = NodeModelUtils.findNodesForFeature(elements.get(0), CoopPackage.Literals.NAMED_ELEMENT__NAME);
        if (nodes.isEmpty()) {
            return Optional.empty();
        }
        INode name = nodes.get(0);
        return Optional.of(new int[] {name.getOffset(), name.getLength()});
    }

    private NameRegions() {
    }
}
