package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.dsl.ui.internal.editor.CoopContentAssistProcessor;
import org.maillage.dsl.ui.internal.editor.CoopEditor;
import org.maillage.dsl.ui.internal.editor.CoopReconcilingStrategy;
import org.maillage.dsl.ui.internal.editor.ProblemAnnotation;
import org.maillage.dsl.ui.internal.editor.quickfix.CoopQuickAssistProcessor;

/** The .coop editor as a French user types in it: problems while typing, completion, navigation, fixes, format. */
class CoopEditorFrenchUITest {

    @AfterEach
    void closeEditors() {
        WorkbenchAssertions.window().getActivePage().closeAllEditors(false);
    }

    static CoopEditor open(IFile file) throws Exception {
        IEditorPart part = IDE.openEditor(WorkbenchAssertions.window().getActivePage(), file);
        assertTrue(part instanceof CoopEditor, "a .coop file opens in the Maillage editor: " + part);
        CoopEditor editor = (CoopEditor) part;
        ExampleProject.waitUntil(() -> editor.model() != null && editor.model().text() != null, "the first reconcile");
        return editor;
    }

    /** A new example project with its Val'Eyrieux plan open. */
    static CoopEditor openPlan(String project) throws Exception {
        return open(ExampleProject.createWithWizard(project).getFile("plan-val-eyrieux.coop"));
    }

