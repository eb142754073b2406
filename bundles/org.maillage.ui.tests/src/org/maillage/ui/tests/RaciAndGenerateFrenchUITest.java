package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.DialogPage;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.maillage.dsl.ui.CoopWorkspace;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;
import org.maillage.ui.internal.Messages;
import org.maillage.ui.internal.generate.GenerateHandler;
import org.maillage.ui.internal.generate.GenerateJob;
import org.maillage.ui.internal.generate.GenerateWizard;
import org.maillage.ui.internal.raci.MatrixTable;
import org.maillage.ui.internal.raci.RaciGrid;
import org.maillage.ui.internal.raci.RaciView;

/** The RACI view on the example's plan, and the Generate wizard writing the RACI files into the project. */
class RaciAndGenerateFrenchUITest {

    @Test
    void theRaciViewShowsTheLettersOfTheExampleColouredAndTheWorkload() throws Exception {
        IProject project = ExampleProject.createWithWizard("exemple-raci");
        RaciView view = (RaciView) WorkbenchAssertions.window().getActivePage().showView(RaciView.ID);
        MatrixTable matrix = MatrixRead.show(view, project.getFile("plan-val-eyrieux.coop"));

        List<String> headers = MatrixRead.columnTitles(matrix);
        int otahv = headers.indexOf("Office de tourisme Ardèche Hautes Vallées");
        int ccve = headers.indexOf("Communauté de communes Val'Eyrieux");
        assertTrue(otahv >= 0 && ccve >= 0, "actors are columns, by title: " + headers);

        String sentiers = "Schéma des sentiers de randonnée";
        assertEquals("R", MatrixRead.cell(matrix, sentiers, "Réalisation", headers.get(otahv)));
        assertEquals("A", MatrixRead.cell(matrix, sentiers, "Réalisation", headers.get(ccve)));
        assertEquals("A/R", MatrixRead.cell(matrix, sentiers, "Décision", headers.get(ccve)));
        assertEquals("", MatrixRead.cell(matrix, sentiers, "Décision", headers.get(otahv)), "no role, no letter");
        RaciGrid.Line realisation = MatrixRead.line(matrix, sentiers, "Réalisation").orElseThrow();
        assertEquals(rgb(Raci.COLOURS.get(Role.R)), MatrixRead.paintedColour(matrix, realisation, otahv),
                "the letter is painted on its role's colour");
        assertEquals(9, matrix.grid().columns().get(ccve).workload().get(Role.A), "CCVE is A in nine rows of the plan");

        // a double-click on the line's header opens the plan at the entry
        Rectangle header = matrix.headerBounds(realisation);
        // the view active and the grid focused first, as after a person's first click in it
        WorkbenchAssertions.window().getActivePage().activate(view);
        matrix.natTable().setFocus();
        ExampleProject.processEvents();
        UserInput.doubleClick(matrix.natTable(), new Point(header.x + header.width / 2, header.y + header.height / 2));
        ExampleProject.waitUntil(() -> WorkbenchAssertions.window().getActivePage().getActiveEditor() != null,
                () -> "the entry opens in a text editor: header " + header + " of table " + matrix.natTable().getBounds() + " at "
                        + matrix.natTable().toDisplay(0, 0) + ", pointer " + matrix.natTable().getDisplay().getCursorLocation()
                        + ", range " + realisation.range() + ", mouse events " + matrix.trace());
        ITextEditor editor = WorkbenchAssertions.window().getActivePage().getActiveEditor().getAdapter(ITextEditor.class);
        assertNotNull(editor, "the entry opens in a text editor");
        String selected = ((ITextSelection) editor.getSelectionProvider().getSelection()).getText();
        assertEquals("Realisation: A CCVE, R OTAHV", selected);
        WorkbenchAssertions.window().getActivePage().closeAllEditors(false);

        // the view follows the builds
        ExampleProject.edit(project.getFile("plan-val-eyrieux.coop"), "Realisation: A CCVE, R OTAHV",
                "Realisation: A CCVE, R/C OTAHV");
        ExampleProject.waitUntil(() -> "R/C".equals(MatrixRead.cell(matrix, sentiers, "Réalisation", headers.get(otahv))),
                "the matrix is recomputed after the build");
    }

