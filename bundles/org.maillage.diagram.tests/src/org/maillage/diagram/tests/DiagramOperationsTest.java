package org.maillage.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.diagram.TextEdit;
import org.maillage.diagram.internal.document.FileDocument;
import org.maillage.diagram.internal.edit.DiagramOperations;
import org.maillage.diagram.internal.edit.LoadedModel;
import org.maillage.diagram.internal.edit.Refusal;
import org.maillage.model.coop.Role;
import org.maillage.model.validation.Severity;

/** Diagram operations become small edits of the plan's text that keep its comments, and the model stays valid. */
class DiagramOperationsTest {

    @TempDir
    Path folder;

    private FileDocument document;
    private String original;

    @BeforeEach
    void copyExample() throws Exception {
        Example.copy(folder);
        document = new FileDocument(folder.resolve("plan-lamastre.coop"));
        original = document.text();
    }

    private DiagramOperations operations() throws Refusal {
        return DiagramOperations.on(Example.load(document), "PlanLamastre", Locale.FRENCH);
    }

    private void applyAndCheck(List<TextEdit> edits) {
        assertFalse(edits.isEmpty(), "the operation changes the text");
        document.apply(edits);
        LoadedModel reloaded = Example.load(document);
        assertFalse(reloaded.hasSyntaxErrors(), document.text());
        assertTrue(reloaded.resource().getErrors().isEmpty(), () -> reloaded.resource().getErrors().toString());
        assertTrue(document.text().startsWith("// Plan de coopération 2025-2027"), "the file's comments are kept");
    }

    @Test
    void renamingATitleChangesOnlyThatString() throws Exception {
        List<TextEdit> edits = operations().setTitle("action:Velo", "Voie verte du Doux");
        applyAndCheck(edits);
        assertEquals(original.replace("\"Itinéraire vélo du Doux\"", "\"Voie verte du Doux\""), document.text());
    }

    @Test
    void anActorDroppedInATerritoryCoversItAndBecomesAPartner() throws Exception {
        applyAndCheck(operations().createActor("territory:Lamastre").edits());
        String text = document.text();
        assertTrue(text.contains("actor NouvelActeur \"Nouvel acteur\" public covers Lamastre"), text);
        assertTrue(text.contains("partners PNR, CCPL, Departement, NouvelActeur"), text);
        assertTrue(text.contains("// Il montre un mandat de maîtrise d'ouvrage"), "comments kept");
        assertTrue(text.contains("        Decision: A/R CCPL, C PNR, I Departement"), "untouched lines keep their layout");
    }

    @Test
    void aRoleLinkAddsTheLetterToTheActorsGroupThenDeletingItRemovesTheGroup() throws Exception {
        applyAndCheck(operations().connect("edge:role:R", "actor:PNR", "function:Velo/Decision"));
        assertTrue(document.text().contains("Decision: A/R CCPL, R/C PNR, I Departement"), document.text());
        applyAndCheck(operations().delete(List.of("role:Velo/Decision/PNR")));
        assertTrue(document.text().contains("Decision: A/R CCPL, I Departement"), document.text());
    }

    @Test
    void aMatrixCellSetsTheActorsLettersInPlaceAndAnEmptyCellRemovesThem() throws Exception {
        applyAndCheck(operations().setRoles("Velo", "Decision", "PNR", EnumSet.of(Role.R, Role.C)));
        assertEquals(original.replace("Decision: A/R CCPL, C PNR, I Departement", "Decision: A/R CCPL, R/C PNR, I Departement"),
                document.text(), "only the letters change");
        applyAndCheck(operations().setRoles("Velo", "Decision", "CCPL", EnumSet.of(Role.R)));
        assertTrue(document.text().contains("Decision: R CCPL, R/C PNR, I Departement"), document.text());
        applyAndCheck(operations().setRoles("Velo", "Decision", "PNR", EnumSet.noneOf(Role.class)));
        assertTrue(document.text().contains("Decision: R CCPL, I Departement"), document.text());
        assertTrue(operations().setRoles("Velo", "Decision", "Departement", EnumSet.of(Role.I)).isEmpty(),
                "a cell set to what it holds changes nothing");
    }

