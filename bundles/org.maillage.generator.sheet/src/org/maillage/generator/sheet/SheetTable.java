package org.maillage.generator.sheet;

import java.util.List;

/**
 * One sheet of a generated spreadsheet, laid out the same way in XLSX and ODS: the heading lines
 * (the first one is the title, in bold) from the first row, then the column header (styled,
 * frozen, repeated on every printed page), then the rows. Printed landscape, fitted to the width
 * of the page.
 *
 * @param name          the sheet's name
 * @param heading       the title, then lines such as the period or a legend
 * @param header        the column titles
 * @param rows          the cells, row by row
 * @param widths        column widths in characters (missing columns get 16)
 * @param frozenColumns how many columns stay visible when scrolling sideways
 */
public record SheetTable(String name, List<String> heading, List<String> header, List<List<SheetCell>> rows,
        List<Integer> widths, int frozenColumns) {

    public SheetTable {
        heading = List.copyOf(heading);
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        widths = List.copyOf(widths);
    }

    /** The index of the column header's row (0-based). */
    public int headerRow() {
        return heading.size();
    }

    /** The width of a column, in characters. */
    public int width(int column) {
        return column < widths.size() ? widths.get(column) : 16;
    }

    /** How many columns the sheet has: the header's or its longest row's. */
    public int columns() {
        return Math.max(header.size(), rows.stream().mapToInt(List::size).max().orElse(0));
    }
}
