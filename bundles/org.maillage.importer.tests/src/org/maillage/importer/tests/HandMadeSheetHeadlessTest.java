package org.maillage.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.maillage.importer.ImportFinding;
import org.maillage.importer.NewModel;
import org.maillage.importer.RoleSheet;
import org.maillage.importer.RoleSheets;
import org.maillage.importer.SheetFormat;
import org.maillage.importer.SheetOptions;

/**
 * A "qui fait quoi" table as people make it by hand: a title, a blank line, the header, action
 * titles in merged cells or written once above their functions, blank lines between actions,
 * accents, {@code A, R} and lower-case letters, an {@code x} and a {@code oui}; a structure named
 * like a keyword, two actions with the same title. It imports with the expected model and report.
 */
class HandMadeSheetHeadlessTest {

    static byte[] handMade() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Qui fait quoi");
            row(sheet, 0, "Qui fait quoi – mobilités douces");
            row(sheet, 2, "Action", "Fonction", "Parc naturel régional", "Communauté de communes du Val d'Eyrieux",
                    "Département", "FEDER");
            row(sheet, 3, "Vélo à assistance électrique", "Décision", "A/R", "C", "", "x");
            row(sheet, 4, "", "Pilotage", "R", "A, R", "i", "");
            row(sheet, 5, "", "Réalisation", "", "a/r", "oui", "");
            sheet.addMergedRegion(new CellRangeAddress(3, 5, 0, 0));
            row(sheet, 7, "Covoiturage", "Décision", "A", "R", "", "");
            row(sheet, 8, "", "Pilotage", "", "A/R", "S", "");
            row(sheet, 10, "Covoiturage", "Décision", "", "A/R", "", "I");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                row.createCell(c).setCellValue(cells[c]);
            }
        }
    }

    @Test
    void importsTheModelAndReportsWhatItCouldNotRead() throws Exception {
        RoleSheet sheet = RoleSheets.read(handMade(), "mobilite", new SheetOptions(SheetFormat.XLSX, null, null,
                Locale.FRENCH));
        NewModel.Result result = NewModel.of(sheet, "mobilite", Locale.FRENCH);
        assertEquals(EXPECTED, result.text().replaceAll("from \\d{4} to \\d{4}", "from Y to Y"));
        assertEquals(List.of(
                "error IMPORT-CELL 'Qui fait quoi'!F4 « x » n'est pas un rôle (structure « FEDER ») : cellule ignorée",
                "error IMPORT-CELL 'Qui fait quoi'!E6 « oui » n'est pas un rôle (structure « Département ») : cellule ignorée",
                "info IMPORT-ACTOR-KIND 'Qui fait quoi' 4 structure(s) créée(s) avec le type public"),
                result.findings().stream().map(HandMadeSheetHeadlessTest::line).toList());
    }

    private static String line(ImportFinding f) {
        return f.severity().word() + " " + f.code() + " " + f.where() + " " + f.message();
    }

    static final String EXPECTED = """
            // Importé de la feuille « Qui fait quoi » par maillage import : vérifiez le type des structures (public par défaut).

            actor ParcNaturelRegional "Parc naturel régional" public
            actor CommunauteDeCommunesDuValDEyrieux "Communauté de communes du Val d'Eyrieux" public
            actor Departement "Département" public
            actor FEDER2 "FEDER" public

            function Decision "Décision"
            function Pilotage "Pilotage"
            function Realisation "Réalisation"

            plan QuiFaitQuoiMobilitesDouces "Qui fait quoi – mobilités douces" from Y to Y {

                action VeloAAssistanceElectrique "Vélo à assistance électrique" {
                    Decision: A/R ParcNaturelRegional, C CommunauteDeCommunesDuValDEyrieux
                    Pilotage: R ParcNaturelRegional, A/R CommunauteDeCommunesDuValDEyrieux, I Departement
                    Realisation: A/R CommunauteDeCommunesDuValDEyrieux
                }

                action Covoiturage "Covoiturage" {
                    Decision: A ParcNaturelRegional, R CommunauteDeCommunesDuValDEyrieux
                    Pilotage: A/R CommunauteDeCommunesDuValDEyrieux, S Departement
                }

                action Covoiturage2 "Covoiturage" {
                    Decision: A/R CommunauteDeCommunesDuValDEyrieux, I FEDER2
                }
            }
            """;
}
