package org.maillage.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The "Coopération" perspective: the projects on the left, the open plan in the middle, its
 * outline on the right, and below it what the checks found, the selection's properties and
 * running jobs.
 */
public class CooperationPerspective implements IPerspectiveFactory {

    public static final String ID = "org.maillage.ui.perspective.cooperation";

    /** The RACI matrix of the selected plan. */
    public static final String RACI_VIEW = "org.maillage.ui.views.raci";

    /** The views this perspective shows, in the order they are laid out. */
    public static final String[] VIEW_IDS = { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
            IPageLayout.ID_PROBLEM_VIEW, RACI_VIEW, IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROGRESS_VIEW };

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);

        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.75f, editorArea);
        right.addView(IPageLayout.ID_OUTLINE);

        // the matrix needs room for its column headers and a few lines: the bottom views get 45 % of the height
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.55f, editorArea);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(RACI_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);

        for (String view : VIEW_IDS) {
            layout.addShowViewShortcut(view);
        }
        layout.addNewWizardShortcut("org.maillage.ui.wizards.newProject");
        layout.addNewWizardShortcut("org.maillage.ui.wizards.newPlan");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
    }
}
