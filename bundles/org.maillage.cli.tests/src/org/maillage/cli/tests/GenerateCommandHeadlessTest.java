package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.generator.internal.StagedOutputSink;

class GenerateCommandHeadlessTest {

    @TempDir
    Path dir;

    private List<String> files(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** {@code generate raci} of the example in every format, into {@code out}. */
    private Path raciOfTheExample() {
        Path out = dir.resolve("out");
        CliRun run = CliRun.in(CliRun.examples().getParent(), "generate", "raci", "-o", out.toString(),
                "examples/monts-ardeche");
        assertEquals(0, run.exit(), run.toString());
        return out;
    }

    @Test
    void generatorsListsIdNameFormatsAndBundle() {
        CliRun run = CliRun.in(dir, "generators");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("raci +Matrice RACI +csv,html,xlsx,ods +org\\.maillage\\.generator\\.raci")),
                run.out());
        assertTrue(run.out().contains("test-boom"), run.out());
        assertTrue(CliRun.in(dir, "--lang", "en", "generators").out().contains("RACI matrix"));
    }

    @Test
    void raciCsvFollowsTheContract() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.in(CliRun.examples().getParent(), "generate", "raci", "--format", "csv", "-o",
                out.toString(), "examples/monts-ardeche");
        assertEquals(0, run.exit(), run.toString());
        assertEquals(List.of("PlanLamastre-raci.csv", "PlanValEyrieux-raci.csv"), files(out), "only the formats asked for");
        byte[] bytes = Files.readAllBytes(out.resolve("PlanValEyrieux-raci.csv"));
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte order mark");
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertEquals("action;function;CCVE;PNR;OTAHV;GAL;RegionAURA;ChambreAgri", lines.get(0));
        assertEquals("Sentiers;Decision;A/R;C;;;;", lines.get(1));
        assertEquals("Sentiers;Realisation;A;;R;;;", lines.get(3));
        assertEquals("Sentiers;Financement;A/R;;;S;S;", lines.get(5));
        assertEquals("Circuits;Pilotage;A;R;;;;C", lines.get(9));
        assertEquals(13, lines.size());
    }

    @Test
    void raciHtmlIsSelfContainedAndShowsLettersLegendWorkloadAndHealth() throws Exception {
        Path out = raciOfTheExample();
        String html = Files.readString(out.resolve("PlanValEyrieux-raci.html"));
        assertTrue(html.contains("<span class=\"role role-A\">A</span><span class=\"role role-R\">R</span>"));
        assertTrue(html.contains("Communauté de communes Val&#39;Eyrieux"), "titles, not ids");
        assertTrue(html.contains("Légende des rôles") && html.contains("Charge par acteur")
                && html.contains("Bilan de santé"));
        assertTrue(html.contains("Période : 2024 – 2026"));
        assertFalse(html.contains("<script") || html.contains("http://") || html.contains("https://"),
                "no script, no external resource");
    }

    @Test
    void spreadsheetsHaveTheMatrixStyledAndFrozenAndTheWorkload() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.in(CliRun.examples().getParent(), "generate", "raci", "--format", "xlsx,ods", "-o",
                out.toString(), "examples/monts-ardeche");
        assertEquals(0, run.exit(), run.toString());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.resolve("PlanValEyrieux-raci.xlsx").toFile())) {
            var sheet = workbook.getSheet("Matrice RACI");
            // rows 0-2: title, period, legend; row 3: the header; then the matrix
            assertEquals("Communauté de communes Val'Eyrieux", sheet.getRow(3).getCell(2).getStringCellValue());
            assertEquals("A/R", sheet.getRow(4).getCell(2).getStringCellValue());
            assertTrue(sheet.getRow(3).getCell(0).getCellStyle().getFont().getBold());
            assertEquals(2, sheet.getPaneInformation().getVerticalSplitPosition());
            assertEquals(4, sheet.getPaneInformation().getHorizontalSplitPosition());
            var fill = ((org.apache.poi.xssf.usermodel.XSSFColor) sheet.getRow(4).getCell(2).getCellStyle()
                    .getFillForegroundColorColor()).getARGBHex();
            assertTrue(fill.endsWith("B71C1C"), "an A cell is filled with the A colour: " + fill);
            assertEquals(9, workbook.getSheet("Charge par acteur").getRow(4).getCell(1).getNumericCellValue());
        }
        var ods = new com.github.miachm.sods.SpreadSheet(out.resolve("PlanValEyrieux-raci.ods").toFile());
        assertEquals(List.of("Matrice RACI", "Charge par acteur", "Charge tous plans", "Bilan de santé"),
                ods.getSheets().stream().map(com.github.miachm.sods.Sheet::getName).toList());
        assertEquals("A/R", ods.getSheet(0).getRange(4, 2).getValue());
        try (var zip = new java.util.zip.ZipFile(out.resolve("PlanValEyrieux-raci.ods").toFile())) {
            assertEquals("mimetype", zip.entries().nextElement().getName(), "mimetype stays the first entry");
            String settings = new String(zip.getInputStream(zip.getEntry("settings.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(settings.contains("config:name=\"Matrice RACI\"><config:config-item config:name=\"HorizontalSplitMode\""
                    + " config:type=\"short\">2</config:config-item>"), "frozen panes in the view settings: " + settings);
            assertTrue(settings.contains("<config:config-item config:name=\"HorizontalSplitPosition\" config:type=\"int\">2<"));
        }
    }

    @Test
    void raciSaysMoreForFunders() throws Exception {
        Path out = raciOfTheExample();
        String html = Files.readString(out.resolve("PlanValEyrieux-raci.html"));
        int heading = html.indexOf("Schéma des sentiers de randonnée<small class=\"facts\">");
        assertTrue(heading > 0, html);
        String facts = html.substring(heading, html.indexOf("</small>", heading));
        assertTrue(facts.contains("Maître d&#39;ouvrage : Communauté de communes Val&#39;Eyrieux"), facts);
        assertTrue(facts.contains("Territoire : ") && facts.contains("Objectifs : "), facts);
        assertTrue(facts.contains("État : Engagée le 2 avril 2024"), facts);
        assertTrue(facts.matches("(?s).*Coût : 100\\D000 € \\(Investissement\\).*"), facts);
        assertTrue(facts.contains("Conventions : Convention d&#39;application – schéma des sentiers (Signée le 1er mars 2024)"),
                facts);
        assertTrue(html.contains("Charge sur tous les plans"), "the workload across the plans");
        int allPlans = html.indexOf("<table class=\"all-plans\">");
        assertTrue(html.indexOf("Plan de coopération PNR des Monts d&#39;Ardèche – CC du Pays de Lamastre", allPlans) > 0);

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.resolve("PlanValEyrieux-raci.xlsx").toFile())) {
            var sheet = workbook.getSheet("Matrice RACI");
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith("Matrice RACI – "), "a title row");
            assertEquals("Période : 2024 – 2026", sheet.getRow(1).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(2).getCell(0).getStringCellValue().startsWith("Rôles : A décide"), "the legend");
            assertTrue(sheet.getRow(4).getCell(0).getStringCellValue().contains("\nMaître d'ouvrage : "));
            assertTrue(sheet.getPrintSetup().getLandscape() && sheet.getFitToPage());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertEquals("4:4", sheet.getRepeatingRows().formatAsString().replace("$", ""));
            var across = workbook.getSheet("Charge tous plans");
            var ccve = java.util.stream.StreamSupport.stream(across.spliterator(), false)
                    .filter(r -> r.getCell(0) != null && r.getCell(0).getStringCellValue()
                            .equals("Communauté de communes Val'Eyrieux"))
                    .findFirst().orElseThrow();
            int valEyrieux = java.util.stream.IntStream.range(1, across.getRow(2).getLastCellNum())
                    .filter(c -> across.getRow(2).getCell(c).getStringCellValue().endsWith("Val'Eyrieux – A"))
                    .findFirst().orElseThrow();
            assertEquals(9, ccve.getCell(valEyrieux).getNumericCellValue(), "CCVE is A in 9 entries of its plan");
        }
        try (var zip = new java.util.zip.ZipFile(out.resolve("PlanValEyrieux-raci.ods").toFile())) {
            String styles = new String(zip.getInputStream(zip.getEntry("styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(styles.contains("style:print-orientation=\"landscape\"") && styles.contains("style:scale-to-X=\"1\""));
        }
    }

    @Test
    void raciHealthCheckListsEveryFindingOfThePlanNextToItsRow() throws Exception {
        Files.writeString(dir.resolve("health.coop"), """
                actor X "Commune X" public
                actor Y "Commune Y" public
                function F "Fonction F"
                plan P "Plan" from 2024 to 2026 {
                    partners X, Y
                    action Act "Action une" {
                        F: A X, C Y
                    }
                    convention Conv "Convention sans comité" kind partnership between X, Y covers Act {
                    }
                }
                """);
        Path out = dir.resolve("out");
        CliRun run = CliRun.in(dir, "generate", "raci", "--format", "html,xlsx", "-o", "out", "health.coop");
        assertEquals(0, run.exit(), run.toString());
        String html = Files.readString(out.resolve("P-raci.html"));
        String health = html.substring(html.indexOf("<table class=\"health\">"));
        assertTrue(health.contains("<tr><th scope=\"row\">Action une – Fonction F</th><td><strong>RACI-NO-R</strong>"), health);
        assertTrue(health.contains("<tr><th scope=\"row\">Action une</th><td><strong>EVAL-NO-INDICATOR</strong>"),
                "not only the RACI rules: " + health);
        assertTrue(health.contains("<tr><th scope=\"row\">Convention sans comité</th><td><strong>CONV-NO-COMMITTEE</strong>"),
                "the conventions' findings too: " + health);
        assertFalse(health.contains("UNUSED-ACTOR") || health.contains("WORKLOAD"), "only the plan's actions and conventions");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.resolve("P-raci.xlsx").toFile())) {
            var sheet = workbook.getSheet("Bilan de santé");
            List<String> codes = java.util.stream.IntStream.rangeClosed(3, sheet.getLastRowNum())
                    .mapToObj(r -> sheet.getRow(r).getCell(1).getStringCellValue()).toList();
            assertTrue(codes.containsAll(List.of("RACI-NO-R", "EVAL-NO-INDICATOR", "CONV-NO-COMMITTEE")), codes.toString());
        }
    }

    @Test
    void hostileTitlesStayText() throws Exception {
        Files.writeString(dir.resolve("hostile.coop"), """
                actor X "<script>alert(1)</script>" public
                actor Y "=HYPERLINK(\\"http://evil\\")" public
                function F "../../etc/passwd <img src=x onerror=alert(2)>"
                plan P "<b onmouseover=alert(3)>Plan</b>" from 2024 to 2026 {
                    partners X, Y
                    action Act "\\"><script>alert(4)</script>" {
                        F: A/R X, C Y
                        indicator "i"
                    }
                }
                """);
        Path out = dir.resolve("out");
        CliRun run = CliRun.in(dir, "generate", "raci", "-o", "out", "hostile.coop");
        assertEquals(0, run.exit(), run.toString());
        assertEquals(List.of("P-raci.csv", "P-raci.html", "P-raci.ods", "P-raci.xlsx"), files(out));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.resolve("P-raci.xlsx").toFile())) {
            var cell = workbook.getSheetAt(1).getRow(5).getCell(0);
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, cell.getCellType());
            assertTrue(cell.getStringCellValue().startsWith("=HYPERLINK"), "kept as text, never a formula");
            assertTrue(cell.getCellStyle().getQuotePrefixed());
        }
        String html = Files.readString(out.resolve("P-raci.html"));
        assertFalse(html.contains("<script>") || html.contains("<img") || html.contains("<b "), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        String csv = Files.readString(out.resolve("P-raci.csv"));
        assertFalse(csv.contains("HYPERLINK"), "the CSV holds ids only");
        assertEquals(List.of("hostile.coop", "out"), files(dir), "nothing written outside the output folder");
    }

    @Test
    void modelWithErrorsIsRefusedUnlessForced() throws Exception {
        Files.writeString(dir.resolve("bad.coop"), """
                actor X "x" public
                function F "f"
                plan P "p" from 2024 to 2026 {
                    action Act "a" {
                        F: R X
                    }
                }
                """);
        CliRun refused = CliRun.in(dir, "generate", "raci", "-o", "out", "bad.coop");
        assertEquals(1, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("[RACI-NO-A]"), refused.err());
        assertFalse(Files.exists(dir.resolve("out/P-raci.csv")));
        assertEquals(0, CliRun.in(dir, "generate", "raci", "--force", "-o", "out", "bad.coop").exit());
        assertTrue(Files.exists(dir.resolve("out/P-raci.csv")));
    }

    @Test
    void failingOrEscapingGeneratorsLeaveNothingBehind() throws Exception {
        Path model = CliRun.examples().resolve("monts-ardeche");
        CliRun boom = CliRun.in(dir, "generate", "test-boom", "-o", "out", model.toString());
        assertEquals(2, boom.exit());
        assertTrue(boom.err().contains("test-boom") && boom.err().contains("disk on fire"), boom.err());
        assertEquals(List.of(), files(dir.resolve("out")), "no half-written file, no staging folder");
        CliRun escape = CliRun.in(dir, "generate", "test-escape", "-o", "out", model.toString());
        assertEquals(2, escape.exit());
        assertTrue(escape.err().contains("../evil.txt"), escape.err());
        assertEquals(List.of(), files(dir.resolve("out")));
        assertEquals(List.of("out"), files(dir));
    }

    @Test
    void sinkRefusesNamesThatAreNotPlainFileNames() {
        for (String name : List.of("../x.csv", "/etc/passwd", "a/b.csv", "a\\b.csv", "..", ".hidden", "x\u0000.csv",
                "")) {
            assertThrows(IllegalArgumentException.class, () -> StagedOutputSink.checkName(name), name);
        }
        assertEquals("Plan_1-raci.csv", StagedOutputSink.checkName("Plan_1-raci.csv"));
    }

    @Test
    void usageErrors() {
        assertEquals(2, CliRun.in(dir, "generate").exit());
        assertEquals(2, CliRun.in(dir, "generate", "nope", "-o", "out", "x.coop").exit());
        CliRun template = CliRun.in(dir, "generate", "raci", "--template", "mine.odt", "-o", "out", "x.coop");
        assertEquals(2, template.exit());
        assertTrue(template.err().contains("--template"), "a template is refused, not ignored: " + template.err());
        CliRun format = CliRun.in(dir, "generate", "raci", "--format", "pdf", "-o", "out", "x.coop");
        assertEquals(2, format.exit());
        assertTrue(format.err().contains("pdf"), format.err());
    }
}
