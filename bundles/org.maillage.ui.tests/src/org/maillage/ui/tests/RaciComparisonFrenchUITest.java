package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.ui.internal.raci.MatrixTable;
import org.maillage.ui.internal.raci.RaciGrid;
import org.maillage.ui.internal.raci.RaciView;

/**
 * The matrix compared with a Git version of the project (issue #17), with real clicks: the project is
 * a Git repository built by the test (the example committed and tagged « votee », then a role changed
 * and committed); "Compare with a version…" lists the versions, the tagged one is chosen, and the cell
 * whose roles changed shows both values; leaving the comparison shows the letters again.
 */
class RaciComparisonFrenchUITest {

    private static final String SENTIERS = "Schéma des sentiers de randonnée";
    private static final String CCVE = "Communauté de communes Val'Eyrieux";
    private static final String OTAHV = "Office de tourisme Ardèche Hautes Vallées";

    @AfterEach
    void restore() {
        MatrixRead.restoreViewAndCloseEditors();
    }

    @Test
    void theMatrixComparedWithATaggedVersionShowsBothValuesOfTheChangedCell() throws Exception {
        IProject project = ExampleProject.createWithWizard("matrice-versions");
        IFile file = project.getFile("plan-val-eyrieux.coop");
        PersonIdent parc = new PersonIdent("Parc des Monts d'Ardèche", "parc@example.org");
        try (Git git = Git.init().setDirectory(project.getLocation().toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Plan voté en conseil").setAuthor(parc).setCommitter(parc).call();
            git.tag().setName("votee").setTagger(parc).setMessage("Version votée").call();
            ExampleProject.edit(file, "Realisation: A CCVE, R OTAHV", "Realisation: A/R CCVE, R OTAHV");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("La CCVE réalise aussi").setAuthor(parc).setCommitter(parc).call();
        }

        IWorkbenchPage page = WorkbenchAssertions.window().getActivePage();
        RaciView view = (RaciView) page.showView(RaciView.ID);
        page.setPartState(page.findViewReference(RaciView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        MatrixTable matrix = MatrixRead.show(view, file);
        assertEquals("A/R", MatrixRead.cell(matrix, SENTIERS, "Réalisation", CCVE), "the matrix shows the roles now");
        assertEquals("", view.comparisonBar().text(), "no comparison yet");
        WorkbenchAssertions.window().getShell().forceActive();

        // "Compare with a version…" lists the versions, newest first; the tagged one is chosen
        ToolItem compare = toolItem(WorkbenchAssertions.window().getShell(), RaciView.COMPARE_ACTION);
        Rectangle item = compare.getBounds();
        UserInput.click(compare.getParent(), new Point(item.x + item.width / 2, item.y + item.height / 2));
        ExampleProject.waitUntil(() -> view.versionChooser() != null && view.versionChooser().isVisible(),
                "the toolbar's button opens the list of versions");
        Shell chooser = view.versionChooser();
        org.eclipse.swt.widgets.List versions = descendants(chooser).stream().filter(org.eclipse.swt.widgets.List.class::isInstance)
                .map(org.eclipse.swt.widgets.List.class::cast).findFirst().orElseThrow();
        assertEquals(2, versions.getItemCount(), "two commits: " + Arrays.toString(versions.getItems()));
        assertTrue(versions.getItem(0).contains("La CCVE réalise aussi"), versions.getItem(0));
        assertTrue(versions.getItem(1).startsWith("votee — "), "the tag names its version: " + versions.getItem(1));
        int height = versions.getItemHeight();
        UserInput.click(versions, new Point(versions.getClientArea().width / 3, height + height / 2));
        ExampleProject.waitUntil(() -> versions.getSelectionIndex() == 1, "a click selects the tagged version");
        Button apply = descendants(chooser).stream().filter(c -> c instanceof Button b && b.getText().equals("Comparer"))
                .map(Button.class::cast).findFirst().orElseThrow();
        UserInput.click(apply, new Point(apply.getSize().x / 2, apply.getSize().y / 2));

        ExampleProject.waitUntil(() -> view.comparisonBar().text().contains("votee") && view.shows(file),
                () -> "the matrix is compared with the tagged version: " + view.comparisonBar().text());
        RaciGrid.Line realisation = MatrixRead.line(matrix, SENTIERS, "Réalisation").orElseThrow();
        List<String> columns = MatrixRead.columnTitles(matrix);
        assertEquals("A → A/R", matrix.cellText(realisation, columns.indexOf(CCVE)), "the changed cell shows both values");
        assertEquals("R", matrix.cellText(realisation, columns.indexOf(OTAHV)), "an unchanged cell shows its letters");
        RaciGrid.Line decision = MatrixRead.line(matrix, SENTIERS, "Décision").orElseThrow();
        assertEquals("A/R", matrix.cellText(decision, columns.indexOf(CCVE)));
        assertTrue(view.comparisonBar().text().contains("1 case(s) changée(s)"), view.comparisonBar().text());
        MatrixRead.screenshot(view, "matrix-compare.png");

        // the comparison is left: the letters again
        Button leave = view.comparisonBar().leaveButton();
        UserInput.click(leave, new Point(leave.getSize().x / 2, leave.getSize().y / 2));
        ExampleProject.waitUntil(() -> view.comparisonBar().text().isEmpty() && view.shows(file)
                && "A/R".equals(matrix.cellText(MatrixRead.line(matrix, SENTIERS, "Réalisation").orElseThrow(), columns.indexOf(CCVE))),
                "leaving the comparison shows the roles of now only");
    }

    /** The tool item of an action (by id), in the window's tool bars. */
    private static ToolItem toolItem(Composite parent, String actionId) {
        for (Control control : descendants(parent)) {
            if (control instanceof ToolBar bar) {
                for (ToolItem item : bar.getItems()) {
                    if (item.getData() instanceof ActionContributionItem contribution
                            && actionId.equals(contribution.getAction().getId())) {
                        return item;
                    }
                }
            }
        }
        throw new AssertionError("no tool item for " + actionId);
    }

    private static List<Control> descendants(Composite parent) {
        List<Control> all = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            all.add(child);
            if (child instanceof Composite composite) {
                all.addAll(descendants(composite));
            }
        }
        return all;
    }
}
