package org.maillage.vcs.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The history view's and the conflict quick fixes''s texts, French first ({@code messages.properties}). */
public final class Messages extends NLS {

    public static String column_version;
    public static String column_date;
    public static String column_author;
    public static String column_message;
    public static String column_tags;
    public static String history_none;
    public static String history_of;
    public static String history_noRepository;
    public static String compare_title;
    public static String compare_running;
    public static String compare_noChange;
    public static String compare_failed;
    public static String compare_workingCopy;
    public static String conflicts_job;
    public static String fix_keepMine;
    public static String fix_keepMine_description;
    public static String fix_takeTheirs;
    public static String fix_takeTheirs_description;
    public static String fix_cannotTakeTheirs;

    static {
        NLS.initializeMessages("org.maillage.vcs.ui.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
