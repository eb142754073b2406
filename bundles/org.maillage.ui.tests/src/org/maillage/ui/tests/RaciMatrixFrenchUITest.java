package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.dsl.ui.internal.editor.CoopEditor;
import org.maillage.ui.internal.raci.MatrixTable;
import org.maillage.ui.internal.raci.RaciGrid;
import org.maillage.ui.internal.raci.RaciView;

/**
 * The RACI matrix as an editing surface, with real clicks and keys (Display.post under Xvfb): a click on
 * a cell opens the chooser of letters, letters typed on a selected cell set them, Delete clears them.
 * Each change is a small edit of the text the editor shows, its problems follow (removing the only A
 * gives RACI-NO-A, in the editor and on the line), and Ctrl+Z in the matrix undoes them in the text.
 */
class RaciMatrixFrenchUITest {

    private static final String SENTIERS = "Sentiers";

    @AfterEach
    void restore() {
        MatrixRead.restoreViewAndCloseEditors();
    }

    @Test
    void rolesAreEditedInTheMatrixWithClicksAndKeysThenUndoneInTheText() throws Exception {
        IProject project = ExampleProject.createWithWizard("matrice-editable");
        IFile file = project.getFile("plan-val-eyrieux.coop");
        CoopEditor editor = CoopEditorFrenchUITest.open(file);
        IDocument document = CoopEditorFrenchUITest.document(editor);
        String original = document.get();
        ExampleProject.waitUntil(() -> !CoopEditorFrenchUITest.liveCodes(editor).contains("RACI-NO-A"), "the example has no problem");

        IWorkbenchPage page = WorkbenchAssertions.window().getActivePage();
        RaciView view = (RaciView) page.showView(RaciView.ID);
        page.setPartState(page.findViewReference(RaciView.ID), IWorkbenchPage.STATE_MAXIMIZED); // room to work
        MatrixTable matrix = MatrixRead.show(view, file);
        ExampleProject.waitUntil(() -> line(matrix, "Realisation").isPresent(), "the matrix shows the plan's functions");
        assertEquals("Communauté de communes Val'Eyrieux", column(matrix, "CCVE").title(), "actors are columns, by title");
        assertTrue(column(matrix, "CCVE").workloadText().startsWith("A 9 · R "), "the column header shows the workload: CCVE is A in nine lines");
        assertEquals(RaciGrid.Kind.ACTION, matrix.visibleLines().get(0).kind(), "the action heads its functions");
        assertEquals(List.of("Decision", "MaitriseOuvrage", "Realisation"), matrix.visibleLines().subList(1, 4).stream()
                .map(RaciGrid.Line::function).toList(), "functions in source order");
        WorkbenchAssertions.window().getShell().forceActive();
        MatrixRead.screenshot(view, "matrix.png"); // the example as it is: the picture of the documentation

        // a click on a cell opens the chooser: R is pressed; C added, OK
        clickCell(matrix, "Realisation", "OTAHV");
        Shell chooser = chooser(view);
        assertTrue(toggle(chooser, "R").getSelection(), "the chooser shows the cell's letters");
        assertFalse(toggle(chooser, "C").getSelection());
        UserInput.click(toggle(chooser, "C"), centre(toggle(chooser, "C").getBounds(), true));
        Button ok = Arrays.stream(chooser.getChildren()).filter(c -> c instanceof Button b && b.getText().equals("OK"))
                .map(Button.class::cast).findFirst().orElseThrow();
        UserInput.click(ok, centre(ok.getBounds(), true));
        ExampleProject.waitUntil(() -> document.get().contains("Realisation: A CCVE, R/C OTAHV"),
                () -> "the chooser's letters are written in the entry: " + excerpt(document));
        assertEquals(original.replace("Realisation: A CCVE, R OTAHV", "Realisation: A CCVE, R/C OTAHV"), document.get(),
                "only the letters changed: comments and layout kept");
        assertTrue(editor.isDirty(), "the text editor's document is the one changed");
        ExampleProject.waitUntil(() -> cell(matrix, "Decision", "PNR").equals("C") && cell(matrix, "Realisation", "OTAHV").equals("R/C"),
                "the matrix follows the text");

        // letters typed on a selected cell set them
        select(view, "Decision", "PNR");
        UserInput.type("ri");
        ExampleProject.waitUntil(() -> document.get().contains("Decision: A/R CCVE, R/I PNR"),
                () -> "the letters typed replace the cell's: " + excerpt(document));
        ExampleProject.waitUntil(() -> cell(matrix, "Decision", "PNR").equals("R/I"), "the matrix shows the letters typed");

        // Delete clears the only A of the function: RACI-NO-A, in the editor and on the line
        select(view, "Realisation", "CCVE");
        UserInput.press(SWT.DEL, 1);
        ExampleProject.waitUntil(() -> document.get().contains("Realisation: R/C OTAHV"),
                () -> "Delete removed CCVE from the entry: " + excerpt(document));
        ExampleProject.waitUntil(() -> CoopEditorFrenchUITest.liveCodes(editor).contains("RACI-NO-A"),
                "the editor shows the problem of the entry left without A");
        ExampleProject.waitUntil(() -> line(matrix, "Realisation").map(l -> l.findings().stream()
                .anyMatch(f -> f.code().equals("RACI-NO-A") && f.error())).orElse(false), "the line shows its finding");

        // "findings only" keeps the line with the finding, under its action
        Button findingsOnly = view.filters().findingsOnlyButton();
        UserInput.click(findingsOnly, centre(findingsOnly.getBounds(), true));
        ExampleProject.waitUntil(() -> functions(matrix).equals(List.of("Sentiers/Realisation")),
                () -> "only the line with a finding is left: " + functions(matrix));
        assertEquals(RaciGrid.Kind.ACTION, matrix.visibleLines().get(0).kind());
        UserInput.click(findingsOnly, centre(findingsOnly.getBounds(), true));
        ExampleProject.waitUntil(() -> functions(matrix).size() > 5, "every line is back");

        // Ctrl+Z in the matrix undoes the changes in the text, one by one
        page.activate(view);
        matrix.natTable().setFocus();
        for (int i = 0; i < 4; i++) {
            UserInput.chord(SWT.MOD1, 'z');
        }
        ExampleProject.waitUntil(() -> document.get().equals(original), () -> "Ctrl+Z restored the text: " + excerpt(document));
        ExampleProject.waitUntil(() -> !CoopEditorFrenchUITest.liveCodes(editor).contains("RACI-NO-A"), "the problem is gone");
        ExampleProject.waitUntil(() -> cell(matrix, "Realisation", "CCVE").equals("A")
                && line(matrix, "Realisation").map(l -> l.findings().isEmpty()).orElse(false), "the matrix is back as it was");
    }

