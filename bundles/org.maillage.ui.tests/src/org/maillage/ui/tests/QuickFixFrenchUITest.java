package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.dsl.ui.CoopProjects;
import org.maillage.dsl.ui.internal.editor.CoopEditor;

/** Each quick fix turns a file with its problem into one without it (Ctrl+1 in the editor). */
class QuickFixFrenchUITest {

    @AfterEach
    void closeEditors() {
        WorkbenchAssertions.window().getActivePage().closeAllEditors(false);
    }

    /** Breaks the plan through the workspace, opens it, applies the fix whose label contains {@code fix}, saves. */
    private static IProject fixed(String name, String from, String to, String code, String at, String fix)
            throws Exception {
        IProject project = ExampleProject.createWithWizard(name);
        IFile plan = project.getFile("plan-val-eyrieux.coop");
        ExampleProject.edit(plan, from, to);
        assertTrue(ExampleProject.codes(project).contains(code), code + " before the fix: " + ExampleProject.codes(project));
        CoopEditor editor = CoopEditorFrenchUITest.open(plan);
        IDocument document = CoopEditorFrenchUITest.document(editor);
        ExampleProject.waitUntil(() -> CoopEditorFrenchUITest.liveCodes(editor).contains(code), code + " shows live");
        ICompletionProposal[] fixes = CoopEditorFrenchUITest.quickFixes(editor, document.get().indexOf(at));
        ICompletionProposal chosen = Arrays.stream(fixes).filter(p -> p.getDisplayString().contains(fix)).findFirst()
                .orElseThrow(() -> new AssertionError("no fix '" + fix + "' among "
                        + Arrays.stream(fixes).map(ICompletionProposal::getDisplayString).toList()));
        chosen.apply(document);
        editor.doSave(new NullProgressMonitor());
        ExampleProject.waitForBuild();
        assertFalse(ExampleProject.codes(project).contains(code), code + " is gone: " + ExampleProject.codes(project));
        return project;
    }

    @Test
    void anEntryWithNoAGetsOneOfItsActorsAsA() throws Exception {
        IProject project = fixed("fix-sans-a", "Decision: A/R CCVE, C PNR", "Decision: R CCVE, C PNR", "RACI-NO-A",
                "Decision: R CCVE", "Rendre CCVE A");
        assertTrue(ExampleProject.text(project.getFile("plan-val-eyrieux.coop")).contains("Decision: A/R CCVE, C PNR"));
    }

    @Test
    void aConventionWithNoCommitteeGetsOneWithItsParties() throws Exception {
        IProject project = fixed("fix-comite", "        committee Copil \"Comité de pilotage des sentiers\" members PNR, CCVE, OTAHV meets 2 per year\n",
                "", "CONV-NO-COMMITTEE", "convention ConvSentiers", "comité");
        assertTrue(ExampleProject.text(project.getFile("plan-val-eyrieux.coop"))
                .contains("committee CopilConvSentiers \"Comité de pilotage\" members PNR, CCVE, OTAHV"));
    }

    @Test
    void anUnresolvedActorIsCreatedInTheReferentiel() throws Exception {
        IProject project = fixed("fix-acteur", "Realisation: A CCVE, R OTAHV", "Realisation: A CCVE, R Randonnee07",
                "LINK-UNRESOLVED", "Randonnee07", "Créer l'acteur Randonnee07 dans referentiel.coop");
        assertTrue(ExampleProject.text(project.getFile("referentiel.coop")).contains("actor Randonnee07 \"Randonnee07\" public"));
    }

    @Test
    void aPartyWithNoRoleIsRemovedFromBetween() throws Exception {
        IProject project = fixed("fix-partie", "between PNR, CCVE, OTAHV covers Sentiers",
                "between PNR, CCVE, OTAHV, ChambreAgri covers Sentiers", "CONV-PARTY-ROLE", "convention ConvSentiers",
                "ChambreAgri");
        assertTrue(ExampleProject.text(project.getFile("plan-val-eyrieux.coop")).contains("between PNR, CCVE, OTAHV covers Sentiers"));
        assertEquals(List.of("CONV-ELECTION", "UNUSED-ACTOR"), ExampleProject.distinctCodes(project),
                "the example's infos only");
    }

    @Test
    void theProblemsViewOffersTheSameFixes() throws Exception {
        IProject project = ExampleProject.createWithWizard("fix-vue-problemes");
        IFile plan = project.getFile("plan-val-eyrieux.coop");
        ExampleProject.edit(plan, "Decision: A/R CCVE, C PNR", "Decision: R CCVE, C PNR");
        IMarker marker = ExampleProject.markers(plan).stream()
                .filter(m -> m.getAttribute(CoopProjects.CODE, "").equals("RACI-NO-A")).findFirst().orElseThrow();
        assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
        IMarkerResolution pnr = Arrays.stream(resolutions).filter(r -> r.getLabel().contains("PNR")).findFirst()
                .orElseThrow();
        pnr.run(marker);
        ExampleProject.waitForBuild();
        assertTrue(ExampleProject.text(plan).contains("Decision: R CCVE, A/C PNR"), ExampleProject.text(plan));
        assertFalse(ExampleProject.codes(project).contains("RACI-NO-A"));
    }

    @Test
    void aFixNamesAnUnresolvedActorAsWritten() throws Exception {
        IProject project = ExampleProject.createWithWizard("fix-libelles");
        IFile plan = project.getFile("plan-val-eyrieux.coop");
        ExampleProject.edit(plan, "Realisation: A CCVE, R OTAHV", "Realisation: R CCVE, C Randonnee07");
        CoopEditor editor = CoopEditorFrenchUITest.open(plan);
        IDocument document = CoopEditorFrenchUITest.document(editor);
        ExampleProject.waitUntil(() -> CoopEditorFrenchUITest.liveCodes(editor).contains("RACI-NO-A"), "RACI-NO-A shows");
        var labels = Arrays.stream(CoopEditorFrenchUITest.quickFixes(editor, document.get().indexOf("Realisation: R")))
                .map(ICompletionProposal::getDisplayString).toList();
        assertTrue(labels.contains("Rendre Randonnee07 A (décide et rend compte)"), labels.toString());
        assertTrue(labels.contains("Rendre CCVE A (décide et rend compte)"), labels.toString());
        assertTrue(labels.stream().noneMatch(l -> l.contains("null") || l.contains("?")), labels.toString());
    }
}
