package org.maillage.dsl.ide;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.maillage.dsl.ide.internal.server.CoopCodeActions;
import org.maillage.dsl.ide.internal.server.CoopFormattingService;
import org.maillage.dsl.ide.internal.server.CoopHoverService;
import org.maillage.dsl.ide.internal.server.CoopRenameService;
import org.maillage.dsl.ide.internal.server.CoopSymbolDetails;
import org.maillage.dsl.ide.internal.server.CoopSymbolKinds;

/** Guice bindings of the .coop language's IDE services. */
public class CoopIdeModule extends AbstractCoopIdeModule {

    /** Names, references by kind and role letters, for editors and the language server. */
    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return CoopSemanticHighlighting.class;
    }

    /** The hover of the workbench editor ({@link org.maillage.dsl.ide.hover.ElementHovers}). */
    public Class<? extends IHoverService> bindIHoverService() {
        return CoopHoverService.class;
    }

    /** The quick fixes of the workbench editor ({@link org.maillage.dsl.ide.fixes.QuickFixes}) as code actions. */
    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return CoopCodeActions.class;
    }

    /** Rename refused on a taken or invalid name. */
    public Class<? extends IRenameService2> bindIRenameService2() {
        return CoopRenameService.class;
    }

    /** Formatting refused on syntax errors, like {@code maillage format}. */
    public Class<? extends FormattingService> bindFormattingService() {
        return CoopFormattingService.class;
    }

    /** Outline kinds by element. */
    public Class<? extends DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
        return CoopSymbolKinds.class;
    }

    /** Outline details: the title. */
    public Class<? extends DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
        return CoopSymbolDetails.class;
    }
}
