package org.maillage.dsl.ide;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;

/** Guice bindings of the .coop language's IDE services. */
public class CoopIdeModule extends AbstractCoopIdeModule {

    /** Names, references by kind and role letters, for editors and the language server. */
    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return CoopSemanticHighlighting.class;
    }
}
