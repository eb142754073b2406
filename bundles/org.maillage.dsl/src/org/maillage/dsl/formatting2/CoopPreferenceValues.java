package org.maillage.dsl.formatting2;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;

/**
 * The language's formatting preferences wherever Xtext formats without being told (the change
 * serializer of diagram edits, the language server): {@link CoopFormatter} sets them on every request; four spaces per level, '\n' line ends —
 * the same as {@link TextFormatting}.
 */
public class CoopPreferenceValues implements IPreferenceValuesProvider {

    @Override
    public IPreferenceValues getPreferenceValues(Resource context) {
        MapBasedPreferenceValues values = new MapBasedPreferenceValues();
        values.put(FormatterPreferenceKeys.indentation, TextFormatting.INDENTATION);
        values.put(FormatterPreferenceKeys.lineSeparator, "\n");
        return values;
    }
}
