package org.maillage.importer;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.model.coop.Role;

/**
 * A "who does what" table as read from a sheet, before it meets any model: one column per
 * structure, one row per (action, function) with the roles of each structure. Rows of one
 * action share its {@link Row#group()} number (in order of appearance), so that two actions with
 * the same title stay two.
 *
 * @param sheet    the sheet's name
 * @param title    the plan's title when the sheet names it (the RACI generator's first line), or null
 * @param fromYear the plan's first year when the sheet names it, or 0
 * @param toYear   the plan's last year when the sheet names it, or 0
 * @param actors   the structures' columns, left to right
 * @param rows     the table's rows, top to bottom
 * @param findings what could not be read, and how things were read
 */
public record RoleSheet(String sheet, String title, int fromYear, int toYear, List<Column> actors, List<Row> rows,
        List<ImportFinding> findings) {

    /** A structure's column: its index (0-based), its letters ({@code D}), its header text and cell ({@code D4}). */
    public record Column(int index, String letters, String header, String headerCell) {
    }

    /**
     * One (action, function) row.
     *
     * @param row      the sheet's row (1-based, as shown)
     * @param actionCell   the address of the row's action cell ({@code A5})
     * @param functionCell the address of the row's function cell ({@code B5})
     * @param group    the number of the action among the sheet's actions (0, 1...)
     * @param action   the action's title (or id) as written
     * @param function the function's title (or id) as written
     * @param roles    the roles read, by column index: an empty set for an empty cell; a cell that
     *                 could not be read has no entry (it is left as it is by an update)
     */
    public record Row(int row, String actionCell, String functionCell, int group, String action, String function, Map<Integer, Set<Role>> roles) {
    }

    public RoleSheet {
        actors = List.copyOf(actors);
        rows = List.copyOf(rows);
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(ImportFinding::isError);
    }
}
