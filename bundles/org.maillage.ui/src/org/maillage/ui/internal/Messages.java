package org.maillage.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the workbench; French in messages.properties, English in messages_en. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.maillage.ui.internal.messages";

    public static String windowTitle;
    public static String menuFile;
    public static String menuEdit;
    public static String menuWindow;
    public static String menuNavigate;
    public static String actionFind;
    public static String menuHelp;
    public static String menuShowView;
    public static String actionNew;
    public static String actionClose;
    public static String actionCloseAll;
    public static String actionSave;
    public static String actionSaveAll;
    public static String actionRefresh;
    public static String actionProperties;
    public static String actionQuit;
    public static String actionUndo;
    public static String actionRedo;
    public static String actionCut;
    public static String actionCopy;
    public static String actionPaste;
    public static String actionDelete;
    public static String actionSelectAll;
    public static String actionResetPerspective;
    public static String actionPreferences;
    public static String actionAbout;
    public static String aboutTitle;
    public static String aboutText;
    public static String workspaceInUseTitle;
    public static String workspaceInUse;
    public static String workspaceUnsetTitle;
    public static String workspaceUnset;
    public static String workspaceSaveFailed;

    public static String newProjectWindow;
    public static String newProjectTitle;
    public static String newProjectDescription;
    public static String newProjectExample;
    public static String newProjectFailed;
    public static String newPlanWindow;
    public static String newPlanTitle;
    public static String newPlanDescription;
    public static String newPlanInitialTitle;
    public static String actionOpenElement;
    public static String raciNoPlan;
    public static String raciHeading;
    public static String raciJob;
    public static String raciGenerate;
    public static String matrixCornerLines;
    public static String matrixCornerCounts;
    public static String matrixCounts;
    public static String matrixColumnTip;
    public static String matrixChooser;
    public static String matrixApply;
    public static String matrixRoleA;
    public static String matrixRoleR;
    public static String matrixRoleS;
    public static String matrixRoleC;
    public static String matrixRoleI;
    public static String matrixFilterActor;
    public static String matrixFilterTheme;
    public static String matrixFilterTerritory;
    public static String matrixFilterLevel;
    public static String matrixAll;
    public static String matrixPolitical;
    public static String matrixTechnical;
    public static String matrixFindingsOnly;
    public static String matrixCrossPlan;
    public static String matrixAllPlans;
    public static String matrixAddFunction;
    public static String matrixAddActor;
    public static String matrixCompare;
    public static String matrixVersions;
    public static String matrixCompareApply;
    public static String matrixComparing;
    public static String matrixLeaveComparison;
    public static String matrixNoVersion;
    public static String matrixComparisonFailed;
    public static String generateWindow;
    public static String generateTitle;
    public static String generateDescription;
    public static String generateGenerator;
    public static String generateFormat;
    public static String generateAbout;
    public static String generateLanguage;
    public static String generateFrench;
    public static String generateEnglish;
    public static String generateTemplate;
    public static String generateTemplateDefault;
    public static String generateBrowse;
    public static String generateFolder;
    public static String generateNothingChosen;
    public static String generateBadFolder;
    public static String generateBadTemplate;
    public static String generateTemplateUnused;
    public static String generateTemplateOneFormat;
    public static String generateNoProject;
    public static String generateReplace;
    public static String generateJob;
    public static String generateLoading;
    public static String generateModelErrors;
    public static String generateProblems;
    public static String generateFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
