package org.maillage.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.maillage.dsl.services.CoopGrammarAccess;
import org.maillage.model.coop.Action;

import com.google.inject.Inject;

/**
 * The {@code cost} lines written in an action, in text order. The model holds one cost (the last
 * line written wins), so the text is the only place where a repeated line can be seen.
 */
public class CostLines {

    @Inject
    private CoopGrammarAccess grammar;

    public List<INode> of(Action action) {
        List<INode> lines = new ArrayList<>();
        ICompositeNode node = NodeModelUtils.getNode(action);
        if (node == null || action.getCost() == null) {
            return lines;
        }
        for (INode child : node.getChildren()) {
            if (child.getGrammarElement() instanceof RuleCall call && call.getRule() == grammar.getCostRule()) {
                lines.add(child);
            }
        }
        return lines;
    }
}
