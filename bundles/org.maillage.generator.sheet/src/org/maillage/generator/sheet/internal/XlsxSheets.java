package org.maillage.generator.sheet.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.maillage.generator.sheet.SheetCell;
import org.maillage.generator.sheet.SheetTable;

/**
 * Sheets as an Excel workbook (Apache POI, streaming writer). Every text is a string cell and
 * quote-prefixed; the header row is frozen and repeated when printing; landscape, fit to width.
 */
public final class XlsxSheets {

    private XlsxSheets() {
    }

    public static byte[] write(List<SheetTable> sheets) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 200, false, false);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (SheetTable table : sheets) {
                sheet(workbook.createSheet(table.name()), table, styles);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    private static void sheet(SXSSFSheet sheet, SheetTable table, Styles styles) {
        for (int r = 0; r < table.heading().size(); r++) {
            var cell = sheet.createRow(r).createCell(0);
            cell.setCellValue(SheetCell.cellText(table.heading().get(r)));
            cell.setCellStyle(r == 0 ? styles.title : styles.note);
        }
        int headerRow = table.headerRow();
        Row header = sheet.createRow(headerRow);
        for (int c = 0; c < table.header().size(); c++) {
            var cell = header.createCell(c);
            cell.setCellValue(SheetCell.cellText(table.header().get(c)));
            cell.setCellStyle(styles.header);
        }
        int r = headerRow + 1;
        for (List<SheetCell> cells : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.size(); c++) {
                SheetCell value = cells.get(c);
                var cell = row.createCell(c);
                if (value.value() instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(styles.number);
                } else {
                    cell.setCellValue(value.value() == null ? "" : value.value().toString());
                    cell.setCellStyle(styles.of(value));
                }
            }
        }
        sheet.createFreezePane(table.frozenColumns(), headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        for (int c = 0; c < table.columns(); c++) {
            sheet.setColumnWidth(c, table.width(c) * 256);
        }
    }

    /** The workbook's cell styles, one per look (a workbook holds a limited number of styles). */
    private static final class Styles {
        private final SXSSFWorkbook workbook;
        final XSSFCellStyle title;
        final XSSFCellStyle note;
        final XSSFCellStyle header;
        final XSSFCellStyle plain;
        final XSSFCellStyle bold;
        final XSSFCellStyle number;
        private final Map<String, XSSFCellStyle> fills = new HashMap<>();

        Styles(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            title = style(null, "212121", true, false);
            ((XSSFFont) workbook.getFontAt(title.getFontIndex())).setFontHeightInPoints((short) 14);
            note = style(null, "424242", false, false);
            header = style("EEEEEE", "212121", true, true);
            plain = style(null, "212121", false, true);
            bold = style(null, "212121", true, true);
            number = (XSSFCellStyle) workbook.createCellStyle();
            number.setBorderBottom(BorderStyle.THIN);
        }

        XSSFCellStyle of(SheetCell cell) {
            if (cell.fill() != null) {
                return fills.computeIfAbsent(cell.fill(), fill -> {
                    XSSFCellStyle style = style(fill, "FFFFFF", true, true);
                    style.setAlignment(HorizontalAlignment.CENTER);
                    return style;
                });
            }
            return cell.bold() ? bold : plain;
        }

        private XSSFCellStyle style(String fill, String fontColour, boolean isBold, boolean border) {
            XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
            XSSFFont font = (XSSFFont) workbook.createFont();
            font.setBold(isBold);
            font.setColor(new XSSFColor(HexFormat.of().parseHex(fontColour)));
            style.setFont(font);
            if (fill != null) {
                style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(fill)));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            if (border) {
                style.setBorderBottom(BorderStyle.THIN);
                style.setWrapText(true);
            }
            style.setQuotePrefixed(true);
            return style;
        }
    }
}
