package org.maillage.importer.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.maillage.importer.SheetLimits;
import org.maillage.importer.SheetRefusedException;

/**
 * A sheet of an Excel workbook with Apache POI. Formulas are never evaluated: a formula cell is
 * read as the value the spreadsheet saved with it (none: empty). POI's own zip-bomb guard is kept
 * and its entry size bounded like {@link ArchiveBounds}; its XML parsers refuse document types.
 */
final class XlsxGrids {

    private XlsxGrids() {
    }

    static Grid read(byte[] bytes, String sheetName, Locale locale) throws SheetRefusedException {
        ArchiveBounds.checkArchive(bytes, locale);
        ZipSecureFile.setMaxEntrySize(SheetLimits.MAX_EXPANDED_BYTES);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = sheetName == null ? (workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0))
                    : workbook.getSheet(sheetName);
            if (sheet == null) {
                throw new SheetRefusedException(ImportMessages.get(locale, "refused.noSheet",
                        String.valueOf(sheetName), String.join(", ", names(workbook))));
            }
            GridBuilder grid = new GridBuilder(Titles.clean(sheet.getSheetName()), locale);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    grid.cell(row.getRowNum(), cell.getColumnIndex(), text(cell),
                            cell.getCellType() == CellType.FORMULA);
                }
            }
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                grid.merged(region.getFirstRow(), region.getLastRow(), region.getFirstColumn(), region.getLastColumn());
            }
            return grid.build();
        } catch (SheetRefusedException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            throw new SheetRefusedException(ImportMessages.get(locale, "refused.notASpreadsheet", firstLine(e)), e);
        }
    }

    /** The workbook's sheet names, in order. */
    static List<String> sheetNames(byte[] bytes, Locale locale) throws SheetRefusedException {
        ArchiveBounds.checkArchive(bytes, locale);
        ZipSecureFile.setMaxEntrySize(SheetLimits.MAX_EXPANDED_BYTES);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return names(workbook);
        } catch (Exception | OutOfMemoryError e) {
            throw new SheetRefusedException(ImportMessages.get(locale, "refused.notASpreadsheet", firstLine(e)), e);
        }
    }

    private static List<String> names(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** A cell's value as text; a formula's cached value, never evaluated. */
    private static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
        case STRING -> cell.getRichStringCellValue().getString();
        case NUMERIC -> number(cell.getNumericCellValue());
        case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
        default -> "";
        };
    }

    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