    @Test
    void aMatrixCellForAnActorWithoutRoleJoinsTheFunctionsEntry() throws Exception {
        applyAndCheck(operations().setRoles("Velo", "Communication", "Departement", EnumSet.of(Role.C, Role.I)));
        assertTrue(document.text().contains("Communication: A/R CCPL, I PNR, C/I Departement"), document.text());
        assertThrows(Refusal.class, () -> operations().setRoles("Velo", "Decision", "Nobody", EnumSet.of(Role.A)));
    }

    @Test
    void aRoleForAFunctionTheActionLacksAddsAnEntry() throws Exception {
        applyAndCheck(operations().connect("edge:role:C", "actor:GAL", "function:Vergers/Communication"));
        assertTrue(document.text().contains("Communication: C GAL"), document.text());
    }

    @Test
    void aConventionLinkBetweenTwoActorsCreatesAConvention() throws Exception {
        applyAndCheck(operations().connect("edge:convention", "actor:PNR", "actor:GAL"));
        assertTrue(document.text().contains("    convention NouvelleConvention \"Nouvelle convention\" kind partnership\n"
                + "        between PNR, GAL {\n    }\n}"), document.text());
        applyAndCheck(operations().connect("edge:party", "actor:CCPL", "convention:NouvelleConvention"));
        assertTrue(document.text().contains("between PNR, GAL, CCPL"), document.text());
    }

    @Test
    void deletingAnActorRemovesItsRolesAndPartnership() throws Exception {
        applyAndCheck(operations().createActor(null).edits());
        applyAndCheck(operations().connect("edge:role:I", "actor:NouvelActeur", "function:Velo/Decision"));
        applyAndCheck(operations().delete(List.of("actor:NouvelActeur")));
        // The blank line after a rewritten partners list is the formatter's choice: compare without blank lines.
        assertEquals(original.replace("\n\n", "\n"), document.text().replace("\n\n", "\n"), "back to the original text");
    }

    @Test
    void deletingAnActorOfTheReferentielTakesItOutOfThePlanAndKeepsItsDeclaration() throws Exception {
        String referentiel = Files.readString(folder.resolve("referentiel.coop"));
        applyAndCheck(operations().delete(List.of("actor:PNR")));
        String text = document.text();
        assertTrue(text.contains("partners CCPL, Departement\n"), text);
        assertTrue(text.contains("Decision: A/R CCPL, I Departement\n"), text);
        assertTrue(text.contains("Evaluation: C CCPL\n"), text);
        assertFalse(text.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("//.*", "").matches("(?s).*\\bPNR\\b.*"),
                "no reference to PNR is left in the plan: " + text);
        assertEquals(referentiel, Files.readString(folder.resolve("referentiel.coop")), "its declaration stays");
        // a party with a deliberation, a commitment and a committee seat: all of them go
        applyAndCheck(operations().delete(List.of("actor:Departement")));
        assertFalse(document.text().contains("deliberation Departement"), document.text());
    }

    @Test
    void elementsOfAnotherFileAndLastPartiesAreRefusedWithAReason() throws Exception {
        Refusal other = assertThrows(Refusal.class, () -> operations().setTitle("actor:PNR", "Parc"));
        assertTrue(other.getMessage().contains("referentiel.coop"), other.getMessage());
        Refusal derived = assertThrows(Refusal.class, () -> operations().delete(List.of("delegation:CCPL/Departement")));
        assertFalse(derived.getMessage().isBlank());
        assertEquals(original, document.text());
    }

    @Test
    void aTextWithASyntaxErrorIsNotChanged() throws Exception {
        document.apply(List.of(new TextEdit(original.indexOf("action Velo"), 0, "}}} ")));
        Refusal refusal = assertThrows(Refusal.class, this::operations);
        assertTrue(refusal.getMessage().contains("syntaxe"), refusal.getMessage());
    }

    @Test
    void theReferenceModelStaysFreeOfFindingsAfterARoundOfEdits() throws Exception {
        applyAndCheck(operations().setTitle("convention:ConvVergers", "Convention vergers"));
        document.save();
        assertTrue(Files.readString(document.path()).contains("\"Convention vergers\""));
        assertTrue(Example.load(document).findings().stream().noneMatch(f -> f.severity() != Severity.INFO),
                () -> Example.load(document).findings().toString());
    }
}