    private static Optional<RaciGrid.Line> line(MatrixTable matrix, String function) {
        return matrix.visibleLines().stream()
                .filter(l -> l.kind() == RaciGrid.Kind.FUNCTION && SENTIERS.equals(l.action()) && function.equals(l.function()))
                .findFirst();
    }

    private static List<String> functions(MatrixTable matrix) {
        return matrix.visibleLines().stream().filter(l -> l.kind() == RaciGrid.Kind.FUNCTION)
                .map(l -> l.action() + "/" + l.function()).toList();
    }

    private static RaciGrid.Column column(MatrixTable matrix, String actor) {
        return matrix.grid().columns().stream().filter(c -> c.actor().equals(actor)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + actor));
    }

    private static int columnIndex(MatrixTable matrix, String actor) {
        return matrix.grid().columns().indexOf(column(matrix, actor));
    }

    private static String cell(MatrixTable matrix, String function, String actor) {
        return line(matrix, function).map(l -> RaciGrid.cell(l.cells().get(columnIndex(matrix, actor)))).orElse("?");
    }

    private static void clickCell(MatrixTable matrix, String function, String actor) {
        RaciGrid.Line line = line(matrix, function).orElseThrow();
        Rectangle bounds = matrix.cellBounds(line, columnIndex(matrix, actor));
        assertNotNull(bounds, "the cell is shown");
        ExampleProject.processEvents();
        Point at = centre(bounds, false);
        UserInput.click(matrix.natTable(), at);
        lastClick = "cell " + bounds + " at " + at + " = display " + matrix.natTable().toDisplay(at) + ", table origin "
                + matrix.natTable().toDisplay(0, 0) + ", pointer " + matrix.natTable().getDisplay().getCursorLocation();
    }

    private static String lastClick = "";

    /** Selects a cell as a person does: a click (which opens the chooser), then Escape. */
    private static void select(RaciView view, String function, String actor) {
        MatrixTable matrix = view.matrix();
        clickCell(matrix, function, actor);
        chooser(view);
        UserInput.press(SWT.ESC, 1);
        ExampleProject.waitUntil(() -> view.chooser() == null, "Escape closes the chooser");
        matrix.natTable().setFocus();
        ExampleProject.processEvents();
    }

    private static Shell chooser(RaciView view) {
        MatrixTable matrix = view.matrix();
        ExampleProject.waitUntil(() -> view.chooser() != null && view.chooser().isVisible(),
                () -> "a click on a cell opens the chooser; shells: " + Arrays.stream(matrix.natTable().getDisplay().getShells())
                        .map(s -> s.getText() + s.getBounds() + (s.isVisible() ? "" : " (hidden)")).toList() + ", focus "
                        + matrix.natTable().getDisplay().getFocusControl() + ", table " + matrix.natTable().getBounds()
                        + ", mouse events " + matrix.trace() + ", click " + lastClick);
        return view.chooser();
    }

    private static Button toggle(Shell chooser, String letter) {
        for (Control control : chooser.getChildren()) {
            if (control instanceof Button button && (button.getStyle() & SWT.TOGGLE) != 0 && button.getText().equals(letter)) {
                return button;
            }
        }
        throw new AssertionError("no toggle " + letter);
    }

    private static Point centre(Rectangle bounds, boolean own) {
        return own ? new Point(bounds.width / 2, bounds.height / 2)
                : new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    }

    private static String excerpt(IDocument document) {
        int at = document.get().indexOf("action Sentiers");
        return document.get().substring(at, Math.min(document.getLength(), at + 330));
    }

}
