package org.maillage.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.dsl.load.CoopModel;
import org.maillage.dsl.samples.PlanGenerator;
import org.maillage.importer.ImportFinding;
import org.maillage.importer.ModelUpdate;
import org.maillage.importer.NewModel;
import org.maillage.importer.RoleSheet;
import org.maillage.importer.RoleSheets;
import org.maillage.importer.SheetFormat;
import org.maillage.importer.SheetOptions;
import org.maillage.model.coop.Plan;

/**
 * The RACI generator's XLSX, ODS and CSV read back give the same roles: as a new model (titles for
 * XLSX and ODS, which show titles; identifiers for CSV), and into the model they came from, where
 * they change nothing. On the reference example and a few generated plans (the reliability
 * harness runs a hundred).
 */
class RoundTripHeadlessTest {

    @TempDir
    Path folder;

    @Test
    void theExampleComesBackFromEachFormat() throws Exception {
        assertRoundTrip(Matrices.load(examples().resolve("monts-ardeche")));
    }

    @Test
    void generatedPlansComeBackFromEachFormat() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            assertRoundTrip(Matrices.load(folder, new PlanGenerator(seed, PlanGenerator.Size.S).generate()));
        }
    }

    @Test
    void theSheetsOfEachFileAreListedAndReadByName() throws Exception {
        Map<String, byte[]> files = Matrices.raci(Matrices.load(examples().resolve("monts-ardeche")).files(), "xlsx",
                "ods", "csv");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Matrices.write(path, file.getValue());
            SheetFormat format = SheetFormat.of(path);
            List<String> names = RoleSheets.sheetNames(path, format, Locale.FRENCH);
            assertFalse(names.isEmpty(), file.getKey());
            if (format == SheetFormat.CSV) {
                assertEquals(List.of(RoleSheets.baseName(path)), names);
            }
            RoleSheet first = RoleSheets.read(path, new SheetOptions(format, null, null, Locale.FRENCH));
            RoleSheet named = RoleSheets.read(path, new SheetOptions(format, names.get(0), null, Locale.FRENCH));
            assertEquals(first.rows(), named.rows(), file.getKey() + ": the first sheet listed is the first sheet");
        }
    }

    private static void assertRoundTrip(CoopModel model) throws Exception {
        Map<String, byte[]> files = Matrices.raci(model.files(), "xlsx", "ods", "csv");
        List<Plan> plans = Matrices.plans(model.files());
        assertFalse(plans.isEmpty());
        for (Plan plan : plans) {
            for (SheetFormat format : SheetFormat.values()) {
                String name = plan.getName() + "-raci." + format.name().toLowerCase(Locale.ROOT);
                boolean ids = format == SheetFormat.CSV;
                RoleSheet sheet = RoleSheets.read(files.get(name), name,
                        new SheetOptions(format, null, null, Locale.FRENCH));
                assertEquals(List.of(), sheet.findings(), name);
                NewModel.Result created = NewModel.of(sheet, plan.getName(), Locale.FRENCH);
                List<Plan> back = Matrices.plans(Matrices.parse(created.text()));
                assertEquals(1, back.size(), name);
                assertEquals(Matrices.roles(plan, ids), Matrices.roles(back.get(0), ids), name + " as a new model");
                if (!ids) {
                    assertEquals(plan.getTitle(), back.get(0).getTitle(), name + ": the plan's title");
                    assertEquals(plan.getFromYear(), back.get(0).getFromYear(), name + ": the plan's years");
                }
                ModelUpdate update = ModelUpdate.propose(sheet, model, Locale.FRENCH);
                assertEquals(List.of(), update.edits(), name + " into its own model");
                assertTrue(update.findings().stream().noneMatch(ImportFinding::isError), name + ": " + update.findings());
            }
        }
    }

    static Path examples() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !java.nio.file.Files.isDirectory(dir.resolve("examples/monts-ardeche"))) {
            dir = dir.getParent();
        }
        return dir.resolve("examples");
    }
}
