package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.ui.internal.generate.GenerateJob;
import org.maillage.ui.internal.generate.GenerateWizard;

/**
 * File > Import > « Tableau Maillage (qui fait quoi) », worked with real key and mouse events: the
 * generated RACI workbook of the example brings back a role changed in the model (the preview lists
 * it, Finish writes it into the open editor's document as one undoable change); a hand-made sheet's
 * unreadable cell is in the preview's report with its sheet!cell and hint.
 */
class SpreadsheetImportFrenchUITest {

    private static final String ROLE = "Realisation: A CCVE, R OTAHV";
    private static final String CHANGED = "Realisation: A CCVE, C OTAHV";

    @AfterEach
    void closeEditors() {
        WorkbenchAssertions.window().getActivePage().closeAllEditors(false);
    }

    @Test
    void theGeneratedWorkbookBringsBackARoleIntoTheOpenEditorAfterAPreview() throws Exception {
        IProject project = ExampleProject.createWithWizard("import-tableau");
        IFile workbook = generatedWorkbook(project);
        IFile plan = project.getFile("plan-val-eyrieux.coop");
        String original = ExampleProject.text(plan);
        assertTrue(original.contains(ROLE), original);
        ExampleProject.write(plan, original.replace(ROLE, CHANGED));
        IEditorPart editor = IDE.openEditor(WorkbenchAssertions.window().getActivePage(), plan);
        IDocument document = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
        assertTrue(document.get().contains(CHANGED));

        AtomicReference<String> changes = new AtomicReference<>();
        AtomicReference<String> finished = new AtomicReference<>();
        AtomicReference<Boolean> dirty = new AtomicReference<>();
        AtomicReference<String> saved = new AtomicReference<>();
        AtomicReference<List<String>> sheets = new AtomicReference<>();
        asUser(() -> {
            Shell wizard = openImportWizard();
            fill(wizard, "&Fichier :", workbook.getLocation().toOSString());
            sheets.set(waitFor(() -> {
                String[] items = ((Combo) after(label(wizard, "F&euille :"))).getItems();
                return items.length == 0 ? null : List.of(items);
            }, "the workbook's sheets offered"));
            fill(wizard, "&Dossier :", "/import-tableau");
            click(button(wizard, b -> b.getText().startsWith("&Mettre à jour un modèle existant")));
            click(button(wizard, b -> b.getText().equals("&Suivant >")));
            Text list = (Text) waitFor(() -> after(label(wizard, "Changements :")), "the preview's change list");
            changes.set(waitFor(() -> list.getText().isEmpty() ? null : list.getText(), "the change list filled"));
            screenshot(wizard);
            click(button(wizard, b -> b.getText().equals("&Terminer")));
            waitFor(() -> wizard.isDisposed() ? wizard : null, "Finish closes the wizard");
            finished.set(UserInput.onUi(document::get));
            dirty.set(UserInput.onUi(editor::isDirty));
            saved.set(ExampleProject.text(plan));
            UserInput.chord(SWT.CTRL, 'z');
            waitFor(() -> document.get().contains(CHANGED) ? document : null, "Ctrl+Z in the editor undoes the import");
        });
        assertEquals("Matrice RACI", sheets.get().get(0), "the workbook's sheets are offered, in order: " + sheets.get());
        assertTrue(changes.get().contains("OTAHV") && changes.get().contains("Sentiers"),
                "the preview lists the role that changes: " + changes.get());
        assertEquals(original, finished.get(), "the role is back in the editor's document, nothing else changed");
        assertFalse(dirty.get(), "the editor had no unsaved change: its document is saved");
        assertEquals(original, saved.get(), "saved to the file");
        assertEquals(original.replace(ROLE, CHANGED), document.get(), "one undo takes the whole import back");
    }

    @Test
    void aHandMadeSheetsUnreadableCellIsInTheReport() throws Exception {
        IProject project = ExampleProject.createWithWizard("import-main");
        Path sheet = Files.createTempDirectory("maillage-import").resolve("qui_fait_quoi.csv");
        Files.writeString(sheet, """
                Action;Fonction;Communauté de communes;Office de tourisme
                Schéma des sentiers;Réalisation;A;oui
                ;Promotion;C;R
                """, StandardCharsets.UTF_8);
        AtomicReference<List<String>> report = new AtomicReference<>();
        asUser(() -> {
            Shell wizard = openImportWizard();
            fill(wizard, "&Fichier :", sheet.toString());
            fill(wizard, "&Dossier :", "/import-main");
            click(button(wizard, b -> b.getText().startsWith("Créer un &nouveau fichier")));
            click(button(wizard, b -> b.getText().equals("&Suivant >")));
            Table table = waitFor(() -> control(wizard, Table.class, t -> t.getItemCount() > 0), "the report");
            report.set(UserInput.onUi(() -> Arrays.stream(table.getItems()).map(SpreadsheetImportFrenchUITest::row)
                    .toList()));
            click(button(wizard, b -> b.getText().equals("&Terminer")));
            waitFor(() -> wizard.isDisposed() ? wizard : null, "Finish closes the wizard");
        });
        assertTrue(report.get().stream().anyMatch(r -> r.startsWith("qui_fait_quoi!D2 | erreur | « oui » n'est pas un rôle")
                && r.contains("écrivez les lettres A, R, S, C ou I")), "the cell, what and a hint: " + report.get());
        IFile created = project.getFile("qui_fait_quoi.coop");
        assertTrue(created.exists(), "Finish writes the new file into the chosen folder");
        String text = ExampleProject.text(created);
        assertTrue(text.contains("\"Schéma des sentiers\"") && text.contains("\"Office de tourisme\""), text);
    }

