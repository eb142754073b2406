package org.maillage.ui.tests;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * A key or a click that opens a modal dialog does not return until the dialog closes (the dialog runs
 * its own event loop). What the person then does in the dialog is queued before, runs inside that
 * loop once the dialog shows, and must close it. Also: what the active editor shows.
 */
final class ModalDialogs {

    private ModalDialogs() {
    }

    /** Runs {@code opening} (real input that opens the dialog titled {@code title}), then {@code inside} in it. */
    static void use(String title, Runnable opening, Consumer<Shell> inside) {
        Display display = Display.getCurrent();
        Throwable[] failure = new Throwable[1];
        boolean[] done = new boolean[1];
        long end = System.currentTimeMillis() + 30_000;
        display.timerExec(50, new Runnable() {
            @Override
            public void run() {
                Shell shell = shell(display, title);
                if (shell == null) {
                    if (System.currentTimeMillis() < end) {
                        display.timerExec(50, this);
                    } else {
                        failure[0] = new AssertionError("no dialog titled " + title + " among "
                                + Arrays.stream(display.getShells()).map(Shell::getText).toList());
                        done[0] = true;
                        closeDialogs(display);
                    }
                    return;
                }
                try {
                    // no window manager under Xvfb: give the dialog the keyboard once it is mapped
                    long focus = System.currentTimeMillis() + 5_000;
                    while (display.getActiveShell() != shell && System.currentTimeMillis() < focus) {
                        shell.forceActive();
                        for (int i = 0; i < 10; i++) {
                            UserInput.settle();
                        }
                    }
                    inside.accept(shell);
                    long closing = System.currentTimeMillis() + 10_000;
                    while (!shell.isDisposed() && System.currentTimeMillis() < closing) {
                        UserInput.settle();
                    }
                    if (!shell.isDisposed()) {
                        throw new AssertionError("the dialog " + title + " is still open after the input; focus on "
                                + display.getFocusControl());
                    }
                } catch (Throwable t) {
                    failure[0] = t;
                    if (!shell.isDisposed()) {
                        shell.close();
                    }
                }
                done[0] = true;
            }
        });
        opening.run();
        ExampleProject.waitUntil(() -> done[0], () -> "the dialog " + title + " was used; shells: "
                + Arrays.stream(display.getShells()).map(s -> s.getText() + (s.isVisible() ? "" : " (hidden)")).toList());
        if (failure[0] instanceof Error error) {
            throw error;
        }
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
    }

    private static void closeDialogs(Display display) {
        for (Shell shell : display.getShells()) {
            if (shell != WorkbenchAssertions.window().getShell() && !shell.isDisposed() && shell.isVisible()) {
                shell.close();
            }
        }
    }

    private static Shell shell(Display display, String title) {
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    /** The first table under a control. */
    static Table table(Control control) {
        return table(control, table -> true);
    }

    /** The first visible table under a control. */
    static Table visibleTable(Control control) {
        return table(control, Table::isVisible);
    }

    private static Table table(Control control, Predicate<Table> wanted) {
        if (control instanceof Table table) {
            return wanted.test(table) ? table : null;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Table table = table(child, wanted);
                if (table != null) {
                    return table;
                }
            }
        }
        return null;
    }

    /** The file of the active editor, or null. */
    static IFile activeFile() {
        IEditorPart editor = WorkbenchAssertions.window().getActivePage().getActiveEditor();
        return editor != null && editor.getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
    }

    /** The text selected in the active editor, "" when none. */
    static String selectedText() {
        IEditorPart editor = WorkbenchAssertions.window().getActivePage().getActiveEditor();
        ITextEditor text = editor == null ? null : editor.getAdapter(ITextEditor.class);
        return text != null && text.getSelectionProvider().getSelection() instanceof ITextSelection selection
                ? selection.getText()
                : "";
    }
}
