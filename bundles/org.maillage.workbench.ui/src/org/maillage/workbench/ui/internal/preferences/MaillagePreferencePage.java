package org.maillage.workbench.ui.internal.preferences;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.maillage.dsl.ui.MaillagePreferences;
import org.maillage.workbench.ui.internal.Messages;

/**
 * Fenêtre > Préférences > Maillage - documents et règles: the documents' language and default output
 * folder of the Generate wizard, and the thresholds and dates of the rule catalogue (WORKLOAD,
 * ACTION-MANY-ACTORS, CONV-ELECTION), stored where {@link MaillagePreferences} reads them.
 */
public final class MaillagePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.maillage.workbench.ui.preferences";

    private static final String[] KEYS = { MaillagePreferences.DOCUMENT_LANGUAGE, MaillagePreferences.OUTPUT_FOLDER,
            MaillagePreferences.WORKLOAD, MaillagePreferences.MANY_ACTORS, MaillagePreferences.MUNICIPAL_RENEWALS,
            MaillagePreferences.DEPARTMENTAL_RENEWALS, MaillagePreferences.REGIONAL_RENEWALS };

    public MaillagePreferencePage() {
        super(GRID);
        ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, MaillagePreferences.QUALIFIER);
        for (String key : KEYS) {
            store.setDefault(key, MaillagePreferences.defaultValue(key));
        }
        setPreferenceStore(store);
        setDescription(Messages.preferencesDescription);
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is the instance scope of the language's node
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        addField(new RadioGroupFieldEditor(MaillagePreferences.DOCUMENT_LANGUAGE, Messages.preferencesLanguage, 2,
                new String[][] { { Messages.preferencesFrench, "fr" }, { Messages.preferencesEnglish, "en" } }, parent,
                true));
        addField(new CheckedText(MaillagePreferences.OUTPUT_FOLDER, Messages.preferencesFolder,
                Messages.preferencesBadFolder, parent) {
            @Override
            boolean accepts(String text) {
                String path = text.strip();
                return !path.isEmpty() && IPath.fromOSString(path).isValidPath(path) && !IPath.fromOSString(path).isAbsolute()
                        && !path.contains("..");
            }
        });
        IntegerFieldEditor workload = new IntegerFieldEditor(MaillagePreferences.WORKLOAD, Messages.preferencesWorkload,
                parent);
        workload.setValidRange(1, 10_000);
        workload.setErrorMessage(Messages.preferencesBadNumber);
        addField(workload);
        IntegerFieldEditor manyActors = new IntegerFieldEditor(MaillagePreferences.MANY_ACTORS,
                Messages.preferencesManyActors, parent);
        manyActors.setValidRange(1, 10_000);
        manyActors.setErrorMessage(Messages.preferencesBadNumber);
        addField(manyActors);
        addField(new DatesField(MaillagePreferences.MUNICIPAL_RENEWALS, Messages.preferencesMunicipal, parent));
        addField(new DatesField(MaillagePreferences.DEPARTMENTAL_RENEWALS, Messages.preferencesDepartmental, parent));
        addField(new DatesField(MaillagePreferences.REGIONAL_RENEWALS, Messages.preferencesRegional, parent));
    }

    /** A text whose value is checked as it is typed. */
    private abstract static class CheckedText extends StringFieldEditor {

        CheckedText(String key, String label, String error, Composite parent) {
            super(key, label, parent);
            setErrorMessage(error);
            setEmptyStringAllowed(false);
        }

        abstract boolean accepts(String text);

        @Override
        protected boolean doCheckState() {
            return accepts(getStringValue());
        }
    }

    /** Dates of general renewals of councils: YYYY-MM-DD, separated by commas. */
    private static final class DatesField extends CheckedText {

        DatesField(String key, String label, Composite parent) {
            super(key, label, Messages.preferencesBadDates, parent);
            setEmptyStringAllowed(true);
        }

        @Override
        boolean accepts(String text) {
            return MaillagePreferences.parseDates(text) != null;
        }
    }
}