    static IDocument document(CoopEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    static List<String> liveCodes(CoopEditor editor) {
        return editor.liveProblems().stream().map(ProblemAnnotation::code).toList();
    }

    static void replace(IDocument document, String from, String to) throws Exception {
        int at = document.get().indexOf(from);
        assertTrue(at >= 0, "the text contains " + from);
        document.replace(at, from.length(), to);
    }

    @Test
    void aProblemAppearsWhileTypingAndVanishesWhenFixed() throws Exception {
        IProject project = ExampleProject.createWithWizard("editeur-frappe");
        CoopEditor editor = open(project.getFile("plan-val-eyrieux.coop"));
        IDocument document = document(editor);
        replace(document, "Decision: A/R CCVE, C PNR", "Decision: R CCVE, C PNR");
        ExampleProject.waitUntil(() -> liveCodes(editor).contains("RACI-NO-A"), "RACI-NO-A shows while typing");
        ProblemAnnotation problem = editor.liveProblems().stream().filter(p -> p.code().equals("RACI-NO-A")).findFirst()
                .orElseThrow();
        assertTrue(problem.getText().contains("[RACI-NO-A]"), problem.getText());
        assertTrue(editor.isDirty(), "nothing was saved");
        assertTrue(ExampleProject.markers(project.getFile("plan-val-eyrieux.coop"), IMarker.SEVERITY_ERROR).isEmpty(),
                "markers come from the builder, on save");
        replace(document, "Decision: R CCVE, C PNR", "Decision: A/R CCVE, C PNR");
        ExampleProject.waitUntil(() -> !liveCodes(editor).contains("RACI-NO-A"), "the problem vanishes");
    }

    @Test
    void contentAssistAfterARoleLetterListsTheActorsOfTheReferentiel() throws Exception {
        CoopEditor editor = openPlan("editeur-completion");
        IDocument document = document(editor);
        String line = "        Communication: A ";
        int at = document.get().indexOf("        indicator \"Kilomètres");
        document.replace(at, 0, line + "\n");
        List<String> proposals = proposals(editor, at + line.length());
        for (String actor : List.of("PNR", "CCVE", "CCPL", "OTAHV", "GAL", "RegionAURA", "MairieConseils")) {
            assertTrue(proposals.stream().anyMatch(p -> p.startsWith(actor)), actor + " is proposed: " + proposals);
        }
        assertFalse(proposals.stream().anyMatch(p -> p.startsWith("ValEyrieux")), "no territory after a role letter");
    }

    @Test
    void anUnsavedEditInOneEditorIsSeenByContentAssistInAnother() throws Exception {
        IProject project = ExampleProject.createWithWizard("editeur-deux");
        CoopEditor referentiel = open(project.getFile("referentiel.coop"));
        IDocument text = document(referentiel);
        text.replace(text.getLength(), 0, "\nactor NouvelActeur \"Acteur non enregistré\" association\n");
        ExampleProject.waitUntil(() -> referentiel.model().text().contains("NouvelActeur"), "reconciled");
        CoopEditor plan = open(project.getFile("plan-val-eyrieux.coop"));
        IDocument document = document(plan);
        String line = "        Communication: A ";
        int at = document.get().indexOf("        indicator \"Kilomètres");
        document.replace(at, 0, line + "\n");
        assertTrue(proposals(plan, at + line.length()).stream().anyMatch(p -> p.startsWith("NouvelActeur")),
                "the actor typed but not saved in the référentiel is proposed");
        assertTrue(referentiel.isDirty());

        WorkbenchAssertions.window().getActivePage().closeEditor(referentiel, false);
        assertFalse(proposals(plan, at + line.length()).stream().anyMatch(p -> p.startsWith("NouvelActeur")),
                "closed without saving: the saved référentiel counts again");
    }

    @Test
    void openDeclarationOnAnActorOpensTheReferentielAtItsLine() throws Exception {
        IProject project = ExampleProject.createWithWizard("editeur-navigation");
        CoopEditor plan = open(project.getFile("plan-val-eyrieux.coop"));
        int at = document(plan).get().indexOf("OTAHV");
        plan.selectAndReveal(at + 1, 0);
        plan.getAction("OpenDeclaration").run();
        ExampleProject.processEvents();
        IEditorPart active = WorkbenchAssertions.window().getActivePage().getActiveEditor();
        assertTrue(active instanceof CoopEditor);
        CoopEditor referentiel = (CoopEditor) active;
        assertEquals("referentiel.coop", referentiel.getEditorInput().getName());
        ITextSelection selection = (ITextSelection) referentiel.getSelectionProvider().getSelection();
        assertEquals(31, selection.getStartLine(), "line 32, where OTAHV is declared (0-based 31)");
        assertTrue(selection.getText().startsWith("actor OTAHV"), selection.getText());
    }

    @Test
    void formatGivesTheFormattersText() throws Exception {
        IProject project = ExampleProject.createWithWizard("editeur-format");
        IFile file = project.getFile("plan-val-eyrieux.coop");
        String formatted = ExampleProject.text(file);
        CoopEditor editor = open(file);
        IDocument document = document(editor);
        document.set(formatted.replace("    action Sentiers", "action   Sentiers").replace("A/R CCVE, C PNR", "A/R   CCVE ,C PNR"));
        editor.getAction("Format").run();
        assertEquals(formatted, document.get());
    }

    @Test
    void toggleCommentCommentsTheLineOutAndInAgain() throws Exception {
        CoopEditor editor = openPlan("editeur-commentaire");
        IDocument document = document(editor);
        String before = document.get();
        int at = before.indexOf("Decision: A/R CCVE");
        editor.selectAndReveal(at, 0);
        editor.getAction("ToggleComment").run();
        assertTrue(document.get().contains("//         Decision: A/R CCVE"), document.get());
        editor.getAction("ToggleComment").run();
        assertEquals(before, document.get());
    }

    @Test
    void theOutlineShowsThePlanItsActionsAndConventions() throws Exception {
        CoopEditor editor = openPlan("editeur-structure");
        WorkbenchAssertions.window().getActivePage().showView("org.eclipse.ui.views.ContentOutline");
        editor.setFocus();
        ExampleProject.waitUntil(() -> !editor.outlineNodes().isEmpty(), "the outline is filled");
        var plan = editor.outlineNodes().get(0);
        assertEquals("PlanValEyrieux", plan.name());
        assertEquals(List.of("Sentiers", "Circuits", "CadreValEyrieux", "ConvSentiers", "ConvCircuits"),
                plan.children().stream().map(n -> n.name()).toList());
        assertEquals("Schéma des sentiers de randonnée — Engagée le 2 avril 2024", plan.children().get(0).label(),
                "an action shows its current status");
        assertEquals("Convention de partenariat – circuits courts — Signée le 30 mai 2024",
                plan.children().get(4).label(), "a convention shows its last step");
    }

    @Test
    void contentAssistProposesThe11KeywordsAndTheRightNames() throws Exception {
        CoopEditor editor = openPlan("editeur-1-1");
        IDocument document = document(editor);
        int at = document.get().indexOf("        status planned on 2024-01-08");
        String line = "        funding region 1000 EUR from ";
        document.replace(at, 0, line + "\n");
        List<String> payers = proposals(editor, at + line.length());
        assertTrue(payers.stream().anyMatch(p -> p.startsWith("RegionAURA")), "actors after from: " + payers);
        assertFalse(payers.stream().anyMatch(p -> p.startsWith("Sentiers")), "no action after from: " + payers);
        document.replace(at, line.length() + 1, "        ");
        List<String> lines = proposals(editor, at + 8);
        for (String keyword : List.of("cost", "funding", "status", "indicator")) {
            assertTrue(lines.contains(keyword), keyword + " starts a line of an action: " + lines);
        }
        int under = document.get().indexOf("under CadreValEyrieux") + "under ".length();
        List<String> frameworks = proposals(editor, under);
        assertTrue(frameworks.stream().anyMatch(p -> p.startsWith("CadreValEyrieux")), frameworks.toString());
        assertFalse(frameworks.stream().anyMatch(p -> p.startsWith("PNR")), "conventions only after under");
    }

    static List<String> proposals(CoopEditor editor, int offset) {
        ICompletionProposal[] proposals = new CoopContentAssistProcessor(editor)
                .computeCompletionProposals(viewer(editor), offset);
        return Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
    }

    static ISourceViewer viewer(CoopEditor editor) {
        return (ISourceViewer) editor.getAdapter(org.eclipse.jface.text.ITextOperationTarget.class);
    }

    /** The quick fixes Ctrl+1 offers on the line of {@code offset}. */
    static ICompletionProposal[] quickFixes(CoopEditor editor, int offset) {
        ISourceViewer viewer = viewer(editor);
        return new CoopQuickAssistProcessor(editor).computeQuickAssistProposals(new IQuickAssistInvocationContext() {
            @Override
            public int getOffset() {
                return offset;
            }

            @Override
            public int getLength() {
                return 0;
            }

            @Override
            public ISourceViewer getSourceViewer() {
                return viewer;
            }
        });
    }


    @Test
    void anOpenPlanIsCheckedAgainWhenTheReferentielIsSaved() throws Exception {
        IProject project = ExampleProject.createWithWizard("editeur-reverification");
        CoopEditor plan = open(project.getFile("plan-val-eyrieux.coop"));
        ExampleProject.waitUntil(() -> !liveCodes(plan).contains("LINK-UNRESOLVED"), "clean at first");
        ExampleProject.edit(project.getFile("referentiel.coop"), "actor OTAHV ", "actor OTAHVX ");
        ExampleProject.waitUntil(() -> liveCodes(plan).contains("LINK-UNRESOLVED"),
                "the open plan shows that OTAHV no longer exists");
    }

    @Test
    void aCancelledCheckIsAnOrdinaryOutcomeAndTheEditorGoesOnChecking() throws Exception {
        CoopEditor editor = openPlan("editeur-annulation");
        AtomicInteger checks = new AtomicInteger();
        CancelIndicator cancelledAfterTheFirstCheck = () -> checks.incrementAndGet() > 1;
        assertNull(CoopReconcilingStrategy.compute(editor.model(), cancelledAfterTheFirstCheck),
                "Xtext's OperationCanceledError ends the run quietly, with nothing to show");
        assertTrue(checks.get() > 1, "the check was under way when cancelled");
        replace(document(editor), "Decision: A/R CCVE, C PNR", "Decision: R CCVE, C PNR");
        ExampleProject.waitUntil(() -> liveCodes(editor).contains("RACI-NO-A"), "problems still show while typing");
    }

    @Test
    void theCaretOnADeclaredNameMarksItsOccurrences() throws Exception {
        IProject project = ExampleProject.createWithWizard("editeur-occurrences");
        CoopEditor referentiel = open(project.getFile("referentiel.coop"));
        int at = document(referentiel).get().indexOf("actor OTAHV") + "actor ".length();
        referentiel.selectAndReveal(at + 2, 0);
        ExampleProject.waitUntil(() -> occurrences(referentiel) > 0, "the declared name is marked where the caret is");
    }

    static int occurrences(CoopEditor editor) {
        var annotations = viewer(editor).getAnnotationModel().getAnnotationIterator();
        int count = 0;
        while (annotations.hasNext()) {
            if ("org.maillage.dsl.ui.occurrence".equals(annotations.next().getType())) {
                count++;
            }
        }
        return count;
    }
}
