package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.maillage.ui.CooperationPerspective;

/** What both language runs check of the workbench the Maillage application opened. */
final class WorkbenchAssertions {

    private WorkbenchAssertions() {
    }

    static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the application opened a workbench window");
        return window;
    }

    static void assertTitleIsMaillage() {
        Shell shell = window().getShell();
        assertEquals("Maillage", shell.getText());
        assertEquals(4, shell.getImages().length, "the window has the product's icons (16, 32, 48, 256 px)");
    }

    /** The Coopération perspective is active, with the given label, and its views open. */
    static void assertCooperationPerspective(String expectedLabel) throws PartInitException {
        IWorkbenchPage page = window().getActivePage();
        assertEquals(CooperationPerspective.ID, page.getPerspective().getId());
        assertEquals(expectedLabel, page.getPerspective().getLabel());
        for (String id : CooperationPerspective.VIEW_IDS) {
            assertNotNull(page.findViewReference(id), id + " is laid out in the perspective");
            IViewPart view = page.showView(id);
            assertNotNull(view, id + " opens");
            assertEquals(id, view.getSite().getId());
        }
    }

    /** The menu bar's labels, mnemonics included, in order. */
    static List<String> menuBar() {
        MenuItem[] items = window().getShell().getMenuBar().getItems();
        return Arrays.stream(items).map(MenuItem::getText).filter(t -> !t.isEmpty()).toList();
    }
}
