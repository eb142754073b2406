package org.maillage.vcs.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.coop.FunctionAssignment;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Role;
import org.maillage.model.coop.RoleAssignment;
import org.maillage.model.services.Raci;
import org.maillage.vcs.Change;

/**
 * Who does what, compared: per plan, action and function, the roles each actor gained, lost or
 * changed, as the RACI matrix would show them (several entries of one function count as one;
 * roles written A, R, S, C, I). Actions added or removed bring all their roles.
 */
public final class RoleChanges {

    private RoleChanges() {
    }

    /**
     * Plan/action/function → actor → cell, in source order. Names are read from the text when a
     * reference is not resolved (a file compared alone), so that two unresolved mentions of one
     * actor are one column.
     */
    public static Map<String, Map<String, String>> cells(List<CoopFile> files, Map<String, String> renames) {
        Map<String, Map<String, Set<Role>>> roles = new LinkedHashMap<>();
        for (CoopFile file : files) {
            for (Plan plan : file.getPlans()) {
                for (Action action : plan.getActions()) {
                    for (FunctionAssignment entry : action.getAssignments()) {
                        String key = renamed(plan.getName(), renames) + "/" + renamed(action.getName(), renames) + "/"
                                + renamed(FeatureValues.name(entry, CoopPackage.Literals.FUNCTION_ASSIGNMENT__FUNCTION,
                                        entry.getFunction(), 0), renames);
                        Map<String, Set<Role>> row = roles.computeIfAbsent(key, k -> new LinkedHashMap<>());
                        for (RoleAssignment line : entry.getRoles()) {
                            if (!line.getRoles().isEmpty()) {
                                String actor = renamed(FeatureValues.name(line, CoopPackage.Literals.ROLE_ASSIGNMENT__ACTOR,
                                        line.getActor(), 0), renames);
                                row.computeIfAbsent(actor, a -> EnumSet.noneOf(Role.class)).addAll(line.getRoles());
                            }
                        }
                    }
                }
            }
        }
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        roles.forEach((row, cells) -> {
            Map<String, String> written = new LinkedHashMap<>();
            cells.forEach((actor, set) -> written.put(actor, Raci.cell(set)));
            rows.put(row, written);
        });
        return rows;
    }

    public static List<Change> compare(List<CoopFile> before, List<CoopFile> after, Map<String, String> renames) {
        Map<String, Map<String, String>> old = cells(before, renames);
        Map<String, Map<String, String>> now = cells(after, Map.of());
        List<Change> changes = new ArrayList<>();
        Map<String, Map<String, String>> all = new LinkedHashMap<>(now);
        old.forEach(all::putIfAbsent);
        all.forEach((row, ignored) -> {
            Map<String, String> oldCells = old.getOrDefault(row, Map.of());
            Map<String, String> newCells = now.getOrDefault(row, Map.of());
            Map<String, String> actors = new LinkedHashMap<>(newCells);
            oldCells.forEach(actors::putIfAbsent);
            actors.keySet().forEach(actor -> {
                String was = oldCells.getOrDefault(actor, "");
                String is = newCells.getOrDefault(actor, "");
                if (!was.equals(is)) {
                    Change.Kind kind = was.isEmpty() ? Change.Kind.ADDED : is.isEmpty() ? Change.Kind.REMOVED : Change.Kind.CHANGED;
                    changes.add(new Change(Change.Section.ROLE, kind, "Role", row, actor, was, is, false));
                }
            });
        });
        return changes;
    }

    private static String renamed(String name, Map<String, String> renames) {
        String shown = name == null ? "?" : name;
        return renames.getOrDefault(shown, shown);
    }
}
