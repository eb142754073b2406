package org.maillage.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.maillage.importer.RoleSheet;
import org.maillage.importer.RoleSheets;
import org.maillage.importer.SheetFormat;
import org.maillage.importer.SheetLimits;
import org.maillage.importer.SheetOptions;
import org.maillage.importer.SheetRefusedException;
import org.maillage.model.coop.Role;

/** Sheets built to harm: formulas, document types, zip bombs, too many rows, huge cells, not a sheet. */
class HostileSheetHeadlessTest {

    private static final SheetOptions XLSX = new SheetOptions(SheetFormat.XLSX, null, null, Locale.ENGLISH);
    private static final SheetOptions CSV = new SheetOptions(SheetFormat.CSV, null, null, Locale.ENGLISH);

    @Test
    void aFormulaIsReadAsItsSavedValueNeverEvaluated() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("m");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Action");
            header.createCell(1).setCellValue("Fonction");
            header.createCell(2).setCellValue("Parc");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Vélo");
            row.createCell(1).setCellValue("Décision");
            Cell formula = row.createCell(2);
            formula.setCellFormula("\"C\"");
            formula.setCellValue("A/R");
            workbook.write(out);
            bytes = out.toByteArray();
        }
        RoleSheet sheet = RoleSheets.read(bytes, "f", XLSX);
        assertEquals(Set.of(Role.A, Role.R), sheet.rows().get(0).roles().get(2), "the saved value, not =\"C\"");
        assertEquals(List.of("info IMPORT-FORMULA m!C2"), sheet.findings().stream()
                .map(f -> f.severity().word() + " " + f.code() + " " + f.where()).toList());
    }

    @Test
    void aDocumentTypeIsRefusedBeforeAnyParserSeesIt() throws Exception {
        byte[] zip = zip("[Content_Types].xml", ("<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><Types>&x;</Types>").getBytes(StandardCharsets.UTF_8));
        SheetRefusedException refused = assertThrows(SheetRefusedException.class, () -> RoleSheets.read(zip, "d", XLSX));
        assertTrue(refused.getMessage().contains("document type"), refused.getMessage());
    }

    @Test
    void aZipBombIsRefusedBeforeItExpands() throws Exception {
        byte[] zeros = new byte[1 << 20];
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            for (long written = 0; written <= SheetLimits.MAX_EXPANDED_BYTES; written += zeros.length) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertTrue(bytes.size() < 1 << 20, "a small file");
        SheetRefusedException refused = assertThrows(SheetRefusedException.class,
                () -> RoleSheets.read(bytes.toByteArray(), "b", XLSX));
        assertTrue(refused.getMessage().contains("unzipped"), refused.getMessage());
    }

    @Test
    void tooManyRowsAreRefusedWithTheBound() {
        StringBuilder csv = new StringBuilder("action;function;Parc\n");
        for (int i = 0; i <= SheetLimits.MAX_ROWS; i++) {
            csv.append("Vélo;Décision;A\n");
        }
        SheetRefusedException refused = assertThrows(SheetRefusedException.class,
                () -> RoleSheets.read(csv.toString().getBytes(StandardCharsets.UTF_8), "r", CSV));
        assertTrue(refused.getMessage().contains("10,000") || refused.getMessage().contains("10000"),
                refused.getMessage());
    }

    @Test
    void aHugeCellIsLeftOutAndReported() throws Exception {
        String csv = "action;function;Parc\nVélo;Décision;" + "A".repeat(SheetLimits.MAX_CELL_CHARS + 1) + "\n";
        RoleSheet sheet = RoleSheets.read(csv.getBytes(StandardCharsets.UTF_8), "h", CSV);
        assertEquals(List.of("error IMPORT-CELL-LONG h!C2"), sheet.findings().stream()
                .map(f -> f.severity().word() + " " + f.code() + " " + f.where()).toList());
    }

    @Test
    void somethingElseIsNotASpreadsheet() {
        byte[] text = "not a workbook".getBytes(StandardCharsets.UTF_8);
        SheetRefusedException refused = assertThrows(SheetRefusedException.class, () -> RoleSheets.read(text, "n", XLSX));
        assertTrue(refused.getMessage().startsWith("not readable as a spreadsheet"), refused.getMessage());
    }

    private static byte[] zip(String name, byte[] content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
