package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.miachm.sods.SpreadSheet;

/**
 * The generators on the shared hostile corpus ({@code reliability/hostile}), read back by the libraries
 * that read these formats: every document is well-formed, no cell is a formula, a 100,000-character title
 * fits a cell by being cut, characters XML forbids never reach a document. The browser and LibreOffice
 * checks of the same outputs are in the product's hostile-test.sh.
 */
class HostileCorpusHeadlessTest {

    private static final Path CORPUS = CliRun.examples().getParent().resolve("reliability/hostile");

    @TempDir
    Path out;

    @Test
    void spreadsheetsHoldEveryTitleAsTextWithinTheCellLimit() throws Exception {
        CliRun run = CliRun.in(out, "generate", "raci", "--format", "xlsx,ods", "-o", out.toString(), CORPUS.toString());
        assertEquals(0, run.exit(), run.toString());
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.resolve("Hostile-raci.xlsx").toFile())) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertFalse(cell.getCellType() == CellType.FORMULA, "formula at " + cell.getAddress());
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                            assertTrue(cell.getCellStyle().getQuotePrefixed(), "text cell not quote-prefixed: " + cell.getAddress());
                        }
                    }
                }
            }
        }
        assertTrue(texts.contains("=1+1") && texts.contains("@SUM(1+1)") && texts.contains("\t=1+1"), "formula-like titles as text");
        String longTitle = texts.stream().filter(t -> t.startsWith("Titre très long")).findFirst().orElseThrow();
        assertEquals(32_767, longTitle.length());
        assertTrue(longTitle.endsWith("…"));
        String controls = texts.stream().filter(t -> t.startsWith("bell")).findFirst().orElseThrow();
        assertFalse(controls.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n'), controls);

        SpreadSheet ods = new SpreadSheet(out.resolve("Hostile-raci.ods").toFile());
        Object[][] cells = ods.getSheet(0).getDataRange().getValues();
        assertTrue(Arrays.stream(cells).flatMap(Arrays::stream).anyMatch("=1+1"::equals));
        assertTrue(Arrays.stream(cells).flatMap(Arrays::stream)
                .anyMatch(v -> v instanceof String s && s.length() == 32_767 && s.endsWith("…")));
    }

    @Test
    void conventionDocumentsAreWellFormedAndShowTemplateSyntaxAsText() throws Exception {
        CliRun run = CliRun.in(out, "generate", "convention", "--format", "odt,docx", "-o", out.toString(),
                CORPUS.toString());
        assertEquals(0, run.exit(), run.toString());
        for (String name : List.of("CControls", "CTemplate", "CLong", "CMarkup", "CRtl")) {
            String odt = part(out.resolve(name + ".odt"), "content.xml");
            String docx = part(out.resolve(name + ".docx"), "word/document.xml");
            if (name.equals("CTemplate")) {
                assertTrue(odt.contains("${7*7} #{7*7} {{7*7}}") && docx.contains("${7*7} #{7*7} {{7*7}}"),
                        "template syntax in a title is printed, never evaluated");
            }
        }
    }

    /** A document's part, after checking that it parses as XML. */
    private static String part(Path document, String entry) throws Exception {
        try (ZipFile zip = new ZipFile(document.toFile())) {
            byte[] bytes = zip.getInputStream(zip.getEntry(entry)).readAllBytes();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
