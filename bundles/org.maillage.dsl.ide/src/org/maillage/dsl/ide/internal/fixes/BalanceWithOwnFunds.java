package org.maillage.dsl.ide.internal.fixes;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.maillage.dsl.ide.fixes.FileEdit;
import org.maillage.dsl.ide.fixes.FixRequest;
import org.maillage.dsl.ide.fixes.QuickFix;
import org.maillage.dsl.ide.fixes.QuickFixProvider;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.services.FinancingPlan;

/**
 * FUND-PLAN-BALANCE, when the lines fall short of the cost: a {@code self} line of the missing amount
 * for the maître d'ouvrage, after the action's last funding line (or its cost line).
 */
public final class BalanceWithOwnFunds implements QuickFixProvider {

    @Override
    public String code() {
        return "FUND-PLAN-BALANCE";
    }

    @Override
    public List<QuickFix> fixes(FixRequest request) {
        Action action = request.containerAt(Action.class);
        if (action == null || action.getCost() == null || action.getCost().getAmount() == null) {
            return List.of();
        }
        BigDecimal missing = action.getCost().getAmount().subtract(FinancingPlan.total(action));
        ICompositeNode after = NodeModelUtils.getNode(action.getFundings().isEmpty() ? action.getCost()
                : action.getFundings().get(action.getFundings().size() - 1));
        if (missing.signum() <= 0 || after == null) {
            return List.of();
        }
        Actor owner = FinancingPlan.owner(action);
        String amount = missing.stripTrailingZeros().toPlainString();
        String line = "funding self " + amount + " EUR" + (owner == null ? "" : " from " + owner.getName());
        String indentation = indentation(request.text(), after.getOffset());
        return List.of(new QuickFix(owner == null ? request.message("fix.balance", amount)
                : request.message("fix.balanceOwner", amount, owner.getName()),
                List.of(new FileEdit(request.uri(), after.getEndOffset(), 0, "\n" + indentation + line))));
    }

    /** The spaces before the line that holds {@code offset}. */
    private static String indentation(String text, int offset) {
        int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }
}
