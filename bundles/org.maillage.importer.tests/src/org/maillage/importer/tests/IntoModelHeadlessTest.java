package org.maillage.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.dsl.load.CoopModel;
import org.maillage.importer.ModelUpdate;
import org.maillage.importer.RoleEdit;
import org.maillage.importer.RoleSheet;
import org.maillage.importer.RoleSheets;
import org.maillage.importer.SheetFormat;
import org.maillage.importer.SheetOptions;

/**
 * A sheet into an existing model changes only the roles it holds, with the smallest edits: the
 * financing, statuses, indicators, conventions and comments of the example stay as written.
 */
class IntoModelHeadlessTest {

    @TempDir
    Path folder;

    static final String SHEET = """
            action;function;CCPL;PNR;Departement;Inconnu
            Velo;Decision;A/R;C;;
            Velo;Realisation;A;R;S;
            Vergers;Pilotage;A;R/C;;
            Vergers;Evaluation;;A/R;;
            Vergers;Gouvernance;A;;;
            """;

    @Test
    void changesOnlyTheRolesTheSheetHolds() throws Exception {
        Path plan = folder.resolve("plan-lamastre.coop");
        for (String name : List.of("plan-lamastre.coop", "referentiel.coop", "plan-val-eyrieux.coop")) {
            Files.copy(RoundTripHeadlessTest.examples().resolve("monts-ardeche").resolve(name), folder.resolve(name));
        }
        String before = Files.readString(plan);
        CoopModel model = Matrices.load(folder);
        RoleSheet sheet = RoleSheets.read(SHEET.getBytes(StandardCharsets.UTF_8), "roles",
                new SheetOptions(SheetFormat.CSV, null, null, Locale.ENGLISH));
        ModelUpdate update = ModelUpdate.propose(sheet, model, Locale.ENGLISH);
        assertEquals(List.of("PlanLamastre/Velo/Decision Departement: I → ",
                "PlanLamastre/Velo/Realisation PNR: S → R", "PlanLamastre/Velo/Realisation Departement: R → S",
                "PlanLamastre/Vergers/Pilotage PNR: R → R/C", "PlanLamastre/Vergers/Evaluation PNR:  → A/R"),
                update.edits().stream().map(RoleEdit::toString).toList());
        assertEquals(List.of("error IMPORT-UNKNOWN-ACTOR roles!F1", "error IMPORT-UNKNOWN-FUNCTION roles!B6"),
                update.findings().stream().map(f -> f.severity().word() + " " + f.code() + " " + f.where()).toList());
        assertTrue(update.findings().stream().allMatch(f -> f.hint() != null), "every finding has a hint");
        Map<Path, String> texts = update.apply();
        assertEquals(List.of(plan), List.copyOf(texts.keySet()), "only the plan's file changes");
        String expected = before
                .replace("Decision: A/R CCPL, C PNR, I Departement", "Decision: A/R CCPL, C PNR")
                .replace("Realisation: A CCPL, R Departement, S PNR", "Realisation: A CCPL, S Departement, R PNR")
                .replace("Pilotage: A CCPL, R PNR", "Pilotage: A CCPL, R/C PNR")
                // a new entry ends the action's block (the change serializer appends to the action's lines)
                .replace("target 30 by PNR\n", "target 30 by PNR\n        Evaluation: A/R PNR\n");
        assertEquals(expected, texts.get(plan));
    }

}
