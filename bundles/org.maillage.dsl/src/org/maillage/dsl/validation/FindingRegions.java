package org.maillage.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.validation.Finding;

/** Where in the text a finding of the catalogue is shown, from its anchor. */
public final class FindingRegions {

    private FindingRegions() {
    }

    public static ITextRegion of(Finding finding) {
        EObject target = finding.target();
        ICompositeNode node = NodeModelUtils.findActualNodeFor(target);
        if (node == null) {
            return new TextRegion(0, 0);
        }
        return switch (finding.anchor()) {
        case ELEMENT -> new TextRegion(node.getOffset(), node.getLength());
        case NAME -> name(target, node);
        case HEADER -> header(node);
        };
    }

    private static ITextRegion name(EObject target, ICompositeNode fallback) {
        List<INode> names = NodeModelUtils.findNodesForFeature(target, CoopPackage.Literals.NAMED_ELEMENT__NAME);
        INode name = names.isEmpty() ? fallback : names.get(0);
        return new TextRegion(name.getOffset(), name.getLength());
    }

    /** From the element's first token to its first opening brace, included. */
    private static ITextRegion header(ICompositeNode node) {
        for (ILeafNode leaf : node.getLeafNodes()) {
            if (leaf.getGrammarElement() instanceof Keyword keyword && "{".equals(keyword.getValue())) {
                return new TextRegion(node.getOffset(), leaf.getEndOffset() - node.getOffset());
            }
        }
        return new TextRegion(node.getOffset(), node.getLength());
    }
}
