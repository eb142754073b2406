package org.maillage.dsl.ui.internal.editor;

import java.util.Set;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.URLHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.DefaultAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.maillage.dsl.ui.internal.editor.quickfix.CoopQuickAssistProcessor;

/**
 * Wires the .coop editor's services into the platform's text viewer: colouring by partitions,
 * the reconciler, content assist, hover, hyperlinks, quick fixes and comments.
 */
final class CoopSourceViewerConfiguration extends TextSourceViewerConfiguration {

    /** Time without typing before the model is updated and checked, in ms. */
    static final int RECONCILE_DELAY = 300;

    private final CoopEditor editor;
    private final SyntaxStyles styles;
    private final Set<String> keywords;

    CoopSourceViewerConfiguration(CoopEditor editor, SyntaxStyles styles, Set<String> keywords) {
        super(editor.preferences());
        this.editor = editor;
        this.styles = styles;
        this.keywords = keywords;
    }

    @Override
    public String getConfiguredDocumentPartitioning(ISourceViewer viewer) {
        return CoopPartitions.PARTITIONING;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer viewer) {
        return CoopPartitions.TYPES;
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer viewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        reconciler.setDocumentPartitioning(CoopPartitions.PARTITIONING);
        repair(reconciler, new CoopCodeScanner(styles, keywords), IDocument.DEFAULT_CONTENT_TYPE);
        repair(reconciler, single("comment"), CoopPartitions.COMMENT);
        repair(reconciler, single("string"), CoopPartitions.STRING);
        return reconciler;
    }

    private RuleBasedScanner single(String style) {
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setDefaultReturnToken(new Token(styles.attribute(style)));
        return scanner;
    }

    private static void repair(PresentationReconciler reconciler, RuleBasedScanner scanner, String type) {
        DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(scanner);
        reconciler.setDamager(repairer, type);
        reconciler.setRepairer(repairer, type);
    }

    @Override
    public IReconciler getReconciler(ISourceViewer viewer) {
        MonoReconciler reconciler = new MonoReconciler(new CoopReconcilingStrategy(editor), false);
        reconciler.setDelay(RECONCILE_DELAY);
        return reconciler;
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer viewer) {
        ContentAssistant assistant = new ContentAssistant();
        assistant.setDocumentPartitioning(CoopPartitions.PARTITIONING);
        assistant.setContentAssistProcessor(new CoopContentAssistProcessor(editor), IDocument.DEFAULT_CONTENT_TYPE);
        assistant.enableAutoActivation(true);
        assistant.setAutoActivationDelay(300);
        assistant.setInformationControlCreator(getInformationControlCreator(viewer));
        return assistant;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer viewer, String contentType) {
        return new CoopTextHover(editor);
    }

    @Override
    public IAnnotationHover getAnnotationHover(ISourceViewer viewer) {
        return new DefaultAnnotationHover();
    }

    @Override
    public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer viewer) {
        return new IHyperlinkDetector[] { new CoopHyperlinkDetector(editor), new URLHyperlinkDetector() };
    }

    @Override
    public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer viewer) {
        QuickAssistAssistant assistant = new QuickAssistAssistant();
        assistant.setQuickAssistProcessor(new CoopQuickAssistProcessor(editor));
        assistant.setInformationControlCreator(getInformationControlCreator(viewer));
        return assistant;
    }

    @Override
    public String[] getDefaultPrefixes(ISourceViewer viewer, String contentType) {
        return new String[] { "//", "" };
    }
}
