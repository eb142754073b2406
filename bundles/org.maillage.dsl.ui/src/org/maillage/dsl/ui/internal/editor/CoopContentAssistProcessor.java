package org.maillage.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.util.TextRegion;
import org.maillage.dsl.ui.CoopWorkspace;
import org.maillage.dsl.ui.ElementIcons;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.services.Localization;
import org.maillage.model.services.ModelLabels;

/**
 * Completion from the language's IDE services: the keywords valid at the caret, role letters,
 * and the names of the right kind from every file of the project (after a role letter: actors;
 * after {@code on}: territories; after {@code covers} in a convention: actions), unsaved editors
 * included; plus the templates of an action and a convention.
 */
public final class CoopContentAssistProcessor implements IContentAssistProcessor {

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "coop-content-assist");
        thread.setDaemon(true);
        return thread;
    });

    private final CoopEditor editor;

    public CoopContentAssistProcessor(CoopEditor editor) {
        this.editor = editor;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        CoopDocumentModel model = editor.model();
        if (model == null) {
            return new ICompletionProposal[0];
        }
        String text = viewer.getDocument().get();
        model.update(text);
        List<ICompletionProposal> proposals = new ArrayList<>();
        List<ContentAssistEntry> entries = model.read(resource -> {
            var injector = CoopWorkspace.get().injector();
            ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
            factory.setPool(POOL);
            ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
            IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
            injector.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
            List<ContentAssistEntry> found = new ArrayList<>();
            acceptor.getEntries().forEach(found::add);
            return found;
        });
        for (ContentAssistEntry entry : entries == null ? List.<ContentAssistEntry>of() : entries) {
            proposals.add(proposal(entry, offset));
        }
        proposals.addAll(CoopTemplates.proposals(viewer, offset));
        return proposals.toArray(ICompletionProposal[]::new);
    }

    private static ICompletionProposal proposal(ContentAssistEntry entry, int offset) {
        String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
        String text = entry.getProposal();
        String label = entry.getLabel() != null ? entry.getLabel() : text;
        EClass kind = kind(entry);
        String description = kind != null ? ModelLabels.label(kind, Localization.supported(Locale.getDefault()))
                : entry.getDescription();
        String shown = description != null ? label + " - " + description : label;
        return new CompletionProposal(text, offset - prefix.length(), prefix.length(), text.length(),
                kind == null ? null : ElementIcons.of(kind), shown, null, entry.getDocumentation());
    }

    /** The kind of element a proposed name refers to (the IDE services describe it by its class name). */
    private static EClass kind(ContentAssistEntry entry) {
        if (!ContentAssistEntry.KIND_REFERENCE.equals(entry.getKind()) || entry.getDescription() == null) {
            return null;
        }
        return CoopPackage.eINSTANCE.getEClassifier(entry.getDescription()) instanceof EClass eClass ? eClass : null;
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { ':' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
