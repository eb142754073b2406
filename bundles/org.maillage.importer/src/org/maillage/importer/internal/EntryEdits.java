package org.maillage.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.CoopFactory;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.FunctionAssignment;
import org.maillage.model.coop.RoleAssignment;
import org.maillage.model.services.Raci;

/**
 * Sets the roles of an actor on a function of an action in the model's entries, touching as little
 * as possible: the actor's first group in the function's entries takes the roles (its other
 * groups go), a new group joins the function's first entry, a new entry ends the action's entries;
 * no roles removes the actor's groups and the entries they leave empty.
 */
public final class EntryEdits {

    private EntryEdits() {
    }

    public static void set(Action action, Function function, Actor actor, Set<org.maillage.model.coop.Role> roles) {
        List<RoleAssignment> groups = new ArrayList<>();
        for (FunctionAssignment entry : action.getAssignments()) {
            if (entry.getFunction() == function) {
                entry.getRoles().stream().filter(g -> g.getActor() == actor).forEach(groups::add);
            }
        }
        List<org.maillage.model.coop.Role> sorted = Raci.CELL_ORDER.stream().filter(roles::contains).toList();
        if (!sorted.isEmpty() && !groups.isEmpty()) {
            RoleAssignment first = groups.remove(0);
            if (!first.getRoles().equals(sorted)) {
                first.getRoles().clear();
                first.getRoles().addAll(sorted);
            }
        } else if (!sorted.isEmpty()) {
            FunctionAssignment entry = Raci.firstEntry(action, function);
            if (entry == null) {
                entry = CoopFactory.eINSTANCE.createFunctionAssignment();
                entry.setFunction(function);
                action.getAssignments().add(entry);
            }
            RoleAssignment group = CoopFactory.eINSTANCE.createRoleAssignment();
            group.getRoles().addAll(sorted);
            group.setActor(actor);
            entry.getRoles().add(group);
        }
        for (RoleAssignment other : groups) {
            FunctionAssignment entry = (FunctionAssignment) other.eContainer();
            entry.getRoles().remove(other);
            if (entry.getRoles().isEmpty()) {
                action.getAssignments().remove(entry);
            }
        }
    }
}
