package org.maillage.dsl.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the .coop language in the workbench; French first, English in messages_en. */
public final class DslUiMessages extends NLS {

    private static final String BUNDLE_NAME = "org.maillage.dsl.ui.internal.messages";

    public static String buildChecking;

    static {
        NLS.initializeMessages(BUNDLE_NAME, DslUiMessages.class);
    }

    private DslUiMessages() {
    }
}
