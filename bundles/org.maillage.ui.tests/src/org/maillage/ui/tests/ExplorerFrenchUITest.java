package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.maillage.dsl.ui.CoopProjects;

/**
 * The Project Explorer under a .coop file: elements as "id — title" in the order they are written
 * (an actor written after the plan comes after it), and a file icon that is not an error's red.
 */
class ExplorerFrenchUITest {

    @Test
    void elementsAreListedAsIdAndTitleInSourceOrderUnderAFileIconWithoutRed() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("explorateur");
        project.create(null);
        project.open(null);
        CoopProjects.addNature(project, null);
        IFile file = project.getFile("ordre.coop");
        file.create(new ByteArrayInputStream("""
                plan Tardif "Plan écrit d'abord" from 2025 to 2027 {
                }
                actor Late "Acteur écrit après le plan" public
                territory Ici "Territoire écrit en dernier" kind intercommunality
                """.getBytes(StandardCharsets.UTF_8)), true, null);
        ExampleProject.waitForBuild();

        CommonNavigator explorer = (CommonNavigator) WorkbenchAssertions.window().getActivePage()
                .showView(IPageLayout.ID_PROJECT_EXPLORER);
        explorer.selectReveal(new StructuredSelection(file));
        ExampleProject.processEvents();
        Tree tree = explorer.getCommonViewer().getTree();
        WorkbenchAssertions.window().getShell().forceActive();
        tree.setFocus();
        ExampleProject.processEvents();
        UserInput.type("+");
        ExampleProject.waitUntil(() -> fileItem(tree) != null && fileItem(tree).getExpanded()
                && fileItem(tree).getItemCount() > 0 && !fileItem(tree).getItem(0).getText().isEmpty(),
                "+ opens the file's elements");
        TreeItem item = fileItem(tree);
        assertEquals(List.of("Tardif — Plan écrit d'abord", "Late — Acteur écrit après le plan",
                "Ici — Territoire écrit en dernier"), Arrays.stream(item.getItems()).map(TreeItem::getText).toList());

        ImageData icon = item.getImage().getImageData();
        int red = 0;
        for (int y = 0; y < icon.height; y++) {
            for (int x = 0; x < icon.width; x++) {
                RGB rgb = icon.palette.getRGB(icon.getPixel(x, y));
                boolean visible = icon.getAlpha(x, y) > 64 || icon.alphaData == null && icon.getTransparencyMask() == null;
                if (visible && rgb.red > 150 && rgb.green < 100 && rgb.blue < 100) {
                    red++;
                }
            }
        }
        assertEquals(0, red, "red pixels in the .coop icon make it read as an error marker");
    }

    private static TreeItem fileItem(Tree tree) {
        for (TreeItem projectItem : tree.getItems()) {
            if (projectItem.getText().equals("explorateur")) {
                for (TreeItem child : projectItem.getItems()) {
                    if (child.getText().equals("ordre.coop")) {
                        return child;
                    }
                }
            }
        }
        return null;
    }
}