    @Test
    void aBuildOfThePlanShownBeforeDoesNotTakeTheViewBackFromThePlanAskedFor() throws Exception {
        IFile before = ExampleProject.createWithWizard("raci-avant").getFile("plan-val-eyrieux.coop");
        IFile asked = ExampleProject.createWithWizard("raci-demande").getFile("plan-val-eyrieux.coop");
        ExampleProject.edit(before, "Decision: A/R CCVE, C PNR", "Decision: R CCVE, C PNR");
        RaciView view = (RaciView) WorkbenchAssertions.window().getActivePage().showView(RaciView.ID);
        MatrixTable matrix = MatrixRead.show(view, before);
        String sentiers = "Schéma des sentiers de randonnée";
        assertEquals("R", MatrixRead.cell(matrix, sentiers, "Décision", "Communauté de communes Val'Eyrieux"));

        // another plan is asked for; before the view hears back, the builder reports the first plan's project checked
        view.showPlan(asked, null);
        CoopWorkspace.get().fireBuilt(before.getProject());

        ExampleProject.waitUntil(() -> view.shows(asked), () -> "the view shows the plan asked for, not " + view.shownFile());
        ExampleProject.processEvents(); // what the build of the other plan made the view do
        assertTrue(view.shows(asked), () -> "the view stays on the plan asked for, not " + view.shownFile());
        assertEquals("A/R", MatrixRead.cell(matrix, sentiers, "Décision", "Communauté de communes Val'Eyrieux"),
                "the letters of the plan asked for");
    }

    @Test
    void anUnresolvedActorIsAColumnByTheNameWritten() throws Exception {
        IProject project = ExampleProject.createWithWizard("raci-non-resolu");
        ExampleProject.edit(project.getFile("plan-val-eyrieux.coop"), "Realisation: A CCVE, R OTAHV",
                "Realisation: A CCVE, R Randonnee07");
        RaciView view = (RaciView) WorkbenchAssertions.window().getActivePage().showView(RaciView.ID);
        MatrixTable matrix = MatrixRead.show(view, project.getFile("plan-val-eyrieux.coop"));
        ExampleProject.waitUntil(() -> MatrixRead.columnTitles(matrix).contains("Randonnee07"),
                "the unresolved actor is a column, as written");
        assertEquals("R", MatrixRead.cell(matrix, "Schéma des sentiers de randonnée", "Réalisation", "Randonnee07"));
    }

    @Test
    void generateOnAPlanChoosesTheRaciDocumentsAndOpensThatPlansPage() throws Exception {
        for (String plan : List.of("PlanLamastre", "PlanValEyrieux")) {
            IProject project = ExampleProject.createWithWizard("generation-" + plan.toLowerCase());
            IFile file = project.getFile(plan.equals("PlanLamastre") ? "plan-lamastre.coop" : "plan-val-eyrieux.coop");
            GenerateWizard wizard = GenerateHandler.wizardFor(new StructuredSelection(file), null);
            assertNotNull(wizard, "a .coop file designates its project");
            WizardDialog dialog = new WizardDialog(WorkbenchAssertions.window().getShell(), wizard);
            dialog.setBlockOnOpen(false);
            dialog.create();
            dialog.open();
            assertTrue(wizard.canFinish(), "the RACI documents are chosen, the folder given: nothing to fill in");
            assertTrue(wizard.performFinish());
            dialog.close();
            Job.getJobManager().join(GenerateJob.FAMILY, null);
            assertTrue(wizard.job().getResult().isOK(), String.valueOf(wizard.job().getResult()));
            ExampleProject.waitUntil(() -> shown().contains("-raci.html"), "a page opens in the browser");
            assertTrue(shown().contains(plan + "-raci.html"), "the page of the plan worked on opens: " + shown());
            WorkbenchAssertions.window().getActivePage().closeAllEditors(false);
        }
    }

