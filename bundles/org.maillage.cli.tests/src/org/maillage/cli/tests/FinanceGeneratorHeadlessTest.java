package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code maillage generate finance}: the financing plan of each plan, in CSV, HTML, XLSX and ODS. */
class FinanceGeneratorHeadlessTest {

    @TempDir
    Path dir;

    private List<String> files(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path generate(String... options) {
        Path out = dir.resolve("out");
        List<String> args = new java.util.ArrayList<>(List.of("generate", "finance"));
        args.addAll(List.of(options));
        args.addAll(List.of("-o", out.toString(), "examples/monts-ardeche"));
        CliRun run = CliRun.in(CliRun.examples().getParent(), args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.toString());
        return out;
    }

    @Test
    void listedAmongTheGenerators() {
        CliRun run = CliRun.in(dir, "generators");
        assertTrue(run.out().lines().anyMatch(l -> l.matches(
                "finance +Plan de financement +csv,html,xlsx,ods +org\\.maillage\\.generator\\.finance")), run.out());
        assertTrue(CliRun.in(dir, "--lang", "en", "generators").out().contains("Financing plan"));
    }

    @Test
    void writesFourFilesPerPlanAndTheCsvFollowsTheRaciConventions() throws Exception {
        Path out = generate();
        assertEquals(List.of("PlanLamastre-financement.csv", "PlanLamastre-financement.html",
                "PlanLamastre-financement.ods", "PlanLamastre-financement.xlsx", "PlanValEyrieux-financement.csv",
                "PlanValEyrieux-financement.html", "PlanValEyrieux-financement.ods",
                "PlanValEyrieux-financement.xlsx"), files(out));
        byte[] bytes = Files.readAllBytes(out.resolve("PlanValEyrieux-financement.csv"));
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte order mark");
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertEquals("action;owner;expenditure;cost;eligible;LEADER;LEADER_share;region;region_share;self;self_share;"
                + "counterparts;counterparts_share;total;public;own_share;own_share_rate;line;findings", lines.get(0));
        assertEquals("Sentiers;CCVE;investment;100000;95000;48000;48.0;;;40000;40.0;12000;12.0;100000;100000;40000;40.0;"
                + "reached;", lines.get(1));
        assertEquals("Circuits;;operating;30000;;;;15000;50.0;15000;50.0;0;0.0;30000;30000;;;not_applicable;",
                lines.get(2), "no ownership entry: no owner, no own share");
        assertEquals(3, lines.size());
    }

    @Test
    void htmlIsSelfContainedWithTheTwentyPercentLineAndTotals() throws Exception {
        Path out = generate("--format", "html");
        String html = Files.readString(out.resolve("PlanValEyrieux-financement.html"));
        assertTrue(html.contains("<h1>Plan de financement – Plan de coopération PNR des Monts d&#39;Ardèche – CC Val&#39;Eyrieux</h1>"));
        assertTrue(html.contains("Période : 2024 – 2026"));
        assertTrue(html.contains("Communauté de communes Val&#39;Eyrieux"), "titles, not ids");
        assertTrue(html.contains("Seuil de 20 % : atteint"), html);
        assertTrue(html.contains("<th scope=\"col\">Maître d&#39;ouvrage</th>") && html.contains("que le maître d&#39;ouvrage paie"),
                "apostrophes survive the message format");
        assertTrue(html.contains("<i style=\"left:20%\"></i>"), "the 20 % line drawn on the bar");
        assertTrue(html.contains("Total du plan") && html.contains("Totaux par financeur"));
        assertTrue(html.contains("GAL LEADER Ardèche³"), "a funder of the per-funder table");
        assertFalse(html.contains("<script") || html.contains("http://") || html.contains("https://")
                || html.contains("<link") || html.contains("<img"), "no script, no external resource");
        assertTrue(html.contains("Content-Security-Policy"));
    }

    @Test
    void spreadsheetsHaveATitleThePeriodNumbersAndAPrintSetup() throws Exception {
        Path out = generate("--format", "xlsx,ods", "--lang", "en");
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.resolve("PlanValEyrieux-financement.xlsx").toFile())) {
            var sheet = workbook.getSheet("Financing plan");
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith("Financing plan – "));
            assertEquals("Period: 2024 – 2026", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Action", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals("Project owner", sheet.getRow(3).getCell(1).getStringCellValue());
            assertTrue(java.util.stream.StreamSupport.stream(sheet.getRow(3).spliterator(), false)
                    .anyMatch(c -> c.getStringCellValue().equals("Project owner's own share")));
            assertEquals("Schéma des sentiers de randonnée", sheet.getRow(4).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(4).getCell(3).getCellType());
            assertEquals(100000, sheet.getRow(4).getCell(3).getNumericCellValue());
            assertEquals("Plan total", sheet.getRow(6).getCell(0).getStringCellValue());
            assertEquals(130000, sheet.getRow(6).getCell(3).getNumericCellValue());
            assertTrue(sheet.getRow(4).getCell(0).getCellStyle().getQuotePrefixed(), "texts never become formulas");
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertEquals(0, sheet.getPrintSetup().getFitHeight());
            assertTrue(sheet.getFitToPage());
            assertEquals("4:4", sheet.getRepeatingRows().formatAsString().replace("$", ""));
            assertEquals(4, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals("Per funder", workbook.getSheetAt(1).getSheetName());
        }
        try (ZipFile zip = new ZipFile(out.resolve("PlanValEyrieux-financement.ods").toFile())) {
            assertEquals("mimetype", zip.entries().nextElement().getName(), "mimetype stays the first entry");
            String styles = new String(zip.getInputStream(zip.getEntry("styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(styles.contains("style:print-orientation=\"landscape\"") && styles.contains("style:scale-to-X=\"1\""),
                    styles);
            String content = new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(content.contains("<table:table-header-rows><table:table-row"), "the header row repeats on each page");
        }
        var ods = new com.github.miachm.sods.SpreadSheet(out.resolve("PlanValEyrieux-financement.ods").toFile());
        assertEquals("Action", ods.getSheet(0).getRange(3, 0).getValue());
        assertEquals(100000.0, ods.getSheet(0).getRange(4, 3).getValue());
    }
}
