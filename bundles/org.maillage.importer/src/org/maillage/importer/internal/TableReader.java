package org.maillage.importer.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maillage.importer.ColumnMap;
import org.maillage.importer.ImportFinding;
import org.maillage.importer.ImportFinding.Severity;
import org.maillage.importer.RoleSheet;
import org.maillage.importer.SheetRefusedException;
import org.maillage.model.coop.Role;

/**
 * Finds the "who does what" table in a sheet and reads it: the column header (a row naming the
 * action and function columns, or the columns of {@code --map}), then one row per (action,
 * function). An action's title is written on its first row (the RACI generator's facts below it
 * are left out) or in a merged cell over its rows, or repeated on each row; a row without an
 * action belongs to the action above; blank rows are skipped; a row with an action and no
 * function only starts the action.
 */
public final class TableReader {

    private static final Set<String> ACTION_HEADERS = Set.of("action", "actions", "ficheaction", "projet", "projets");

    private static final Set<String> FUNCTION_HEADERS = Set.of("fonction", "fonctions", "function", "functions",
            "mission", "missions", "tache", "taches", "task", "tasks");

    private static final Pattern YEARS = Pattern.compile("\\b((?:19|20)\\d\\d)\\b\\D{1,12}\\b((?:19|20)\\d\\d)\\b");

    /** How far down the column header is searched. */
    private static final int HEADER_SEARCH_ROWS = 50;

    private final Grid grid;
    private final Locale locale;
    private final List<ImportFinding> findings = new ArrayList<>();

    private TableReader(Grid grid, Locale locale) {
        this.grid = grid;
        this.locale = locale;
    }

    public static RoleSheet read(Grid grid, ColumnMap map, Locale locale, List<ImportFinding> earlier)
            throws SheetRefusedException {
        TableReader reader = new TableReader(grid, locale);
        reader.findings.addAll(earlier);
        return reader.read(map);
    }

    private RoleSheet read(ColumnMap given) throws SheetRefusedException {
        ColumnMap map = given == null ? findHeader() : withHeader(given);
        List<RoleSheet.Column> actors = new ArrayList<>();
        for (int c = map.firstActor(); c <= map.lastActor(); c++) {
            if (c == map.action() || c == map.function()) {
                continue;
            }
            String header = Titles.clean(grid.text(map.headerRow(), c));
            if (!header.isEmpty()) {
                actors.add(new RoleSheet.Column(c, Cells.letters(c), header, Cells.address(map.headerRow(), c)));
            }
        }
        if (actors.isEmpty()) {
            throw new SheetRefusedException(ImportMessages.get(locale, "refused.noActors", grid.name(),
                    map.headerRow() + 1));
        }
        List<RoleSheet.Row> rows = rows(map, actors);
        String title = null;
        int from = 0;
        int to = 0;
        for (int r = 0; r < map.headerRow(); r++) {
            String line = Titles.clean(grid.text(r, 0));
            String loose = Titles.loose(line);
            int dash = line.indexOf('–') >= 0 ? line.indexOf('–') : line.indexOf(" - ");
            if (title == null && dash > 0 && (loose.startsWith("matriceraci") || loose.startsWith("racimatrix"))) {
                title = line.substring(dash + 1).replaceFirst("^[-\\s]+", "").trim();
            } else if (title == null && !line.isEmpty()) {
                title = line;
            }
            Matcher years = YEARS.matcher(line);
            if (from == 0 && years.find()) {
                from = Integer.parseInt(years.group(1));
                to = Integer.parseInt(years.group(2));
            }
        }
        if (!grid.formulas().isEmpty()) {
            findings.add(new ImportFinding(Severity.INFO, "IMPORT-FORMULA", grid.name(), grid.formulas().get(0),
                    ImportMessages.get(locale, "finding.formula", grid.formulas().size()), null));
        }
        for (String cell : grid.longCells()) {
            findings.add(new ImportFinding(Severity.ERROR, "IMPORT-CELL-LONG", grid.name(), cell,
                    ImportMessages.get(locale, "finding.long", org.maillage.importer.SheetLimits.MAX_CELL_CHARS),
                    ImportMessages.get(locale, "finding.long.hint")));
        }
        return new RoleSheet(grid.name(), title == null || title.isEmpty() ? null : title, from, to, actors, rows,
                findings);
    }

    /** The header row: the first naming an action column and a function column; the structures after them. */
    private ColumnMap findHeader() throws SheetRefusedException {
        for (int r = 0; r < Math.min(grid.rows(), HEADER_SEARCH_ROWS); r++) {
            int action = -1;
            int function = -1;
            List<String> row = grid.cells().get(r);
            for (int c = 0; c < row.size(); c++) {
                String loose = Titles.loose(grid.text(r, c));
                if (action < 0 && ACTION_HEADERS.contains(loose)) {
                    action = c;
                } else if (function < 0 && FUNCTION_HEADERS.contains(loose)) {
                    function = c;
                }
            }
            if (action >= 0 && function >= 0) {
                return new ColumnMap(action, function, Math.max(action, function) + 1,
                        Math.max(row.size() - 1, Math.max(action, function) + 1), r);
            }
        }
        throw new SheetRefusedException(ImportMessages.get(locale, "refused.noHeader", grid.name()));
    }

