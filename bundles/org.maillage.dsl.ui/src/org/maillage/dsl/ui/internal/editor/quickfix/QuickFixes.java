package org.maillage.dsl.ui.internal.editor.quickfix;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.xtext.resource.XtextResource;
import org.maillage.model.services.Localization;

/** The fixes of {@link org.maillage.dsl.ide.fixes.QuickFixes} (shared with the language server), in the workspace. */
final class QuickFixes {

    private QuickFixes() {
    }

    /** The fixes of the problem of {@code code} at {@code offset} in a parsed file. */
    static List<QuickFix> of(XtextResource resource, String code, int offset) {
        Locale locale = Localization.supported(Locale.getDefault());
        return org.maillage.dsl.ide.fixes.QuickFixes.of(resource, code, offset, locale).stream().map(QuickFix::of)
                .filter(Objects::nonNull).toList();
    }
}
