package org.maillage.dsl.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the .coop language in the workbench; French first, English in messages_en. */
public final class DslUiMessages extends NLS {

    private static final String BUNDLE_NAME = "org.maillage.dsl.ui.internal.messages";

    public static String buildChecking;
    public static String reconcileJob;
    public static String preferencesRecheck;
    public static String templateAction;
    public static String templateConvention;
    public static String actionContentAssist;
    public static String actionFormat;
    public static String actionToggleComment;
    public static String actionOpenDeclaration;
    public static String actionFindReferences;
    public static String formatSyntaxErrors;
    public static String openDeclarationNothing;
    public static String referencesTitle;
    public static String referencesMessage;
    public static String colorsDescription;
    public static String style_keyword;
    public static String style_string;
    public static String style_comment;
    public static String style_number;
    public static String style_declaration;
    public static String style_actor;
    public static String style_territory;
    public static String style_function;
    public static String style_action;
    public static String style_objective;
    public static String style_role;

    static {
        NLS.initializeMessages(BUNDLE_NAME, DslUiMessages.class);
    }

    private DslUiMessages() {
    }
}
