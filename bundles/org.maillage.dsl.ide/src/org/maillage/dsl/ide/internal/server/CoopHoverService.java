package org.maillage.dsl.ide.internal.server;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.maillage.dsl.DiagnosticLanguage;
import org.maillage.dsl.ide.hover.ElementHovers;
import org.maillage.dsl.ide.hover.HoverText;

import com.google.inject.Inject;

/** The language server's hover: the text of {@link ElementHovers}, as the workbench editor shows it. */
public class CoopHoverService extends HoverService {

    @Inject
    private DiagnosticLanguage language;

    @Override
    protected Hover hover(HoverContext context) {
        HoverText text = ElementHovers.at(context.getResource(), context.getOffset(), language.get());
        if (text == null) {
            return new Hover(java.util.List.of());
        }
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, text.markdown()));
    }
}
