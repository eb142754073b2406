package org.maillage.vcs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.vcs.internal.cli.DiffCommand;
import org.maillage.vcs.internal.cli.MergeCommand;

/**
 * {@code maillage merge BASE OURS THEIRS -o RESULT} on the example's plan: independent edits merge
 * cleanly with the file's comments and layout kept; true conflicts keep ours, are named and leave a
 * file that parses.
 */
class MergeCommandTest {

    private static final String FILE = "plan-val-eyrieux.coop";

    @TempDir
    Path work;

    private Path base;
    private Path ours;
    private Path theirs;

    @BeforeEach
    void versions() throws Exception {
        Run.copyExample(work.resolve("model"));
        base = work.resolve("base.coop");
        ours = work.resolve("ours.coop");
        theirs = work.resolve("theirs.coop");
        for (Path version : new Path[] { base, ours, theirs }) {
            Files.copy(work.resolve("model").resolve(FILE), version);
        }
    }

    private Run merge() {
        return Run.of(new MergeCommand(), "merge", work, "--name", "model/" + FILE, "base.coop", "ours.coop",
                "theirs.coop", "-o", "model/" + FILE);
    }

    /** The merged file compared with the expected one: no semantic difference, whatever the layout. */
    private void assertSameModel(Path expected) throws Exception {
        Path folder = Files.createDirectories(work.resolve("expected-model"));
        try (var files = Files.list(work.resolve("model"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".coop")).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(expected, folder.resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Run diff = Run.of(new DiffCommand(), "diff", work, "expected-model", "model");
        assertEquals("", diff.out(), diff.toString());
        assertEquals(0, diff.exit(), diff.toString());
    }

    @Test
    void independentEditsOfElementsFeaturesAndEntriesMergeCleanlyAndKeepComments() throws Exception {
        Run.edit(ours, "Pilotage: A CCVE, R PNR, C ChambreAgri", "Pilotage: A/R CCVE, C PNR, C ChambreAgri");
        Run.edit(ours, "to 2026-12-31 lead CCVE {", "to 2027-03-31 lead CCVE {");
        Run.edit(ours, "// Plan de coopération 2024-2026", "// Plan de coopération 2024-2026 (version de la CC)");
        Run.edit(theirs, "Animation: A PNR, R ChambreAgri, I CCVE", "Animation: A PNR, R ChambreAgri, C CCVE");
        Run.edit(theirs, "\"Convention d'application – schéma des sentiers\"", "\"Convention d'application – sentiers\"");
        Run.edit(theirs, "funding LEADER 48000 EUR", "funding LEADER 45000 EUR");
        Run.edit(theirs, "        indicator \"Producteurs engagés\"",
                "        indicator \"Marchés organisés\" target 12\n        indicator \"Producteurs engagés\"");
        Path expected = work.resolve("expected.coop");
        Files.copy(ours, expected);
        Run.edit(expected, "Animation: A PNR, R ChambreAgri, I CCVE", "Animation: A PNR, R ChambreAgri, C CCVE");
        Run.edit(expected, "\"Convention d'application – schéma des sentiers\"", "\"Convention d'application – sentiers\"");
        Run.edit(expected, "funding LEADER 48000 EUR", "funding LEADER 45000 EUR");
        Run.edit(expected, "        indicator \"Producteurs engagés\"",
                "        indicator \"Marchés organisés\" target 12\n        indicator \"Producteurs engagés\"");

        Run run = merge();

        assertEquals(0, run.exit(), run.toString());
        assertEquals("", run.out(), run.toString());
        String merged = Files.readString(work.resolve("model").resolve(FILE));
        assertEquals(Files.readString(expected), merged, "only the changed regions are printed again");
        assertSameModel(expected);
        assertFalse(Files.exists(work.resolve("model/" + FILE + ".conflicts")));
    }

    @Test
    void anEntryAndAnElementAddedOnTheirSideReferToTheOtherFilesNames() throws Exception {
        Run.edit(theirs, "        Financement: A/R CCVE, S RegionAURA, S ChambreAgri\n",
                "        Financement: A/R CCVE, S RegionAURA, S ChambreAgri\n        Suivi: A/R PNR, I RegionAURA\n");
        Run.edit(theirs, "\n    convention ConvSentiers", """

                    action Marches "Marchés de producteurs" theme "Agriculture" on ValEyrieux {
                        Decision: A/R CCVE, C ChambreAgri
                        indicator "Marchés" target 8
                    }

                    convention ConvSentiers""");
        Files.copy(theirs, work.resolve("expected.coop"));
        Files.writeString(work.resolve("model/suivi.coop"), "function Suivi \"Suivi des marchés\" technical\n");

        Run run = merge();

        assertEquals(0, run.exit(), run.toString());
        String merged = Files.readString(work.resolve("model").resolve(FILE));
        // The language's lists of entries and indicators (actions and conventions) are separate
        // features: an element added to one is printed after the block's last line.
        assertTrue(merged.contains("        Suivi: A/R PNR, I RegionAURA\n"), merged);
        assertTrue(merged.contains("    action Marches \"Marchés de producteurs\" theme \"Agriculture\" on ValEyrieux {\n"
                + "        Decision: A/R CCVE, C ChambreAgri\n"), merged);
        assertTrue(merged.startsWith("// Plan de coopération 2024-2026 entre le Parc et la CC Val'Eyrieux.\n"), merged);
        assertSameModel(work.resolve("expected.coop"));
    }

    @Test
    void theSameFeatureChangedOnBothSidesKeepsOursAndNamesTheConflict() throws Exception {
        Run.edit(ours, "funding LEADER 48000 EUR", "funding LEADER 51000 EUR");
        Run.edit(theirs, "funding LEADER 48000 EUR", "funding LEADER 45000 EUR");
        Run.edit(theirs, "Animation: A PNR, R ChambreAgri, I CCVE", "Animation: A PNR, R ChambreAgri, C CCVE");

        Run run = merge();

        assertEquals(1, run.exit(), run.toString());
        assertEquals("model/" + FILE + ": conflit : PlanValEyrieux/Sentiers/funding LEADER : amount modifié des deux côtés :"
                + " gardé 51000 (la nôtre), écarté 45000 (la leur)\n", run.out(), run.toString());
        String merged = Files.readString(work.resolve("model").resolve(FILE));
        assertTrue(merged.contains("funding LEADER 51000 EUR") && merged.contains("Animation: A PNR, R ChambreAgri, C CCVE"),
                merged);
        assertFalse(merged.contains("<<<<<<<") || merged.contains(">>>>>>>"), merged);
        String json = Files.readString(work.resolve("model/" + FILE + ".conflicts"));
        assertTrue(json.replaceAll("\\s", "").contains("""
                {"kind":"both-changed","element":"PlanValEyrieux/Sentiers/fundingLEADER","feature":"amount",\
                "ours":"51000","theirs":"45000"}"""), json);
        Run check = Run.of(new DiffCommand(), "diff", work, "model", "model");
        assertEquals(0, check.exit(), "the merged file parses: " + check);
    }

    @Test
    void anElementDeletedOnOneSideAndChangedOnTheOtherIsAConflict() throws Exception {
        Run.edit(ours, """
                        indicator "Producteurs engagés" unit "producteurs" baseline 8 target 25 by CCVE {
                            measured 14 in 2024
                            measured 21 in 2025
                            measured 27 in 2026
                        }
                """, "");
        Run.edit(theirs, "baseline 8 target 25 by CCVE", "baseline 8 target 30 by CCVE");
        Run.edit(theirs, "    convention ConvCircuits \"Convention de partenariat – circuits courts\"",
                "    convention ConvCircuits \"Convention de partenariat – circuits courts et marchés\"");
        Run.edit(ours, "        commitment OTAHV \"Promouvoir les marchés\"\n", "");

        Run run = merge();

        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains(": conflit : PlanValEyrieux/Circuits/indicator Producteurs engagés supprimé de notre côté,"
                + " modifié du leur (target 30) : suppression gardée\n"), run.toString());
        String merged = Files.readString(work.resolve("model").resolve(FILE));
        assertTrue(merged.contains("circuits courts et marchés\""), merged);
        assertFalse(merged.contains("Producteurs engagés"), merged);
    }

    @Test
    void aChangeThatCannotBeWrittenIsAConflictAndTheOthersAreTaken() throws Exception {
        // Their entry names an actor our model does not have (declared in their copy of another file).
        Run.edit(theirs, "        Financement: A/R CCVE, S RegionAURA, S ChambreAgri\n",
                "        Financement: A/R CCVE, S RegionAURA, S ChambreAgri\n        Evaluation: A/R Inconnu\n");
        Run.edit(theirs, "funding LEADER 48000 EUR", "funding LEADER 45000 EUR");

        Run run = merge();

        assertEquals(1, run.exit(), run.toString());
        assertEquals("model/" + FILE + ": conflit : PlanValEyrieux/Circuits/functionAssignment Evaluation :"
                + " leur ajout ou suppression de cet élément n'a pas pu être écrit (il nomme un élément que notre modèle"
                + " n'a pas ?) : le nôtre gardé\n", run.out(), run.toString());
        String merged = Files.readString(work.resolve("model").resolve(FILE));
        assertTrue(merged.contains("funding LEADER 45000 EUR") && !merged.contains("Inconnu"), merged);
    }

    @Test
    void aVersionThatDoesNotParseLeavesTheResultAloneAndExitsTwo() throws Exception {
        Run.edit(theirs, "action Circuits \"Circuits", "action Circuits \"Circuits\" {{ \"");
        Files.copy(ours, work.resolve("model").resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String before = Files.readString(work.resolve("model").resolve(FILE));
        Run run = merge();
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().startsWith("maillage merge: fusion élément par élément impossible"), run.toString());
        assertEquals(before, Files.readString(work.resolve("model").resolve(FILE)));
    }
}
