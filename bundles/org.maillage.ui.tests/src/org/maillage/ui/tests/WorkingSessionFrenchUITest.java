package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.dsl.ui.internal.editor.CoopEditor;
import org.maillage.ui.internal.raci.MatrixTable;
import org.maillage.ui.internal.raci.RaciView;

/**
 * A French user's working session with real key and mouse events (Display.post, XTest under Xvfb): a new
 * action typed character by character with a typo fixed later, the caret moved across names and a name
 * hovered, a quick fix applied with Ctrl+1, Ctrl+S, then the RACI view. What the user sees is checked at
 * each step; the harness ({@link NothingLoggedAsError}) fails the test on any error logged meanwhile.
 */
class WorkingSessionFrenchUITest {

    private static final String ACTION = "\naction Autopartage \"Autopartage\" theme \"Mobilite\" on ValEyrieux { Decision: R CCVEE }";

    @AfterEach
    void closeEditors() {
        WorkbenchAssertions.window().getActivePage().closeAllEditors(false);
    }

    @Test
    void aNewActionTypedFixedAndSavedShowsInTheRaciView() throws Exception {
        IProject project = ExampleProject.createWithWizard("session-de-travail");
        IFile file = project.getFile("plan-val-eyrieux.coop");
        CoopEditor editor = CoopEditorFrenchUITest.open(file);
        IDocument document = CoopEditorFrenchUITest.document(editor);
        StyledText text = CoopEditorFrenchUITest.viewer(editor).getTextWidget();
        WorkbenchAssertions.window().getShell().forceActive();
        int end = document.get().indexOf("\n\n    convention ConvSentiers");
        editor.selectAndReveal(end, 0);
        UserInput.click(text, text.getLocationAtOffset(text.getCaretOffset()));
        editor.selectAndReveal(end, 0);
        text.setFocus();

        // typed key by key, with a typo in the actor's name
        UserInput.type(ACTION);
        ExampleProject.waitUntil(() -> document.get().contains(ACTION.strip()), () -> "the keys reach the editor: "
                + excerpt(document, end));
        ExampleProject.waitUntil(() -> CoopEditorFrenchUITest.liveCodes(editor).contains("LINK-UNRESOLVED"),
                "the typo is squiggled as an unknown actor");
        assertTrue(editor.isDirty());

        // the typo fixed: caret back before " }", one Backspace
        UserInput.press(SWT.ESC, 1);
        text.setFocus();
        UserInput.press(SWT.ARROW_LEFT, 2);
        UserInput.press(SWT.BS, 1);
        ExampleProject.waitUntil(() -> document.get().contains("Decision: R CCVE }"),
                () -> "the typo is fixed in the text: " + excerpt(document, end) + " caret " + text.getCaretOffset() + " of "
                        + (end + ACTION.length()) + ", focus " + text.getDisplay().getFocusControl());
        ExampleProject.waitUntil(() -> !CoopEditorFrenchUITest.liveCodes(editor).contains("LINK-UNRESOLVED"),
                () -> "the name resolves once fixed: " + CoopEditorFrenchUITest.liveCodes(editor));
        ExampleProject.waitUntil(() -> CoopEditorFrenchUITest.liveCodes(editor).contains("RACI-NO-A"),
                "the entry has no A: problem shown while typing");

        // the caret across the actor's name and the pointer over it: occurrences, hover, nothing logged
        UserInput.press(SWT.ARROW_LEFT, 3);
        ExampleProject.waitUntil(() -> CoopEditorFrenchUITest.occurrences(editor) > 1,
                "CCVE's occurrences are marked where the caret is");
        UserInput.moveTo(text, text.getLocationAtOffset(text.getCaretOffset()));
        ExampleProject.waitUntil(() -> popups(text) > 0, "the hover over CCVE pops up");
        UserInput.moveTo(text, new org.eclipse.swt.graphics.Point(2, 2));
        text.setFocus();
        ExampleProject.waitUntil(() -> popups(text) == 0, "the hover closes when the pointer leaves");

        // Ctrl+1 on the entry, Return takes the fix offered
        UserInput.chord(SWT.MOD1, '1');
        ExampleProject.waitUntil(() -> proposals(text).contains("Rendre CCVE A (décide et rend compte)"),
                () -> "the quick fixes pop up: " + proposals(text));
        Table fixes = popupTable(text);
        UserInput.click(fixes, centre(fixes.getItem(0).getBounds()));
        UserInput.press(SWT.CR, 1);
        ExampleProject.waitUntil(() -> document.get().contains("Decision: A/R CCVE }"),
                () -> "the fix made CCVE A: " + excerpt(document, end));
        ExampleProject.waitUntil(() -> !CoopEditorFrenchUITest.liveCodes(editor).contains("RACI-NO-A"),
                "no problem left on the entry");

        // Ctrl+S saves; the builder finds no error
        UserInput.chord(SWT.MOD1, 's');
        ExampleProject.waitUntil(() -> !editor.isDirty(), "Ctrl+S saved the file");
        ExampleProject.waitForBuild();
        assertEquals(List.of(), ExampleProject.markers(file, IMarker.SEVERITY_ERROR),
                "no error marker after the save");
        assertTrue(ExampleProject.text(file).contains("action Autopartage \"Autopartage\""));

        // the RACI view shows the new action
        RaciView view = (RaciView) WorkbenchAssertions.window().getActivePage().showView(RaciView.ID);
        MatrixTable matrix = MatrixRead.show(view, file);
        ExampleProject.waitUntil(() -> MatrixRead.actionTitles(matrix).contains("Autopartage"),
                "the RACI view lists the new action");
        assertEquals("A/R", MatrixRead.cell(matrix, "Autopartage", "Décision", "Communauté de communes Val'Eyrieux"));
        assertFalse(editor.isDirty());
    }

    private static String excerpt(IDocument document, int from) {
        return document.get().substring(from, Math.min(document.getLength(), from + 110));
    }

    /** The items of the lists in the visible pop-ups (the quick fixes offered). */
    private static List<String> proposals(StyledText text) {
        List<String> items = new ArrayList<>();
        for (Shell shell : text.getDisplay().getShells()) {
            if (shell != text.getShell() && shell.isVisible()) {
                collect(shell, items);
            }
        }
        return items;
    }

    private static Table popupTable(StyledText text) {
        for (Shell shell : text.getDisplay().getShells()) {
            if (shell != text.getShell() && shell.isVisible()) {
                Table found = find(shell);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new AssertionError("no list in the pop-ups");
    }

    private static Table find(Control control) {
        if (control instanceof Table table) {
            return table;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Table found = find(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static org.eclipse.swt.graphics.Point centre(org.eclipse.swt.graphics.Rectangle bounds) {
        return new org.eclipse.swt.graphics.Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    }

    private static void collect(Control control, List<String> items) {
        if (control instanceof Table table) {
            Arrays.stream(table.getItems()).map(TableItem::getText).forEach(items::add);
        }
        if (control instanceof Composite composite) {
            Arrays.stream(composite.getChildren()).forEach(child -> collect(child, items));
        }
    }

    /** Visible shells other than the window: hovers, the quick fix list. */
    private static long popups(StyledText text) {
        return Arrays.stream(text.getDisplay().getShells()).filter(s -> s != text.getShell() && s.isVisible()).count();
    }
}
