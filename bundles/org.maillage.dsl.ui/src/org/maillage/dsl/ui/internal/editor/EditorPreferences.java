package org.maillage.dsl.ui.internal.editor;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;

/** The .coop editor's preferences (colours, bracket matching), in front of the text editors' own. */
public final class EditorPreferences {

    public static final String MATCHING_BRACKETS = "matchingBrackets";
    public static final String MATCHING_BRACKETS_COLOR = "matchingBracketsColor";

    private static IPreferenceStore store;

    private EditorPreferences() {
    }

    /** This bundle's preference store, defaults set. */
    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, "org.maillage.dsl.ui");
            SyntaxStyles.initializeDefaults(store);
            store.setDefault(MATCHING_BRACKETS, true);
            PreferenceConverter.setDefault(store, MATCHING_BRACKETS_COLOR, new RGB(128, 128, 128));
        }
        return store;
    }

    /** What the editor reads: its own preferences, then the platform's text editor preferences. */
    static IPreferenceStore chained() {
        return new ChainedPreferenceStore(new IPreferenceStore[] { store(), EditorsUI.getPreferenceStore() });
    }
}
