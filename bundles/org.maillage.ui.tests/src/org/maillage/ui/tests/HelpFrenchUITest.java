package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.ui.internal.wizards.NewProjectWizard;
import org.maillage.workbench.ui.internal.help.GuideView;
import org.maillage.workbench.ui.internal.help.WelcomeView;

/**
 * Aide > Guide de l'utilisateur (the README's guide, in French, read in the workbench's browser and
 * listed as Eclipse help), Aide > Bienvenue with its three first steps clicked as a person would, and
 * the starter files of a new empty project.
 */
class HelpFrenchUITest {

    @AfterEach
    void closeEditors() {
        WorkbenchAssertions.window().getActivePage().closeAllEditors(false);
    }

    @Test
    void theGuideIsInTheHelpMenuInFrenchAndItsLinksWork() throws Exception {
        List<String> texts = VisibleTexts.ofWindow();
        assertTrue(texts.contains("Aide > Guide de l'utilisateur") && texts.contains("Aide > Bienvenue"), texts::toString);
        run("org.maillage.workbench.ui.guide");
        GuideView view = (GuideView) WorkbenchAssertions.window().getActivePage().findView(GuideView.ID);
        Browser browser = view.browser();
        ExampleProject.waitUntil(() -> "Guide de l'utilisateur de Maillage".equals(evaluate(browser, "return document.title")),
                () -> "the French guide is shown: " + evaluate(browser, "return document.title"));
        assertEquals("Guide de l'utilisateur", view.getPartName());

        // every entry of the contents leads to a section of the page
        assertEquals("9 0", evaluate(browser, "var links = document.querySelectorAll('nav a'); var missing = 0;"
                + " links.forEach(a => { if (!document.getElementById(a.getAttribute('href').substring(1))) missing++; });"
                + " return links.length + ' ' + missing;"));
        assertTrue(((String) evaluate(browser, "return document.getElementById('recherche').textContent"))
                .startsWith("Rechercher"));
    }

    @Test
    void theWorkbenchBundleSpeaksFrenchAndEnglishWithTheSameKeys() throws Exception {
        TranslationsFrenchUITest.assertBundle("org.maillage.workbench.ui", "org/maillage/workbench/ui/internal/messages",
                org.maillage.workbench.ui.internal.Messages.class);
        assertEquals(TranslationsFrenchUITest.keys("org.maillage.workbench.ui", "plugin.properties"),
                TranslationsFrenchUITest.keys("org.maillage.workbench.ui", "plugin_en.properties"));
    }

    @Test
    void theGuideIsAnEclipseHelpTableOfContents() {
        IToc toc = Arrays.stream(HelpSystem.getTocs()).filter(t -> t.getLabel().equals("Guide de l'utilisateur de Maillage"))
                .findFirst().orElseThrow(() -> new AssertionError("no Maillage toc among "
                        + Arrays.stream(HelpSystem.getTocs()).map(IToc::getLabel).toList()));
        List<String> topics = Arrays.stream(toc.getTopics()).map(ITopic::getLabel).toList();
        assertEquals(List.of("Premiers pas", "Le langage .coop", "L'atelier", "L'éditeur", "Rechercher et ouvrir un élément",
                "Générer des documents", "Diagrammes", "Préférences", "Ligne de commande"), topics);
        assertTrue(toc.getTopics()[0].getHref().startsWith("/org.maillage.workbench.ui/guide/index.html"),
                toc.getTopics()[0].getHref());
    }

    @Test
    void theWelcomePageTakesTheThreeFirstStepsInThreeClicks() throws Exception {
        run("org.maillage.workbench.ui.welcome");
        WelcomeView welcome = (WelcomeView) WorkbenchAssertions.window().getActivePage().findView(WelcomeView.ID);
        Button[] steps = welcome.steps();
        assertEquals(List.of("1. Créer le projet d'exemple", "2. Ouvrir un plan", "3. Générer des documents"),
                Arrays.stream(steps).map(Button::getText).toList());

        ModalDialogs.use("Nouveau projet Maillage", () -> click(steps[0]), wizard -> {
            UserInput.type("exemple-bienvenue");
            UserInput.press(SWT.CR, 1);
        });
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("exemple-bienvenue");
        ExampleProject.waitUntil(() -> project.getFile("plan-val-eyrieux.coop").exists(),
                "Enter in the wizard creates the example project");
        ExampleProject.waitForBuild();

        click(steps[1]);
        ExampleProject.waitUntil(() -> ModalDialogs.activeFile() != null
                && ModalDialogs.activeFile().getProject().equals(project)
                && ModalDialogs.activeFile().getName().startsWith("plan-"),
                () -> "a plan of the new project is open: " + ModalDialogs.activeFile());

        ModalDialogs.use("Générer des documents", () -> click(steps[2]), wizard -> click(button(wizard, "Annuler")));
    }

    @Test
    void aNewEmptyProjectGetsAStarterReferentielAndPlanWithoutError() throws Exception {
        NewProjectWizard wizard = new NewProjectWizard();
        wizard.init(PlatformUI.getWorkbench(), null);
        WizardDialog dialog = new WizardDialog(WorkbenchAssertions.window().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        wizard.prefill("projet-vide", false);
        dialog.create();
        dialog.open();
        assertTrue(wizard.performFinish());
        dialog.close();
        IProject project = wizard.created();
        ExampleProject.waitForBuild();
        IFile referentiel = project.getFile("referentiel.coop");
        IFile plan = project.getFile("plan.coop");
        assertTrue(referentiel.exists() && plan.exists(), "the starter files are there");
        assertTrue(ExampleProject.text(plan).contains("plan "), "the plan file holds a plan");
        List<IMarker> serious = ExampleProject.markers(project, IMarker.SEVERITY_WARNING);
        assertEquals(List.of(), serious.stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList(),
                "no error, no warning");
    }

    private static void run(String commandId) throws Exception {
        WorkbenchAssertions.window().getService(IHandlerService.class).executeCommand(commandId, null);
        ExampleProject.processEvents();
    }

    private static void click(Button button) {
        Point size = button.getSize();
        UserInput.click(button, new Point(size.x / 2, size.y / 2));
    }

    private static Button button(Control parent, String text) {
        if (parent instanceof Button button && text.equals(button.getText())) {
            return button;
        }
        if (parent instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Button button = button(child, text);
                if (button != null) {
                    return button;
                }
            }
        }
        return null;
    }

    private static Object evaluate(Browser browser, String script) {
        try {
            return browser.evaluate(script);
        } catch (org.eclipse.swt.SWTException notYet) {
            return null;
        }
    }

}
