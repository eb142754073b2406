package org.maillage.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.maillage.importer.SheetLimits;
import org.maillage.importer.SheetRefusedException;

/** Collects the cells of a sheet within {@link SheetLimits}, for every format's reader. */
final class GridBuilder {

    private final String name;
    private final Locale locale;
    private final List<List<String>> cells = new ArrayList<>();
    private final List<Grid.Region> merged = new ArrayList<>();
    private final List<String> formulas = new ArrayList<>();
    private final List<String> longCells = new ArrayList<>();

    GridBuilder(String name, Locale locale) {
        this.name = name;
        this.locale = locale;
    }

    /** A cell's text; blank cells may be skipped. Refuses a cell beyond the row or column bound. */
    void cell(int row, int column, String text, boolean formula) throws SheetRefusedException {
        if (text == null || text.isBlank()) {
            return;
        }
        if (row >= SheetLimits.MAX_ROWS) {
            throw new SheetRefusedException(ImportMessages.get(locale, "refused.rows", name, SheetLimits.MAX_ROWS));
        }
        if (column >= SheetLimits.MAX_COLUMNS) {
            throw new SheetRefusedException(
                    ImportMessages.get(locale, "refused.columns", name, SheetLimits.MAX_COLUMNS));
        }
        String value = text;
        if (value.length() > SheetLimits.MAX_CELL_CHARS) {
            longCells.add(Cells.address(row, column));
            value = "";
        }
        if (formula) {
            formulas.add(Cells.address(row, column));
        }
        while (cells.size() <= row) {
            cells.add(new ArrayList<>());
        }
        List<String> line = cells.get(row);
        while (line.size() <= column) {
            line.add("");
        }
        line.set(column, value);
    }

    /** A merged region; parts beyond the bounds are cut off. */
    void merged(int firstRow, int lastRow, int firstColumn, int lastColumn) throws SheetRefusedException {
        if (merged.size() >= SheetLimits.MAX_MERGED_REGIONS) {
            throw new SheetRefusedException(
                    ImportMessages.get(locale, "refused.merged", name, SheetLimits.MAX_MERGED_REGIONS));
        }
        if (firstRow < SheetLimits.MAX_ROWS && firstColumn < SheetLimits.MAX_COLUMNS) {
            merged.add(new Grid.Region(firstRow, Math.min(lastRow, SheetLimits.MAX_ROWS - 1), firstColumn,
                    Math.min(lastColumn, SheetLimits.MAX_COLUMNS - 1)));
        }
    }

    Grid build() {
        return new Grid(name, cells, merged, formulas, longCells);
    }
}
