package org.maillage.vcs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.vcs.internal.cli.DiffCommand;

/** {@code maillage diff} between two folders: what changed, by element, in each format. */
class DiffCommandTest {

    @TempDir
    Path work;

    /** The example, then the example with edits of roles, financing, a convention's period and an indicator. */
    static void editPlan(Path folder) {
        Path plan = folder.resolve("plan-val-eyrieux.coop");
        Run.edit(plan, "Pilotage: A CCVE, R PNR, C ChambreAgri", "Pilotage: A/R CCVE, C PNR, C ChambreAgri");
        Run.edit(plan, "funding LEADER 48000 EUR from GAL counterpart RegionAURA 12000 EUR",
                "funding LEADER 50000 EUR from GAL counterpart RegionAURA 12500 EUR");
        Run.edit(plan, "covers Sentiers from 2024-03-01 to 2026-12-31", "covers Sentiers from 2024-03-01 to 2027-06-30");
        Run.edit(plan, "        indicator \"Kilomètres de sentiers balisés\" unit \"km\" baseline 40 target 120 by PNR {\n"
                        + "            measured 65 in 2024\n            measured 92 in 2025\n        }\n", "");
    }

    static final String EXPECTED = """
            - PlanValEyrieux/Sentiers/indicator Kilomètres de sentiers balisés : suppression (Indicateur « Kilomètres de sentiers balisés »)
            ~ PlanValEyrieux/Sentiers/funding LEADER : Montant (€) : 48000 → 50000
            ~ PlanValEyrieux/Sentiers/funding LEADER : Montant de la contrepartie (€) : 12000 → 12500
            ~ PlanValEyrieux/ConvSentiers : Date de fin : « 2026-12-31 » → « 2027-06-30 »
            * PlanValEyrieux/Circuits/Pilotage : CCVE : A → A/R
            * PlanValEyrieux/Circuits/Pilotage : PNR : R → C
            ! PlanValEyrieux/ConvSentiers : nouveau constat CONV-PERIOD : La convention ConvSentiers (2024-03-01 – 2027-06-30) \
            déborde des années du plan PlanValEyrieux (2024–2026).
            ! PlanValEyrieux/Sentiers : nouveau constat EVAL-NO-INDICATOR : L'action Sentiers n'a pas d'indicateur : on ne pourra pas l'évaluer.
            ! PlanValEyrieux/Sentiers/cost 100000 : nouveau constat FUND-PLAN-BALANCE : Le plan de financement de l'action \
            Sentiers totalise 102500 EUR pour un coût de 100000 EUR (écart de -2500 EUR).
            """;

    @Test
    void foldersPrintEveryChangeByElementInAStableOrder() throws Exception {
        Run.copyExample(work.resolve("old"));
        Run.copyExample(work.resolve("new"));
        editPlan(work.resolve("new"));
        Run run = Run.of(new DiffCommand(), "diff", work, "old", "new");
        assertEquals(EXPECTED, run.out(), run.toString());
        assertEquals(1, run.exit(), run.toString());
        assertEquals("", run.err(), run.toString());
    }

    @Test
    void noChangeExitsZeroAndPrintsNothing() throws Exception {
        Run.copyExample(work.resolve("old"));
        Run.copyExample(work.resolve("new"));
        Files.writeString(work.resolve("new/plan-lamastre.coop"),
                "// a comment and another layout change nothing\n" + Files.readString(work.resolve("new/plan-lamastre.coop"))
                        .replace("    partners PNR, CCPL, Departement", "    partners   PNR,CCPL,   Departement"));
        Run run = Run.of(new DiffCommand(), "diff", work, "old", "new");
        assertEquals(0, run.exit(), run.toString());
        assertEquals("", run.out(), run.toString());
    }

    @Test
    void anIdentifierChangedWithItsTitleKeptIsARenameNotAChangeOfEveryReference() throws Exception {
        Run.copyExample(work.resolve("old"));
        Run.copyExample(work.resolve("new"));
        for (String file : new String[] { "referentiel.coop", "plan-val-eyrieux.coop" }) {
            Path path = work.resolve("new").resolve(file);
            Files.writeString(path, Files.readString(path).replaceAll("\\bOTAHV\\b", "OfficeTourisme"));
        }
        Run run = Run.of(new DiffCommand(), "diff", work, "old", "new");
        assertEquals("> OfficeTourisme : identifiant OTAHV → OfficeTourisme (Acteur)\n", run.out(), run.toString());
        assertEquals(1, run.exit());
    }

    @Test
    void englishJsonAndHtml() throws Exception {
        Run.copyExample(work.resolve("old"));
        Run.copyExample(work.resolve("new"));
        editPlan(work.resolve("new"));
        Run english = Run.of(new DiffCommand(), "diff", work, "--lang", "en", "old", "new");
        assertTrue(english.out().contains("* PlanValEyrieux/Circuits/Pilotage: PNR: R → C\n"), english.toString());
        Run json = Run.of(new DiffCommand(), "diff", work, "--format", "json", "old", "new");
        assertTrue(json.out().replaceAll("\\s", "").contains("""
                {"section":"role","kind":"changed","type":"Role","element":"PlanValEyrieux/Circuits/Pilotage",\
                "actor":"CCVE","before":"A","after":"A/R"}"""), json.toString());
        Run html = Run.of(new DiffCommand(), "diff", work, "--format", "html", "-o", "report.html", "old", "new");
        assertEquals(1, html.exit(), html.toString());
        String page = Files.readString(work.resolve("report.html"));
        assertTrue(page.contains("<td class=\"changed\" title=\"avant : R, après : C\">modifié : <del>R</del> → <ins>C</ins></td>"),
                page);
        assertTrue(!page.contains("<script") && !page.contains("http"), "self-contained, no script or link");
    }

    @Test
    void wrongCommandLinesAndMissingVersionsExitTwo() throws Exception {
        Run.copyExample(work.resolve("old"));
        Run one = Run.of(new DiffCommand(), "diff", work, "old");
        assertEquals(2, one.exit(), one.toString());
        Run format = Run.of(new DiffCommand(), "diff", work, "--format", "pdf", "old", "old");
        assertEquals(2, format.exit(), format.toString());
        Run noRepository = Run.of(new DiffCommand(), "diff", work, "old", "v2025-votee");
        assertEquals(2, noRepository.exit(), noRepository.toString());
        assertTrue(noRepository.err().startsWith("maillage diff: aucun dépôt Git ne contient"), noRepository.toString());
    }
}
