package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code maillage import} of spreadsheets, run through the real command line. */
class ImportSheetCommandHeadlessTest {

    @TempDir
    Path dir;

    @Test
    void theGeneratedRaciSheetImportsAsAValidModelAndChangesNothingInItsOwn() throws Exception {
        Path example = CliRun.examples().resolve("monts-ardeche");
        CliRun generated = CliRun.in(dir, "generate", "raci", "--format", "xlsx,ods,csv", "-o", "gen", example.toString());
        assertEquals(0, generated.exit(), generated.toString());
        for (String ext : List.of("xlsx", "ods", "csv")) {
            CliRun imported = CliRun.in(dir, "import", "gen/PlanLamastre-raci." + ext, "-o", "lamastre-" + ext + ".coop");
            assertEquals(0, imported.exit(), imported.toString());
            // only information: the structures created get the type public until the user says otherwise
            assertTrue(imported.err().lines().filter(l -> !l.startsWith("    hint: "))
                    .allMatch(l -> l.contains(": info: ")), ext + ": " + imported.err());
            CliRun valid = CliRun.in(dir, "validate", "lamastre-" + ext + ".coop");
            assertEquals(0, valid.exit(), valid.toString());
            CliRun into = CliRun.in(dir, "import", "--dry-run", "gen/PlanLamastre-raci." + ext, "--into", example.toString());
            assertEquals(0, into.exit(), into.toString());
            assertTrue(into.out().contains("aucun rôle ne change"), into.toString());
        }
        CliRun again = CliRun.in(dir, "import", "gen/PlanLamastre-raci.xlsx", "-o", "lamastre-xlsx.coop");
        assertEquals(2, again.exit(), "an existing file is not replaced unasked: " + again);
        assertEquals(0, CliRun.in(dir, "import", "--force", "gen/PlanLamastre-raci.xlsx", "-o", "lamastre-xlsx.coop").exit());
    }

    @Test
    void unreadableCellsAreReportedAtTheirCellAndTheRestIsImported() throws Exception {
        Files.writeString(dir.resolve("roles.csv"), "Action;Fonction;Parc;CC\nVélo;Décision;A/R;x\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.in(dir, "import", "roles.csv", "-o", "roles.coop");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().startsWith("roles.csv:roles!D2: error: « x » n'est pas un rôle"), run.toString());
        assertTrue(run.err().contains("[IMPORT-CELL]\n    hint: "), run.toString());
        assertTrue(Files.readString(dir.resolve("roles.coop")).contains("Decision: A/R Parc"), run.toString());
    }

    @Test
    void intoUpdatesTheRolesInPlaceAndPrintsTheSemanticChanges() throws Exception {
        Path model = dir.resolve("model");
        Files.createDirectories(model);
        for (String name : List.of("plan-lamastre.coop", "referentiel.coop", "plan-val-eyrieux.coop")) {
            Files.copy(CliRun.examples().resolve("monts-ardeche").resolve(name), model.resolve(name));
        }
        Files.writeString(dir.resolve("roles.csv"), "action;function;PNR\nVergers;Pilotage;R/C\n");
        CliRun dry = CliRun.in(dir, "import", "--dry-run", "roles.csv", "--into", "model");
        assertEquals(0, dry.exit(), dry.toString());
        assertTrue(dry.out().contains("PlanLamastre/Vergers/Pilotage"), dry.toString());
        assertTrue(Files.readString(model.resolve("plan-lamastre.coop")).contains("Pilotage: A CCPL, R PNR\n"));
        CliRun run = CliRun.in(dir, "import", "roles.csv", "--into", "model");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(Files.readString(model.resolve("plan-lamastre.coop")).contains("Pilotage: A CCPL, R/C PNR\n"),
                run.toString());
    }

    @Test
    void aBadMapIsAUsageError() {
        CliRun run = CliRun.in(dir, "import", "--map", "action=B", "roles.csv", "-o", "x.coop");
        assertEquals(2, run.exit(), run.toString());
    }
}
