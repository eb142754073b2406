package org.maillage.importer.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The spreadsheet import wizard's texts, French first ({@code messages.properties}). */
public final class Messages extends NLS {

    public static String wizard_title;
    public static String source_title;
    public static String source_description;
    public static String file_label;
    public static String browse;
    public static String sheet_label;
    public static String sheet_hint;
    public static String map_label;
    public static String map_hint;
    public static String target_group;
    public static String target_new;
    public static String target_into;
    public static String folder_label;
    public static String folder_browse;
    public static String folder_choose;
    public static String name_label;
    public static String error_noFile;
    public static String error_fileMissing;
    public static String error_format;
    public static String error_noFolder;
    public static String error_notMaillage;
    public static String error_name;
    public static String preview_title;
    public static String preview_description;
    public static String preview_report;
    public static String preview_noFinding;
    public static String preview_changes;
    public static String column_where;
    public static String column_severity;
    public static String column_message;
    public static String column_hint;
    public static String severity_error;
    public static String severity_warning;
    public static String severity_info;
    public static String preview_noChange;
    public static String preview_refused;
    public static String preview_modelErrors;
    public static String preview_writes;
    public static String preview_replaces;
    public static String confirm_replace_title;
    public static String confirm_replace;
    public static String apply_failed;

    static {
        NLS.initializeMessages("org.maillage.importer.ui.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
