package org.maillage.generator.raci.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;
import org.maillage.model.services.RaciMatrix;

import com.github.miachm.sods.Color;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import com.github.miachm.sods.Style;

/**
 * The matrix as an OpenDocument spreadsheet (SODS): styled and frozen header, role cells filled
 * with their role's colour, column widths, and the workload sheet. Texts are string cells, never formulas.
 */
final class OdsWriter {

    private OdsWriter() {
    }

    static byte[] write(RaciMatrix matrix, Locale locale) throws IOException {
        SpreadSheet spreadsheet = new SpreadSheet();
        Style header = new Style(true, false, false, new Color(33, 33, 33), new Color(238, 238, 238), 10);

        List<String> columns = SheetLayout.matrixHeader(matrix, locale);
        List<List<String>> rows = SheetLayout.matrixRows(matrix);
        Sheet sheet = new Sheet(SheetLayout.matrixName(locale), rows.size() + 1, columns.size());
        for (int c = 0; c < columns.size(); c++) {
            sheet.getRange(0, c).setValue(columns.get(c));
            sheet.getRange(0, c).setStyle(header);
            sheet.setColumnWidth(c, c == 0 ? 80.0 : c == 1 ? 50.0 : 35.0);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                sheet.getRange(r + 1, c).setValue(cells.get(c));
                Role role = c >= 2 ? SheetLayout.colouring(cells.get(c)) : null;
                if (role != null) {
                    sheet.getRange(r + 1, c).setStyle(new Style(true, false, false, new Color(255, 255, 255),
                            colour(Raci.COLOURS.get(role)), 10));
                }
            }
        }
        spreadsheet.appendSheet(sheet);

        List<String> workloadHeader = SheetLayout.workloadHeader(locale);
        List<List<Object>> workloadRows = SheetLayout.workloadRows(matrix);
        Sheet workload = new Sheet(SheetLayout.workloadName(locale), workloadRows.size() + 1, workloadHeader.size());
        for (int c = 0; c < workloadHeader.size(); c++) {
            workload.getRange(0, c).setValue(workloadHeader.get(c));
            workload.getRange(0, c).setStyle(header);
        }
        workload.setColumnWidth(0, 80.0);
        for (int r = 0; r < workloadRows.size(); r++) {
            List<Object> cells = workloadRows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                workload.getRange(r + 1, c).setValue(cells.get(c));
            }
        }
        spreadsheet.appendSheet(workload);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        spreadsheet.save(out);
        return OdsFrozenPanes.add(out.toByteArray(), java.util.Map.of(SheetLayout.matrixName(locale),
                new int[] { 2, 1 }, SheetLayout.workloadName(locale), new int[] { 1, 1 }));
    }

    private static Color colour(String hex) {
        int rgb = Integer.parseInt(hex, 16);
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
