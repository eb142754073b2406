package org.maillage.model.services;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.FunctionAssignment;
import org.maillage.model.coop.Role;
import org.maillage.model.coop.RoleAssignment;

/**
 * The RACI cells of an action: for each function, in source order, the roles each actor holds.
 * Several entries of one function in one action count as one; an actor's roles are their union.
 */
public final class Raci {

    /** The order role letters are written in a cell: A, R, S, C, I. */
    public static final List<Role> CELL_ORDER = List.of(Role.A, Role.R, Role.S, Role.C, Role.I);

    /**
     * The colour of each role letter in every output and view, as RRGGBB hexadecimal, in the
     * roles' order (an ordered map: outputs written from it are the same from one run to the next).
     */
    public static final Map<Role, String> COLOURS = Collections.unmodifiableMap(new EnumMap<>(Map.of(Role.A,
            "B71C1C", Role.R, "0D47A1", Role.S, "1B5E20", Role.C, "E65100", Role.I, "4A148C")));

    private Raci() {
    }

    /** Function → (actor → roles), functions and actors in order of first appearance. */
    public static Map<Function, Map<Actor, Set<Role>>> cells(Action action) {
        Map<Function, Map<Actor, Set<Role>>> cells = new LinkedHashMap<>();
        for (FunctionAssignment entry : action.getAssignments()) {
            Map<Actor, Set<Role>> row = cells.computeIfAbsent(entry.getFunction(), f -> new LinkedHashMap<>());
            for (RoleAssignment assignment : entry.getRoles()) {
                if (assignment.getActor() != null && !assignment.getRoles().isEmpty()) {
                    row.computeIfAbsent(assignment.getActor(), a -> EnumSet.noneOf(Role.class))
                            .addAll(assignment.getRoles());
                }
            }
        }
        return cells;
    }

    /** Whether an actor holds any role in an action. */
    public static boolean holdsRole(Actor actor, Action action) {
        return action.getAssignments().stream().flatMap(entry -> entry.getRoles().stream())
                .anyMatch(roles -> roles.getActor() == actor && !roles.getRoles().isEmpty());
    }

    /** The actors holding {@code role} in a row. */
    public static List<Actor> holders(Map<Actor, Set<Role>> row, Role role) {
        return row.entrySet().stream().filter(e -> e.getValue().contains(role)).map(Map.Entry::getKey)
                .collect(Collectors.toList());
    }

    /** A cell as the CSV writes it: letters in the order A, R, S, C, I joined by '/'. */
    public static String cell(Set<Role> roles) {
        return CELL_ORDER.stream().filter(roles::contains).map(Role::getLiteral).collect(Collectors.joining("/"));
    }

    /** The first entry of {@code function} in {@code action}: where a row's problems are reported. */
    public static FunctionAssignment firstEntry(Action action, Function function) {
        return action.getAssignments().stream().filter(e -> e.getFunction() == function).findFirst().orElse(null);
    }
}
