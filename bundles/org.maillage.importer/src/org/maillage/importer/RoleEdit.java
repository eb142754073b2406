package org.maillage.importer;

import java.util.Set;

import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;

/**
 * One change an update proposes: the roles of a structure on a function of an action, before and
 * after, and the sheet's cell it comes from. Identifiers are the model's.
 */
public record RoleEdit(String plan, String action, String function, String actor, Set<Role> before,
        Set<Role> after, String sheet, String cell) {

    public RoleEdit {
        before = Set.copyOf(before);
        after = Set.copyOf(after);
    }

    /** {@code plan/action/function actor: A → A/R}, for a preview. */
    @Override
    public String toString() {
        return plan + "/" + action + "/" + function + " " + actor + ": " + Raci.cell(before) + " → " + Raci.cell(after);
    }
}
