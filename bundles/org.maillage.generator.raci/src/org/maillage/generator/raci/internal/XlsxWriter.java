package org.maillage.generator.raci.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;
import org.maillage.model.services.RaciMatrix;

/**
 * The matrix as an Excel workbook (Apache POI, streaming writer): a styled, frozen header, role cells filled with
 * their role's colour, column widths, and the workload sheet. Every text is a string cell and
 * quote-prefixed, so a title like {@code =HYPERLINK(...)} never becomes a formula, even when edited.
 */
final class XlsxWriter {

    private XlsxWriter() {
    }

    static byte[] write(RaciMatrix matrix, Locale locale) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 200, false, false);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFCellStyle header = style(workbook, "EEEEEE", "212121", true);
            XSSFCellStyle text = style(workbook, null, "212121", false);
            Map<Role, XSSFCellStyle> roles = new EnumMap<>(Role.class);
            Raci.COLOURS.forEach((role, colour) -> {
                XSSFCellStyle style = style(workbook, colour, "FFFFFF", true);
                style.setAlignment(HorizontalAlignment.CENTER);
                roles.put(role, style);
            });

            SXSSFSheet sheet = workbook.createSheet(SheetLayout.matrixName(locale));
            List<String> columns = SheetLayout.matrixHeader(matrix, locale);
            row(sheet, 0, columns, header);
            int r = 1;
            for (List<String> cells : SheetLayout.matrixRows(matrix)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    Role role = c >= 2 ? SheetLayout.colouring(cells.get(c)) : null;
                    var cell = row.createCell(c);
                    cell.setCellValue(cells.get(c));
                    cell.setCellStyle(role == null ? text : roles.get(role));
                }
            }
            sheet.createFreezePane(2, 1);
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setColumnWidth(0, 40 * 256);
            sheet.setColumnWidth(1, 24 * 256);
            for (int c = 2; c < columns.size(); c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }

            SXSSFSheet workload = workbook.createSheet(SheetLayout.workloadName(locale));
            row(workload, 0, SheetLayout.workloadHeader(locale), header);
            r = 1;
            for (List<Object> cells : SheetLayout.workloadRows(matrix)) {
                Row row = workload.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    var cell = row.createCell(c);
                    if (cells.get(c) instanceof Integer number) {
                        cell.setCellValue(number);
                    } else {
                        cell.setCellValue(String.valueOf(cells.get(c)));
                        cell.setCellStyle(text);
                    }
                }
            }
            workload.createFreezePane(1, 1);
            workload.setColumnWidth(0, 40 * 256);
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, List<String> values, XSSFCellStyle style) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.size(); c++) {
            var cell = row.createCell(c);
            cell.setCellValue(values.get(c));
            cell.setCellStyle(style);
        }
    }

    private static XSSFCellStyle style(SXSSFWorkbook workbook, String fill, String fontColour, boolean bold) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setBold(bold);
        font.setColor(new XSSFColor(HexFormat.of().parseHex(fontColour)));
        style.setFont(font);
        if (fill != null) {
            style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(fill)));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        style.setBorderBottom(BorderStyle.THIN);
        style.setQuotePrefixed(true);
        style.setWrapText(true);
        return style;
    }
}
