package org.maillage.model.services;

import java.math.BigDecimal;
import java.util.List;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Funding;
import org.maillage.model.coop.FundingSource;
import org.maillage.model.coop.FunctionAssignment;
import org.maillage.model.coop.Nature;
import org.maillage.model.coop.Role;
import org.maillage.model.coop.RoleAssignment;

/**
 * An action's financing plan (language 1.1) as funders read it, with the terms of DESIGN.md
 * "Rules 1.1": the maître d'ouvrage, who pays each line, the action's public funding and an
 * actor's own share.
 */
public final class FinancingPlan {

    private FinancingPlan() {
    }

    /**
     * The action's maître d'ouvrage: the A of its first entry on a function of nature
     * {@code ownership}, or null when there is none.
     */
    public static Actor owner(Action action) {
        for (FunctionAssignment entry : action.getAssignments()) {
            if (entry.getFunction() != null && !entry.getFunction().eIsProxy()
                    && entry.getFunction().isSetNature() && entry.getFunction().getNature() == Nature.OWNERSHIP) {
                for (RoleAssignment role : entry.getRoles()) {
                    if (role.getRoles().contains(Role.A) && role.getActor() != null && !role.getActor().eIsProxy()) {
                        return role.getActor();
                    }
                }
            }
        }
        return null;
    }

    /** Who pays a line: its {@code from}, or the maître d'ouvrage for a {@code self} line without one; else null. */
    public static Actor payer(Funding line, Actor owner) {
        Actor from = line.getFunder();
        if (from != null && !from.eIsProxy()) {
            return from;
        }
        return line.getSource() == FundingSource.SELF ? owner : null;
    }

    /** The line's amount plus its counterpart's. */
    public static BigDecimal total(Funding line) {
        return FinancingPlans.total(List.of(line));
    }

    /** The sum of the action's funding lines and their counterparts. */
    public static BigDecimal total(Action action) {
        return FinancingPlans.total(action.getFundings());
    }

    /** The action's public funding, as {@link FinancingPlans#publicFunding} defines it. */
    public static BigDecimal publicFunding(Action action) {
        return FinancingPlans.publicFunding(action.getFundings());
    }

    /** An actor's own share in the action: the lines it pays (its {@code self} lines included) and the counterparts it brings. */
    public static BigDecimal ownShare(Action action, Actor actor) {
        return actor == null ? BigDecimal.ZERO : FinancingPlans.ownShare(action.getFundings(), actor, owner(action));
    }
}
