package org.maillage.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.Plan;

/**
 * Finds the tokens the parser accepted only through the grammar's *Stray rules: the first
 * token of each run of them is a syntax error (a misspelt keyword, a stray token) that did not
 * stop the parse. Strays are direct children of the nodes of a file, a plan, an action, a
 * convention or an actor, so only those nodes' children are looked at.
 */
public class StrayTokens {

    /** A run of stray tokens: where its first token is, and the message key for its context. */
    public record Stray(int offset, int length, String text, String messageKey) {
    }

    private static final Map<String, String> KEYS = Map.of("TopStray", "stray.top", "PlanStray", "stray.plan",
            "ActionStray", "stray.action", "ConventionStray", "stray.convention", "ActorStray", "stray.actor");

    public List<Stray> find(CoopFile file) {
        List<Stray> result = new ArrayList<>();
        scan(file, result);
        file.getActors().forEach(actor -> scan(actor, result));
        for (Plan plan : file.getPlans()) {
            scan(plan, result);
            plan.getActions().forEach(action -> scan(action, result));
            plan.getConventions().forEach(convention -> scan(convention, result));
        }
        result.sort(java.util.Comparator.comparingInt(Stray::offset));
        return result;
    }

    private static void scan(EObject element, List<Stray> result) {
        ICompositeNode node = NodeModelUtils.getNode(element);
        if (node == null || !(element instanceof CoopFile || element instanceof Plan || element instanceof Action
                || element instanceof Convention || element instanceof Actor)) {
            return;
        }
        INode previous = null;
        for (INode child : node.getChildren()) {
            String key = strayKey(child);
            if (key == null) {
                if (!(child instanceof ILeafNode leaf && leaf.isHidden())) {
                    previous = null;
                }
                continue;
            }
            if (previous == null) {
                ILeafNode first = firstLeaf(child);
                String text = first == null ? child.getText().strip() : first.getText();
                int offset = first == null ? child.getOffset() : first.getOffset();
                result.add(new Stray(offset, Math.max(1, text.length()), text, key));
            }
            previous = child;
        }
    }

    private static String strayKey(INode node) {
        if (node instanceof ICompositeNode && node.getGrammarElement() instanceof RuleCall call) {
            AbstractRule rule = call.getRule();
            return rule == null ? null : KEYS.get(rule.getName());
        }
        return null;
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
