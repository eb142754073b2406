package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;

/** The workbench as a French user first sees it (run with -nl fr). */
class WorkbenchFrenchUITest {

    @Test
    void windowIsTitledMaillage() {
        WorkbenchAssertions.assertTitleIsMaillage();
    }

    @Test
    void cooperationPerspectiveShowsItsViews() throws Exception {
        WorkbenchAssertions.assertCooperationPerspective("Coopération");
    }

    @Test
    void menusAreFrench() {
        assertEquals(java.util.List.of("&Fichier", "É&dition", "Na&viguer", "Rech&erche", "&Maillage", "Fe&nêtre", "&Aide"), WorkbenchAssertions.menuBar());
    }

    @Test
    void projectExplorerShowsTheWorkspaceResources() throws Exception {
        var explorer = (CommonNavigator) WorkbenchAssertions.window().getActivePage()
                .showView(IPageLayout.ID_PROJECT_EXPLORER);
        assertEquals(ResourcesPlugin.getWorkspace().getRoot(), explorer.getCommonViewer().getInput());
        assertTrue(explorer.getNavigatorContentService()
                .isActive("org.eclipse.ui.navigator.resourceContent"), "resources are shown");
    }
}
