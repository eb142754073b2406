package org.maillage.dsl.ui.internal.editor;

import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.maillage.dsl.ui.internal.DslUiMessages;

/** Window > Preferences > Maillage > Couleurs du texte: one colour per style of the .coop editor. */
public final class SyntaxColorsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public SyntaxColorsPreferencePage() {
        super(GRID);
        setPreferenceStore(EditorPreferences.store());
        setDescription(DslUiMessages.colorsDescription);
    }

    @Override
    protected void createFieldEditors() {
        for (String style : SyntaxStyles.DEFAULTS.keySet()) {
            addField(new ColorFieldEditor(SyntaxStyles.key(style), label(style), getFieldEditorParent()));
        }
    }

    private static String label(String style) {
        if (style.startsWith("role-")) {
            return DslUiMessages.bind(DslUiMessages.style_role, style.substring(5));
        }
        try {
            return (String) DslUiMessages.class.getField("style_" + style).get(null);
        } catch (ReflectiveOperationException e) {
            return style;
        }
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }
}