    /** The RACI workbook of the example, generated into the project by the Generate wizard. */
    private static IFile generatedWorkbook(IProject project) throws Exception {
        GenerateWizard wizard = new GenerateWizard(project, "raci");
        WizardDialog dialog = new WizardDialog(WorkbenchAssertions.window().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.create();
        wizard.choose("raci", "xlsx", "documents/raci");
        dialog.open();
        assertTrue(wizard.performFinish());
        dialog.close();
        Job.getJobManager().join(GenerateJob.FAMILY, null);
        ExampleProject.processEvents();
        IFile workbook = project.getFile("documents/raci/PlanValEyrieux-raci.xlsx");
        assertTrue(workbook.exists(), "the RACI workbook is generated");
        return workbook;
    }

    /** File > Import (Alt+F, I), the Maillage spreadsheet chosen in the list (filter typed, item clicked), Next. */
    private static Shell openImportWizard() {
        Shell workbench = UserInput.onUi(() -> WorkbenchAssertions.window().getShell());
        UserInput.chord(SWT.ALT, 'f');
        UserInput.type("i");
        Shell dialog = waitFor(() -> {
            Shell active = Display.getDefault().getActiveShell();
            return active != null && active != workbench && control(active, Tree.class, t -> true) != null ? active : null;
        }, "File > Import opens the list of imports");
        UserInput.type("Tableau");
        TreeItem item = waitFor(() -> find(control(dialog, Tree.class, t -> true).getItems(),
                "Tableau Maillage (qui fait quoi)"), "the Maillage spreadsheet in the list");
        Tree tree = UserInput.onUi(item::getParent);
        Rectangle bounds = UserInput.onUi(item::getBounds);
        UserInput.click(tree, new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2));
        click(button(dialog, b -> b.getText().equals("&Suivant >")));
        waitFor(() -> label(dialog, "&Fichier :"), "the spreadsheet import's first page");
        return dialog;
    }

    /** Clicks into the text field after a label, selects what it holds and types the value. */
    private static void fill(Shell shell, String label, String value) {
        Text text = (Text) waitFor(() -> after(label(shell, label)), label);
        click(text);
        UserInput.chord(SWT.CTRL, 'a');
        UserInput.type(value);
        waitFor(() -> value.equals(text.getText()) ? text : null, label + " holds " + value);
    }

    /** The control after a label (its field), or null. */
    private static Control after(Label label) {
        if (label == null) {
            return null;
        }
        Control[] siblings = label.getParent().getChildren();
        return siblings[Arrays.asList(siblings).indexOf(label) + 1];
    }

    private static void click(Control control) {
        Point size = UserInput.onUi(control::getSize);
        UserInput.click(control, new Point(Math.min(size.x / 2, 12), size.y / 2));
    }

    private static Button button(Shell shell, Predicate<Button> which) {
        return waitFor(() -> control(shell, Button.class, b -> which.test(b) && b.isEnabled() && b.isVisible()),
                "an enabled button in " + shell);
    }

    private static Label label(Shell shell, String text) {
        return control(shell, Label.class, l -> l.getText().equals(text) && l.isVisible());
    }

    /** The first control of a type that matches, in the shell's widgets (read on the UI thread). */
    private static <T extends Control> T control(Composite root, Class<T> type, Predicate<T> which) {
        return UserInput.onUi(() -> {
            List<Control> todo = new ArrayList<>(List.of(root.getChildren()));
            while (!todo.isEmpty()) {
                Control control = todo.remove(0);
                if (type.isInstance(control) && which.test(type.cast(control))) {
                    return type.cast(control);
                }
                if (control instanceof Composite composite) {
                    todo.addAll(List.of(composite.getChildren()));
                }
            }
            return null;
        });
    }

    private static TreeItem find(TreeItem[] items, String text) {
        for (TreeItem item : items) {
            if (item.getText().equals(text)) {
                return item;
            }
            TreeItem below = find(item.getItems(), text);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private static String row(TableItem item) {
        return item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | " + item.getText(3);
    }

    /** Waits (off the UI thread) until {@code found} gives something, read on the UI thread; 30 s at most. */
    private static <T> T waitFor(java.util.function.Supplier<T> found, String what) {
        long end = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < end) {
            T value = UserInput.onUi(found);
            if (value != null) {
                return value;
            }
            UserInput.settle();
        }
        throw new AssertionError("not seen within 30 s: " + what);
    }

    /** Saves the wizard as PNG when {@code -Dmaillage.screenshot.import=FILE} is given (the documentation's picture). */
    private static void screenshot(Shell shell) {
        String target = System.getProperty("maillage.screenshot.import");
        if (target == null) {
            return;
        }
        UserInput.onUi(() -> {
            Display display = shell.getDisplay();
            Rectangle bounds = display.map(shell, null, shell.getClientArea());
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { image.getImageData() };
                loader.save(target, SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
            return null;
        });
    }

    /** A script of user actions, run on a thread of its own while this (the UI) thread runs the dialogs it opens. */
    interface Script {
        void run() throws Exception;
    }

    private static void asUser(Script script) throws Exception {
        Display display = Display.getCurrent();
        Shell workbench = WorkbenchAssertions.window().getShell();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread user = new Thread(() -> {
            try {
                script.run();
            } catch (Throwable e) {
                failure.set(e);
                display.syncExec(() -> Arrays.stream(display.getShells()).filter(s -> s != workbench)
                        .forEach(Shell::close));
            }
        }, "user");
        user.start();
        long end = System.currentTimeMillis() + 180_000;
        while (user.isAlive() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        assertFalse(user.isAlive(), "the user's actions end within 3 minutes");
        if (failure.get() instanceof Exception e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        assertNotNull(display);
    }
}
