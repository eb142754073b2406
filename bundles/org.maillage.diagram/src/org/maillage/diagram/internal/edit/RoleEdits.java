package org.maillage.diagram.internal.edit;

import java.util.List;
import java.util.Set;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.CoopFactory;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.FunctionAssignment;
import org.maillage.model.coop.Role;
import org.maillage.model.coop.RoleAssignment;
import org.maillage.model.services.Raci;

/** Role letters in an action's entries: given (to the actor's existing group when there is one) and taken away. */
final class RoleEdits {

    private RoleEdits() {
    }

    /** {@code Function: … role actor}: in the function's first entry of the action, or a new entry. */
    static void assign(Action action, Function function, Actor actor, Role role) {
        FunctionAssignment entry = Raci.firstEntry(action, function);
        if (entry == null) {
            entry = CoopFactory.eINSTANCE.createFunctionAssignment();
            entry.setFunction(function);
            action.getAssignments().add(entry);
        }
        for (RoleAssignment group : entry.getRoles()) {
            if (group.getActor() == actor) {
                if (!group.getRoles().contains(role)) {
                    group.getRoles().add(role);
                    List<Role> sorted = Raci.CELL_ORDER.stream().filter(group.getRoles()::contains).toList();
                    group.getRoles().clear();
                    group.getRoles().addAll(sorted);
                }
                return;
            }
        }
        RoleAssignment group = CoopFactory.eINSTANCE.createRoleAssignment();
        group.getRoles().add(role);
        group.setActor(actor);
        entry.getRoles().add(group);
    }

    /**
     * Makes the actor's roles in the function's entries of the action exactly {@code roles}: its
     * first group keeps its place and gets the letters (in the order A, R, S, C, I), its other
     * groups go; an empty set removes the actor, a new actor joins the function's first entry.
     */
    static void set(Action action, Function function, Actor actor, Set<Role> roles) {
        if (roles.isEmpty()) {
            unassign(action, function.getName(), actor);
            return;
        }
        RoleAssignment kept = null;
        for (FunctionAssignment entry : List.copyOf(action.getAssignments())) {
            if (entry.getFunction() != function) {
                continue;
            }
            for (RoleAssignment group : List.copyOf(entry.getRoles())) {
                if (group.getActor() != actor) {
                    continue;
                }
                if (kept == null) {
                    kept = group;
                } else {
                    entry.getRoles().remove(group);
                }
            }
            if (entry.getRoles().isEmpty()) {
                action.getAssignments().remove(entry);
            }
        }
        List<Role> sorted = Raci.CELL_ORDER.stream().filter(roles::contains).toList();
        if (kept == null) {
            sorted.forEach(role -> assign(action, function, actor, role));
        } else if (!kept.getRoles().equals(sorted)) {
            kept.getRoles().clear();
            kept.getRoles().addAll(sorted);
        }
    }

    /** Removes every role of the actor in the function's entries of the action; entries left empty go too. */
    static void unassign(Action action, String functionName, Actor actor) {
        for (FunctionAssignment entry : List.copyOf(action.getAssignments())) {
            if (entry.getFunction() != null && functionName.equals(entry.getFunction().getName())) {
                entry.getRoles().removeIf(group -> actor == null || group.getActor() == actor);
                if (entry.getRoles().isEmpty()) {
                    action.getAssignments().remove(entry);
                }
            }
        }
    }
}
