package org.maillage.workbench.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of search, help and preferences; French in messages.properties, English in messages_en. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.maillage.workbench.ui.internal.messages";

    public static String searchPattern;
    public static String searchHint;
    public static String searchQuery;
    public static String searchResult;
    public static String searchLoading;
    public static String openTitle;
    public static String openMessage;
    public static String openLoading;
    public static String inFile;
    public static String welcomeHeading;
    public static String welcomeIntro;
    public static String welcomeCreate;
    public static String welcomeCreateText;
    public static String welcomeOpen;
    public static String welcomeOpenText;
    public static String welcomeGenerate;
    public static String welcomeGenerateText;
    public static String welcomeGuide;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
