package org.maillage.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.templates.DocumentTemplateContext;
import org.eclipse.jface.text.templates.GlobalTemplateVariables;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.maillage.dsl.ui.ElementIcons;
import org.maillage.dsl.ui.internal.DslUiMessages;
import org.maillage.model.coop.CoopPackage;

/** The skeletons of an action and of a convention, offered by content assist where a word starts. */
final class CoopTemplates {

    private static final TemplateContextType CONTEXT = new TemplateContextType("org.maillage.dsl.ui.coop");

    static {
        CONTEXT.addResolver(new GlobalTemplateVariables.Cursor());
    }

    private CoopTemplates() {
    }

    static List<Template> all() {
        return List.of(
                new Template("action", DslUiMessages.templateAction, CONTEXT.getId(),
                        "action ${Nom} \"${intitule}\" theme \"${theme}\" on ${territoire} {\n"
                                + "    ${fonction}: A/R ${acteur}\n    indicator \"${indicateur}\"${cursor}\n}",
                        true),
                new Template("convention", DslUiMessages.templateConvention, CONTEXT.getId(),
                        "convention ${Nom} \"${intitule}\" kind ${application} between ${partie1}, ${partie2}"
                                + " covers ${action} {\n    commitment ${partie1} \"${engagement}\"\n"
                                + "    committee ${Copil} \"${comite}\" members ${partie1}, ${partie2}${cursor}\n}",
                        true));
    }

    /** The templates whose name starts with the word before the caret. */
    static List<ICompletionProposal> proposals(ITextViewer viewer, int offset) {
        IDocument document = viewer.getDocument();
        String prefix = wordBefore(document, offset);
        List<ICompletionProposal> proposals = new ArrayList<>();
        for (Template template : all()) {
            if (template.getName().startsWith(prefix)) {
                DocumentTemplateContext context = new DocumentTemplateContext(CONTEXT, document,
                        offset - prefix.length(), prefix.length());
                var kind = template.getName().equals("action") ? CoopPackage.Literals.ACTION
                        : CoopPackage.Literals.CONVENTION;
                proposals.add(new TemplateProposal(template, context, new Region(offset - prefix.length(),
                        prefix.length()), ElementIcons.of(kind)));
            }
        }
        return proposals;
    }

    private static String wordBefore(IDocument document, int offset) {
        int start = offset;
        try {
            while (start > 0 && Character.isLetter(document.getChar(start - 1))) {
                start--;
            }
            return document.get(start, offset - start);
        } catch (BadLocationException e) {
            return "";
        }
    }
}
