package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.junit.jupiter.api.Test;
import org.maillage.dsl.ui.CoopProjects;

/** The same workbench started with -nl en. */
class WorkbenchEnglishUITest {

    @Test
    void windowIsTitledMaillage() {
        WorkbenchAssertions.assertTitleIsMaillage();
    }

    @Test
    void cooperationPerspectiveIsEnglish() throws Exception {
        WorkbenchAssertions.assertCooperationPerspective("Cooperation");
    }

    @Test
    void menusAreEnglish() {
        assertEquals(List.of("&File", "&Edit", "&Navigate", "Se&arch", "&Maillage", "&Window", "&Help"), WorkbenchAssertions.menuBar());
    }

    @Test
    void platformTextsAndMarkerMessagesAreEnglish() throws Exception {
        assertEquals("&Finish", IDialogConstants.FINISH_LABEL, "the French texts stay out of an English session");
        IProject project = ExampleProject.createWithWizard("example-english");
        List<IMarker> markers = ExampleProject.markers(project, "UNUSED-ACTOR");
        assertEquals(1, markers.size(), ExampleProject.describe(ExampleProject.markers(project)));
        assertEquals("Actor CCASV is used nowhere. [UNUSED-ACTOR]", markers.get(0).getAttribute(IMarker.MESSAGE, ""));
        assertEquals("Give it a role, make it a partner or a party, or remove it.",
                markers.get(0).getAttribute(CoopProjects.HINT, ""));
    }

    @Test
    void noMenuItemNorViewTitleIsLeftInFrench() throws Exception {
        IProject project = ExampleProject.createWithWizard("example-menus");
        var editor = org.eclipse.ui.ide.IDE.openEditor(WorkbenchAssertions.window().getActivePage(),
                project.getFile("referentiel.coop"));
        ExampleProject.processEvents();
        List<String> french = VisibleTexts.holding(VisibleTexts.ofWindow(), VisibleTexts.FRENCH);
        WorkbenchAssertions.window().getActivePage().closeEditor(editor, false);
        assertEquals(List.of(), french, "French in the English window");
    }
}
