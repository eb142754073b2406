package org.maillage.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.maillage.model.coop.CoopFile;

/**
 * Finds the tokens the parser accepted only through the grammar's *Stray rules: the first
 * token of each run of them is a syntax error (a misspelt keyword, a stray token) that did not
 * stop the parse.
 */
public class StrayTokens {

    /** A run of stray tokens: where its first token is, and the message key for its context. */
    public record Stray(int offset, int length, String text, String messageKey) {
    }

    private static final Map<String, String> KEYS = Map.of("TopStray", "stray.top", "PlanStray", "stray.plan",
            "ActionStray", "stray.action", "ConventionStray", "stray.convention", "ActorStray", "stray.actor");

    public List<Stray> find(CoopFile file) {
        ICompositeNode root = NodeModelUtils.getNode(file);
        List<Stray> result = new ArrayList<>();
        if (root == null) {
            return result;
        }
        INode previous = null;
        for (INode node : root.getAsTreeIterable()) {
            String key = strayKey(node);
            if (key == null) {
                continue;
            }
            if (!(previous != null && follows(previous, node))) {
                ILeafNode first = firstLeaf(node);
                String text = first == null ? node.getText().strip() : first.getText();
                int offset = first == null ? node.getOffset() : first.getOffset();
                result.add(new Stray(offset, Math.max(1, text.length()), text, key));
            }
            previous = node;
        }
        return result;
    }

    private static String strayKey(INode node) {
        if (node instanceof ICompositeNode && node.getGrammarElement() instanceof RuleCall call) {
            AbstractRule rule = call.getRule();
            return rule == null ? null : KEYS.get(rule.getName());
        }
        return null;
    }

    /** Whether {@code next} comes right after {@code previous}, with only hidden tokens between. */
    private static boolean follows(INode previous, INode next) {
        int end = previous.getOffset() + previous.getLength();
        if (next.getOffset() < end) {
            return true;
        }
        String between = previous.getRootNode().getText().substring(end, next.getOffset());
        return between.isBlank() || between.strip().startsWith("//") || between.strip().startsWith("/*");
    }

    private static ILeafNode firstLeaf(INode node) {
        for (ILeafNode leaf : node.getLeafNodes()) {
            if (!leaf.isHidden()) {
                return leaf;
            }
        }
        return null;
    }
}
