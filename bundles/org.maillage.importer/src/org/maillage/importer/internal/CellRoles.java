package org.maillage.importer.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.maillage.model.coop.Role;

/**
 * The role letters of a cell: {@code A/R}, {@code R}, {@code A, R}, {@code a r}, {@code A+R};
 * letters A, R, S, C, I in any case, separated by {@code /}, {@code ,}, {@code ;}, {@code +} or
 * blanks. Anything else ({@code x}, {@code oui}, {@code AR}) is not guessed.
 */
public final class CellRoles {

    private CellRoles() {
    }

    /** The roles of a cell (empty for an empty cell), or null when the cell holds something else. */
    public static Set<Role> parse(String cell) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String token : cell.trim().split("[/,;+\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            Role role = token.length() == 1 ? Role.get(token.toUpperCase(Locale.ROOT)) : null;
            if (role == null) {
                return null;
            }
            roles.add(role);
        }
        return roles;
    }
}
