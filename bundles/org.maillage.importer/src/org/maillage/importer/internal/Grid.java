package org.maillage.importer.internal;

import java.util.List;

/**
 * A sheet's cells as texts, as read from any format: {@code cells.get(row).get(column)}, missing
 * cells empty. Merged regions are kept as rectangles, the value being in their top-left cell.
 *
 * @param name         the sheet's name
 * @param cells        the cell texts, rows of unequal length
 * @param merged       the merged regions
 * @param formulas     addresses of the formula cells, read as their cached values
 * @param longCells    addresses of the cells left out for their length
 */
public record Grid(String name, List<List<String>> cells, List<Region> merged, List<String> formulas,
        List<String> longCells) {

    /** A merged region, rows and columns 0-based and inclusive. */
    public record Region(int firstRow, int lastRow, int firstColumn, int lastColumn) {

        boolean contains(int row, int column) {
            return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
        }
    }

    public int rows() {
        return cells.size();
    }

    /** The text of a cell as written, "" when empty. */
    public String text(int row, int column) {
        if (row < 0 || row >= cells.size()) {
            return "";
        }
        List<String> line = cells.get(row);
        return column < 0 || column >= line.size() || line.get(column) == null ? "" : line.get(column);
    }

    /** The region a cell is part of, other than its top-left cell, or null. */
    public Region mergedInto(int row, int column) {
        for (Region region : merged) {
            if (region.contains(row, column) && (row != region.firstRow() || column != region.firstColumn())) {
                return region;
            }
        }
        return null;
    }

    /** The text shown in a cell: its own, or the merged region's it is part of. */
    public String shown(int row, int column) {
        Region region = mergedInto(row, column);
        return region == null ? text(row, column) : text(region.firstRow(), region.firstColumn());
    }

    /** Whether a row has no text at all. */
    public boolean blank(int row) {
        return row >= cells.size() || cells.get(row).stream().allMatch(t -> t == null || t.isBlank());
    }
}
