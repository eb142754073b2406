package org.maillage.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.dsl.ide.CoopIdeSetup;
import org.maillage.dsl.load.CoopModel;
import org.maillage.dsl.load.CoopModelLoader;
import org.maillage.dsl.samples.PlanGenerator;
import org.maillage.generator.GenerationContext;
import org.maillage.generator.GeneratorOptions;
import org.maillage.generator.raci.internal.RaciGenerator;
import org.maillage.importer.ImportFinding;
import org.maillage.importer.ModelUpdate;
import org.maillage.importer.NewModel;
import org.maillage.importer.RoleSheet;
import org.maillage.importer.RoleSheets;
import org.maillage.importer.SheetFormat;
import org.maillage.importer.SheetOptions;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.Plan;
import org.maillage.model.services.Raci;
import org.maillage.model.services.RaciMatrix;

/**
 * The "who does what" spreadsheets round trip on 100 generated plans (the plans of the first
 * generated models, about five a model; {@code -Dsheet.plans=N} for a longer run): {@code generate
 * raci} in XLSX, ODS and CSV, then {@code import} of each gives back the same roles, both as a new
 * model (titles for XLSX and ODS, which show titles; identifiers for CSV, which shows identifiers)
 * and into the model it came from, where it changes nothing and reports nothing.
 */
class SheetRoundTripTest {

    static final int PLANS = Integer.getInteger("sheet.plans", 100);

    private static final CoopModelLoader LOADER = CoopIdeSetup.shared().getInstance(CoopModelLoader.class);

    @TempDir
    Path folder;

    @Test
    void generatedPlansComeBackFromXlsxOdsAndCsv() throws Exception {
        int done = 0;
        for (long seed = 1; done < PLANS; seed++) {
            String text = new PlanGenerator(seed, PlanGenerator.Size.S).generate();
            CoopModel model = load("plan.coop", text);
            Map<String, byte[]> files = new LinkedHashMap<>();
            new RaciGenerator().generate(new GenerationContext(model.files(),
                    new GeneratorOptions(List.of("xlsx", "ods", "csv"), Locale.FRENCH, Optional.empty()), files::put,
                    new NullProgressMonitor()));
            List<Plan> plans = plans(model.files());
            assertFalse(plans.isEmpty(), "plan " + seed + " has plans");
            for (Plan plan : plans.subList(0, Math.min(plans.size(), PLANS - done))) {
                for (SheetFormat format : SheetFormat.values()) {
                    String name = plan.getName() + "-raci." + format.name().toLowerCase(Locale.ROOT);
                    String where = "seed " + seed + ", " + name;
                    boolean ids = format == SheetFormat.CSV;
                    RoleSheet sheet = RoleSheets.read(files.get(name), name,
                            new SheetOptions(format, null, null, Locale.FRENCH));
                    assertEquals(List.of(), sheet.findings(), where + ": every cell read");
                    NewModel.Result created = NewModel.of(sheet, plan.getName(), Locale.FRENCH);
                    CoopModel back = load("imported.coop", created.text());
                    assertEquals(1, plans(back.files()).size(), where);
                    assertEquals(roles(plan, ids), roles(plans(back.files()).get(0), ids), where + ": as a new model");
                    ModelUpdate update = ModelUpdate.propose(sheet, model, Locale.FRENCH);
                    assertEquals(List.of(), update.edits(), where + ": into its own model");
                    assertTrue(update.findings().stream().noneMatch(ImportFinding::isError), where + ": " + update.findings());
                }
                done++;
            }
        }
    }

    /** A model of one text, as the command line reads it: from a file. */
    private CoopModel load(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return LOADER.load(List.of(file));
    }

    private static List<Plan> plans(List<CoopFile> files) {
        return files.stream().flatMap(f -> f.getPlans().stream()).toList();
    }

    /** One line per role held: the action's rank among those with roles, action, function, actor, letters. */
    private static List<String> roles(Plan plan, boolean ids) {
        List<String> lines = new ArrayList<>();
        RaciMatrix matrix = RaciMatrix.of(plan);
        List<Object> actions = new ArrayList<>();
        for (RaciMatrix.Row row : matrix.rows()) {
            if (actions.isEmpty() || actions.get(actions.size() - 1) != row.action()) {
                actions.add(row.action());
            }
            for (Actor actor : matrix.actors()) {
                if (!row.roles(actor).isEmpty()) {
                    lines.add(actions.size() + " " + name(row.action(), ids) + " / " + name(row.function(), ids) + " / "
                            + name(actor, ids) + ": " + Raci.cell(row.roles(actor)));
                }
            }
        }
        return lines;
    }

    private static String name(NamedElement element, boolean ids) {
        return ids ? element.getName() : element.getTitle();
    }
}