    /** The active editor's title, input name and tooltip. */
    private static String shown() {
        var editor = WorkbenchAssertions.window().getActivePage().getActiveEditor();
        return editor == null ? "" : editor.getTitle() + " " + editor.getEditorInput().getName() + " "
                + editor.getEditorInput().getToolTipText();
    }

    @Test
    void theGenerateWizardWritesTheRaciFilesIntoTheProject() throws Exception {
        IProject project = ExampleProject.createWithWizard("exemple-generation");
        GenerateWizard wizard = new GenerateWizard(project, "raci");
        WizardDialog dialog = new WizardDialog(WorkbenchAssertions.window().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.create();
        wizard.choose("raci", "csv", "documents/raci");
        dialog.open();
        assertTrue(wizard.canFinish());
        assertTrue(wizard.performFinish());
        dialog.close();
        GenerateJob job = wizard.job();
        assertNotNull(job, "Finish starts a job");
        Job.getJobManager().join(GenerateJob.FAMILY, null);
        ExampleProject.processEvents();
        assertTrue(job.getResult().isOK(), String.valueOf(job.getResult()));

        IFolder folder = project.getFolder("documents/raci");
        assertTrue(folder.exists(), "the folder is created and refreshed into the workspace");
        for (String name : List.of("PlanValEyrieux-raci.csv", "PlanValEyrieux-raci.html", "PlanValEyrieux-raci.xlsx",
                "PlanValEyrieux-raci.ods", "PlanLamastre-raci.csv")) {
            IFile file = folder.getFile(name);
            assertTrue(file.exists(), name + " written: " + Arrays.toString(folder.members()));
            assertTrue(file.getLocation().toFile().length() > 100, name + " has content");
        }
        String csv = ExampleProject.text(folder.getFile("PlanValEyrieux-raci.csv"));
        assertTrue(csv.contains("\nSentiers;Realisation;A;;R;"), "the CSV holds the example's matrix: " + csv);
    }

    @Test
    void theGenerateWizardSaysWhichDocumentsATemplateFills() throws Exception {
        IProject project = ExampleProject.createWithWizard("exemple-modele");
        GenerateWizard wizard = new GenerateWizard(project, "convention");
        WizardDialog dialog = new WizardDialog(WorkbenchAssertions.window().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.create();
        wizard.choose("convention", "odt", "documents/conventions"); // with docx and md: the preselection
        dialog.open();
        try {
            Path template = Files.createTempFile("mon-modele", ".odt");
            Text field = descendants(dialog.getShell()).stream().filter(Text.class::isInstance).map(Text.class::cast)
                    .filter(t -> Messages.generateTemplateDefault.equals(t.getMessage())).findFirst().orElseThrow();
            field.setText(template.toString());
            ExampleProject.processEvents();
            IWizardPage page = dialog.getCurrentPage();
            assertEquals(IMessageProvider.WARNING, ((DialogPage) page).getMessageType(),
                    page.getMessage() + " / " + page.getErrorMessage() + " / " + field.getText());
            assertEquals("Le modèle ne remplit que les documents odt ; les documents docx, md seront produits sans lui.",
                    ((DialogPage) page).getMessage());
            assertTrue(wizard.canFinish(), "a warning, not an error");
            field.setText(template.toString().replace(".odt", ".docx"));
            Files.copy(template, Path.of(field.getText()));
            field.setText(field.getText());
            ExampleProject.processEvents();
            assertEquals("Le modèle ne remplit que les documents docx ; les documents odt, md seront produits sans lui.",
                    ((DialogPage) page).getMessage());
        } finally {
            dialog.close();
        }
    }

    private static List<Control> descendants(Composite parent) {
        List<Control> all = new java.util.ArrayList<>();
        for (Control child : parent.getChildren()) {
            all.add(child);
            if (child instanceof Composite composite) {
                all.addAll(descendants(composite));
            }
        }
        return all;
    }

    private static RGB rgb(String hex) {
        int value = Integer.parseInt(hex, 16);
        return new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
    }
}
