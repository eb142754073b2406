package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.search.ui.ISearchResultViewPart;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.workbench.ui.internal.search.ElementSearchResultPage;

/**
 * Search > Search… (Ctrl+H) on its Maillage page and Maillage > Open element… (Ctrl+Shift+T), used
 * with the keyboard and the mouse: ids and titles found without accents or case, and the text opened
 * at the element's name.
 */
class SearchFrenchUITest {

    @AfterEach
    void closeEditors() {
        WorkbenchAssertions.window().getActivePage().closeAllEditors(false);
    }

    @Test
    void ctrlHFindsElementsByTitleWithoutAccentsAndOpensTheTextAtTheName() throws Exception {
        IProject project = ExampleProject.createWithWizard("exemple-recherche");
        IDE.openEditor(WorkbenchAssertions.window().getActivePage(), project.getFile("plan-val-eyrieux.coop"));
        WorkbenchAssertions.window().getShell().forceActive();
        ExampleProject.processEvents();

        search("ARDECHE hautes");
        ExampleProject.waitUntil(() -> !rows(project).isEmpty(), () -> "the Search view lists results: " + view());
        assertEquals(List.of("OTAHV — Office de tourisme Ardèche Hautes Vallées — exemple-recherche/referentiel.coop"),
                rows(project), "one title holds \"Ardèche Hautes\": found without its accent, whatever the case");

        search("departement");
        ExampleProject.waitUntil(() -> rows(project).stream().anyMatch(row -> row.startsWith("Departement — ")),
                () -> "the id is found in lower case: " + rows(project));
        assertEquals(List.of("Ardeche — Département de l'Ardèche — exemple-recherche/referentiel.coop",
                "Departement — Département de l'Ardèche — exemple-recherche/referentiel.coop"), rows(project),
                "the territory by its title and the actor by its id, in source order; not the lines naming them");
        Table table = resultTable();
        TableItem item = Arrays.stream(table.getItems())
                .filter(row -> row.getText().startsWith("Departement — ") && row.getText().contains(project.getName() + "/"))
                .findFirst().orElseThrow();
        clickRow(table, item);
        UserInput.press(SWT.CR, 1);
        ExampleProject.waitUntil(() -> ModalDialogs.selectedText().equals("Departement"),
                () -> "Enter on the result selects the name in the text, not \"" + ModalDialogs.selectedText() + "\"");
        assertEquals(project.getFile("referentiel.coop"), ModalDialogs.activeFile());
    }

    @Test
    void openElementFindsAnElementByPartOfItsTitleAndOpensIt() throws Exception {
        IProject project = ExampleProject.createWithWizard("exemple-ouvrir");
        IDE.openEditor(WorkbenchAssertions.window().getActivePage(), project.getFile("referentiel.coop"));
        WorkbenchAssertions.window().getShell().forceActive();
        ExampleProject.processEvents();
        assertTrue(VisibleTexts.ofWindow().contains("Maillage > Ouvrir un élément…"), VisibleTexts.ofWindow()::toString);

        String[] chosen = new String[1];
        ModalDialogs.use("Ouvrir un élément", () -> ctrlShift('t'), dialog -> {
            UserInput.type("sentiers de rando");
            ExampleProject.waitUntil(() -> items(dialog).stream().anyMatch(text -> text.contains("exemple-ouvrir/")),
                    () -> "the action is listed by a part of its title: " + items(dialog));
            List<String> listed = items(dialog).stream().filter(text -> text.contains("exemple-ouvrir/")).toList();
            assertTrue(listed.size() == 1 && listed.get(0).startsWith("Sentiers — Schéma des sentiers de randonnée"),
                    listed::toString);
            chosen[0] = listed.get(0);
            Table list = ModalDialogs.table(dialog);
            clickRow(list, Arrays.stream(list.getItems()).filter(row -> row.getText().equals(listed.get(0))).findFirst()
                    .orElseThrow());
            UserInput.press(SWT.CR, 1);
        });
        ExampleProject.waitUntil(() -> project.getFile("plan-val-eyrieux.coop").equals(ModalDialogs.activeFile()),
                () -> "the action's file is open: " + ModalDialogs.activeFile() + " for " + chosen[0]);
        ExampleProject.waitUntil(() -> ModalDialogs.selectedText().equals("Sentiers"),
                () -> "the name is selected: " + ModalDialogs.selectedText());
    }

    /** Ctrl+H, the text typed into the Maillage page, Enter. */
    private static void search(String text) {
        ModalDialogs.use("Rechercher", () -> UserInput.chord(SWT.CTRL, 'h'), dialog -> {
            UserInput.chord(SWT.CTRL, 'a');
            UserInput.type(text);
            UserInput.press(SWT.CR, 1);
        });
    }

    private static void clickRow(Table table, TableItem row) {
        table.showItem(row);
        UserInput.settle();
        Rectangle bounds = row.getBounds();
        UserInput.click(table, new Point(bounds.x + 10, bounds.y + bounds.height / 2));
    }

    private static void ctrlShift(char key) {
        Display display = Display.getCurrent();
        post(display, SWT.KeyDown, SWT.CTRL, '\0');
        post(display, SWT.KeyDown, SWT.SHIFT, '\0');
        post(display, SWT.KeyDown, 0, key);
        post(display, SWT.KeyUp, 0, key);
        post(display, SWT.KeyUp, SWT.SHIFT, '\0');
        post(display, SWT.KeyUp, SWT.CTRL, '\0');
        UserInput.settle();
    }

    private static void post(Display display, int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        assertTrue(display.post(event), "the X server takes the event");
    }

    private static String view() {
        ISearchResultViewPart view = NewSearchUI.getSearchResultView();
        Table table = resultTable();
        return view == null ? "no Search view"
                : view.getActivePage() + " " + (table == null ? "no table"
                        : Arrays.stream(table.getItems()).map(TableItem::getText).toList())
                        + " queries " + Arrays.stream(NewSearchUI.getQueries()).map(q -> q.getLabel() + ": "
                                + q.getSearchResult().getLabel()).toList();
    }

    private static Table resultTable() {
        ISearchResultViewPart view = NewSearchUI.getSearchResultView();
        return view != null && view.getActivePage() instanceof ElementSearchResultPage page && page.getControl() != null
                ? ModalDialogs.visibleTable(page.getControl()) // not the hidden "Recherche…" one
                : null;
    }

    private static List<String> rows(IProject project) {
        Table table = resultTable();
        return table == null ? List.of()
                : Arrays.stream(table.getItems()).map(TableItem::getText)
                        .filter(text -> text.contains(project.getName() + "/")).toList();
    }

    private static List<String> items(org.eclipse.swt.widgets.Shell dialog) {
        Table table = dialog.isDisposed() ? null : ModalDialogs.table(dialog);
        return table == null ? List.of() : Arrays.stream(table.getItems()).map(TableItem::getText).toList();
    }
}
