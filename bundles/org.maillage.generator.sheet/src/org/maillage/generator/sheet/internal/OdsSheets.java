package org.maillage.generator.sheet.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maillage.generator.sheet.SheetCell;
import org.maillage.generator.sheet.SheetTable;

import com.github.miachm.sods.Color;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import com.github.miachm.sods.Style;

/**
 * Sheets as an OpenDocument spreadsheet (SODS). Texts are string cells, never formulas; what SODS
 * cannot say (frozen panes, header rows repeated on each page, the page layout) is added to the
 * package afterwards by {@link OdsPackage}.
 */
public final class OdsSheets {

    private static final Color INK = new Color(33, 33, 33);

    private OdsSheets() {
    }

    public static byte[] write(List<SheetTable> sheets) throws IOException {
        SpreadSheet spreadsheet = new SpreadSheet();
        Style title = new Style(true, false, false, INK, null, 14);
        Style note = new Style(false, false, false, new Color(66, 66, 66), null, 10);
        Style header = new Style(true, false, false, INK, new Color(238, 238, 238), 10);
        header.setWrap(true);
        Style bold = new Style(true, false, false, INK, null, 10);
        bold.setWrap(true);
        Style text = new Style(false, false, false, INK, null, 10);
        text.setWrap(true);
        Map<String, int[]> panes = new LinkedHashMap<>();
        Map<String, Integer> headerRows = new LinkedHashMap<>();
        for (SheetTable table : sheets) {
            int headerRow = table.headerRow();
            Sheet sheet = new Sheet(table.name(), headerRow + 1 + table.rows().size(), Math.max(1, table.columns()));
            for (int r = 0; r < headerRow; r++) {
                sheet.getRange(r, 0).setValue(SheetCell.cellText(table.heading().get(r)));
                sheet.getRange(r, 0).setStyle(r == 0 ? title : note);
            }
            for (int c = 0; c < table.header().size(); c++) {
                sheet.getRange(headerRow, c).setValue(SheetCell.cellText(table.header().get(c)));
                sheet.getRange(headerRow, c).setStyle(header);
            }
            for (int c = 0; c < table.columns(); c++) {
                sheet.setColumnWidth(c, table.width(c) * 2.0);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<SheetCell> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    SheetCell cell = cells.get(c);
                    var range = sheet.getRange(headerRow + 1 + r, c);
                    range.setValue(cell.value() instanceof Number n ? (Object) n.doubleValue() : cell.value());
                    if (cell.fill() != null) {
                        range.setStyle(new Style(true, false, false, new Color(255, 255, 255), colour(cell.fill()), 10));
                    } else if (cell.value() instanceof String) {
                        range.setStyle(cell.bold() ? bold : text);
                    }
                }
            }
            spreadsheet.appendSheet(sheet);
            panes.put(table.name(), new int[] { table.frozenColumns(), headerRow + 1 });
            headerRows.put(table.name(), headerRow);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        spreadsheet.save(out);
        return OdsPackage.complete(out.toByteArray(), panes, headerRows);
    }

    private static Color colour(String hex) {
        int rgb = Integer.parseInt(hex, 16);
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
