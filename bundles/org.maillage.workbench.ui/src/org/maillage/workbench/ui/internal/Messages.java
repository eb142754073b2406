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
    public static String preferencesDescription;
    public static String preferencesLanguage;
    public static String preferencesFrench;
    public static String preferencesEnglish;
    public static String preferencesFolder;
    public static String preferencesBadFolder;
    public static String preferencesWorkload;
    public static String preferencesManyActors;
    public static String preferencesBadNumber;
    public static String preferencesMunicipal;
    public static String preferencesDepartmental;
    public static String preferencesRegional;
    public static String preferencesBadDates;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
