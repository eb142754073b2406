package org.maillage.model.services;

import java.util.EnumMap;
import java.util.Map;

import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Level;
import org.maillage.model.coop.Role;

/** An actor's workload in a matrix: how many rows it holds each role in, and at which level. */
public record Workload(Map<Role, Integer> roles, int political, int technical) {

    public static Workload of(RaciMatrix matrix, Actor actor) {
        Map<Role, Integer> roles = new EnumMap<>(Role.class);
        int political = 0;
        int technical = 0;
        for (RaciMatrix.Row row : matrix.rows()) {
            if (row.roles(actor).isEmpty()) {
                continue;
            }
            row.roles(actor).forEach(role -> roles.merge(role, 1, Integer::sum));
            if (row.function() != null && row.function().isSetLevel()) {
                if (row.function().getLevel() == Level.POLITICAL) {
                    political++;
                } else {
                    technical++;
                }
            }
        }
        return new Workload(roles, political, technical);
    }

    public int count(Role role) {
        return roles.getOrDefault(role, 0);
    }
}
