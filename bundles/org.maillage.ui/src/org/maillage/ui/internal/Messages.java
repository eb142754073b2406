package org.maillage.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the workbench; French in messages.properties, English in messages_en. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.maillage.ui.internal.messages";

    public static String windowTitle;
    public static String menuFile;
    public static String menuEdit;
    public static String menuWindow;
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

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
