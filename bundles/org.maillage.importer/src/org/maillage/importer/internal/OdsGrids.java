package org.maillage.importer.internal;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import org.maillage.importer.SheetLimits;
import org.maillage.importer.SheetRefusedException;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;

/**
 * A sheet of an OpenDocument spreadsheet with SODS, after {@link ArchiveBounds} (no document
 * type, bounded expansion). A formula cell is read as the value saved with it; SODS never
 * evaluates formulas.
 */
final class OdsGrids {

    private OdsGrids() {
    }

    /** The document's sheet names, in order. */
    static List<String> sheetNames(byte[] bytes, Locale locale) throws SheetRefusedException {
        return open(bytes, locale).getSheets().stream().map(Sheet::getName).toList();
    }

    private static SpreadSheet open(byte[] bytes, Locale locale) throws SheetRefusedException {
        ArchiveBounds.checkArchive(bytes, locale);
        try {
            return new SpreadSheet(new ByteArrayInputStream(bytes));
        } catch (Exception | OutOfMemoryError e) {
            throw new SheetRefusedException(
                    ImportMessages.get(locale, "refused.notASpreadsheet", XlsxGrids.firstLine(e)), e);
        }
    }

    static Grid read(byte[] bytes, String sheetName, Locale locale) throws SheetRefusedException {
        SpreadSheet document = open(bytes, locale);
        Sheet sheet = sheetName == null ? (document.getNumSheets() == 0 ? null : document.getSheet(0))
                : document.getSheet(sheetName);
        if (sheet == null) {
            throw new SheetRefusedException(ImportMessages.get(locale, "refused.noSheet", String.valueOf(sheetName),
                    String.join(", ", document.getSheets().stream().map(Sheet::getName).toList())));
        }
        GridBuilder grid = new GridBuilder(Titles.clean(sheet.getName()), locale);
        int rows = Math.min(sheet.getMaxRows(), SheetLimits.MAX_ROWS + 1);
        int columns = Math.min(sheet.getMaxColumns(), SheetLimits.MAX_COLUMNS + 1);
        if (rows == 0 || columns == 0) {
            return grid.build();
        }
        Range all = sheet.getRange(0, 0, rows, columns);
        Object[][] values = all.getValues();
        String[][] formulas = all.getFormulas();
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                grid.cell(r, c, text(values[r][c]), formulas[r][c] != null && !formulas[r][c].isEmpty());
            }
        }
        for (Range region : all.getMergedCells()) {
            grid.merged(region.getRow(), region.getRow() + region.getNumRows() - 1, region.getColumn(),
                    region.getColumn() + region.getNumColumns() - 1);
        }
        return grid.build();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return XlsxGrids.number(number);
        }
        if (value instanceof Boolean bool) {
            return bool.toString().toUpperCase(Locale.ROOT);
        }
        return value.toString();
    }
}