    /** The given columns, with the header row searched when not given: the first naming most structures. */
    private ColumnMap withHeader(ColumnMap map) throws SheetRefusedException {
        if (map.headerRow() != ColumnMap.FIND_HEADER) {
            return map;
        }
        int width = map.lastActor() - map.firstActor() + 1;
        for (int r = 0; r < Math.min(grid.rows(), HEADER_SEARCH_ROWS); r++) {
            int named = 0;
            for (int c = map.firstActor(); c <= map.lastActor(); c++) {
                String text = grid.text(r, c);
                named += text.isBlank() || CellRoles.parse(text) != null ? 0 : 1;
            }
            if (named > 0 && named * 2 >= width) {
                return new ColumnMap(map.action(), map.function(), map.firstActor(), map.lastActor(), r);
            }
        }
        throw new SheetRefusedException(ImportMessages.get(locale, "refused.noHeader", grid.name()));
    }

    private List<RoleSheet.Row> rows(ColumnMap map, List<RoleSheet.Column> actors) {
        Map<String, RoleSheet.Row> rows = new LinkedHashMap<>();
        int group = -1;
        String current = null;
        Grid.Region currentRegion = null;
        Set<String> functionsOfGroup = new HashSet<>();
        for (int r = map.headerRow() + 1; r < grid.rows(); r++) {
            if (grid.blank(r)) {
                continue;
            }
            String actionCell = grid.shown(r, map.action());
            String function = Titles.firstLine(grid.shown(r, map.function()));
            Grid.Region region = grid.mergedInto(r, map.action());
            if (!actionCell.isBlank()) {
                String title = Titles.firstLine(actionCell);
                Grid.Region own = firstOwnRegion(r, map.action());
                boolean continues = region != null ? region.equals(currentRegion)
                        : own == null && currentRegion == null && title.equals(current)
                                && !functionsOfGroup.contains(function);
                if (!continues) {
                    group++;
                    current = title;
                    functionsOfGroup.clear();
                }
                currentRegion = region != null ? region : own;
            }
            Map<Integer, Set<Role>> roles = roles(r, actors);
            boolean anyRole = roles.values().stream().anyMatch(set -> !set.isEmpty())
                    || roles.size() < actors.size();
            if (function.isEmpty()) {
                if (anyRole) {
                    findings.add(new ImportFinding(Severity.ERROR, "IMPORT-NO-FUNCTION", grid.name(),
                            Cells.address(r, map.function()), ImportMessages.get(locale, "finding.noFunction"),
                            ImportMessages.get(locale, "finding.noFunction.hint")));
                }
                continue;
            }
            if (current == null) {
                findings.add(new ImportFinding(Severity.ERROR, "IMPORT-NO-ACTION", grid.name(),
                        Cells.address(r, map.action()), ImportMessages.get(locale, "finding.noAction", function),
                        ImportMessages.get(locale, "finding.noAction.hint")));
                continue;
            }
            functionsOfGroup.add(function);
            String key = group + "\u0000" + function;
            RoleSheet.Row earlier = rows.get(key);
            if (earlier != null) {
                roles.forEach((column, set) -> earlier.roles().merge(column, set, (a, b) -> {
                    a.addAll(b);
                    return a;
                }));
            } else {
                rows.put(key, new RoleSheet.Row(r + 1, Cells.address(r, map.action()), Cells.address(r, map.function()),
                        group, current, function, roles));
            }
        }
        return List.copyOf(rows.values());
    }

    /** The region a cell is the top-left of, or null. */
    private Grid.Region firstOwnRegion(int row, int column) {
        return grid.merged().stream().filter(g -> g.firstRow() == row && g.firstColumn() == column).findFirst()
                .orElse(null);
    }

    /** The roles of a row by column; a cell that is not role letters is reported and left out. */
    private Map<Integer, Set<Role>> roles(int row, List<RoleSheet.Column> actors) {
        Map<Integer, Set<Role>> roles = new LinkedHashMap<>();
        for (RoleSheet.Column actor : actors) {
            String text = grid.text(row, actor.index());
            Set<Role> parsed = CellRoles.parse(text);
            if (parsed == null) {
                String shown = Titles.clean(text);
                findings.add(new ImportFinding(Severity.ERROR, "IMPORT-CELL", grid.name(),
                        Cells.address(row, actor.index()), ImportMessages.get(locale, "finding.cell",
                                shown.length() > 40 ? shown.substring(0, 40) + "…" : shown, actor.header()),
                        ImportMessages.get(locale, "finding.cell.hint")));
            } else {
                roles.put(actor.index(), parsed);
            }
        }
        return roles;
    }
}
