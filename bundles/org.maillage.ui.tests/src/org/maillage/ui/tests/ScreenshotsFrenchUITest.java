package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.maillage.workbench.ui.internal.preferences.MaillagePreferencePage;
import org.maillage.workbench.ui.internal.search.ElementSearchQuery;

/**
 * The documentation's pictures (docs/search.png, docs/help.png, docs/preferences.png), taken from the
 * Xvfb screen with ImageMagick's {@code import}; runs only when asked:
 * {@code ./mvnw verify -pl bundles/org.maillage.ui.tests -Dtest=ScreenshotsFrenchUITest
 * -Dmaillage.test.vmargs="... -Dmaillage.screenshots=/path/to/docs"}.
 */
@EnabledIfSystemProperty(named = "maillage.screenshots", matches = ".+")
class ScreenshotsFrenchUITest {

    private static final File FOLDER = new File(System.getProperty("maillage.screenshots", "."));

    @Test
    void pictures() throws Exception {
        if (!Locale.getDefault().getLanguage().equals("fr")) {
            return; // the pictures are of the French workbench
        }
        IProject project = ExampleProject.createWithWizard("monts-ardeche");
        IDE.openEditor(WorkbenchAssertions.window().getActivePage(), project.getFile("plan-val-eyrieux.coop"));
        Shell window = WorkbenchAssertions.window().getShell();

        NewSearchUI.runQueryInForeground(WorkbenchAssertions.window(), new ElementSearchQuery("ardeche"));
        settle(2000);
        take(window, window.getBounds(), "search.png");

        WorkbenchAssertions.window().getService(IHandlerService.class).executeCommand("org.maillage.workbench.ui.guide",
                null);
        settle(3000);
        take(window, window.getBounds(), "help.png");

        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window, MaillagePreferencePage.ID, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        settle(1500);
        take(dialog.getShell(), dialog.getShell().getBounds(), "preferences.png");
        dialog.close();
    }

    private static void settle(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            UserInput.settle();
        }
    }

    private static void take(Shell shell, Rectangle bounds, String name) throws Exception {
        FOLDER.mkdirs();
        Process process = new ProcessBuilder(List.of("import", "-window", "root", "-crop",
                bounds.width + "x" + bounds.height + "+" + bounds.x + "+" + bounds.y, "+repage",
                new File(FOLDER, name).getPath())).inheritIO().start();
        assertEquals(0, process.waitFor(), "import " + name);
    }
}
