package org.maillage.dsl.ui.internal.editor.quickfix;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.maillage.dsl.ui.CoopProjects;
import org.maillage.dsl.ui.internal.editor.CoopDocumentModel;
import org.maillage.dsl.ui.internal.editor.CoopEditor;
import org.maillage.dsl.ui.internal.editor.ProblemAnnotation;

/** Ctrl+1 in the editor: the fixes of the problems on the caret's line. */
public final class CoopQuickAssistProcessor implements IQuickAssistProcessor {

    private final CoopEditor editor;

    public CoopQuickAssistProcessor(CoopEditor editor) {
        this.editor = editor;
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        CoopDocumentModel model = editor.model();
        IDocument document = context.getSourceViewer().getDocument();
        IAnnotationModel annotations = context.getSourceViewer().getAnnotationModel();
        if (model == null || annotations == null) {
            return new ICompletionProposal[0];
        }
        model.update(document.get());
        List<ICompletionProposal> proposals = new ArrayList<>();
        int line = lineOf(document, context.getOffset());
        Iterator<Annotation> all = annotations.getAnnotationIterator();
        while (all.hasNext()) {
            Annotation annotation = all.next();
            String code = code(annotation);
            Position position = annotations.getPosition(annotation);
            if (code == null || position == null || lineOf(document, position.getOffset()) != line) {
                continue;
            }
            IFile file = model.file();
            List<QuickFix> fixes = model.read(resource -> QuickFixes.of(resource, code, position.getOffset()));
            for (QuickFix fix : fixes) {
                proposals.add(new Proposal(fix, file, document));
            }
        }
        return proposals.toArray(ICompletionProposal[]::new);
    }

    private static String code(Annotation annotation) {
        if (annotation instanceof ProblemAnnotation problem && !annotation.isMarkedDeleted()) {
            return problem.code();
        }
        if (annotation instanceof MarkerAnnotation marker && marker.getMarker().exists() && !annotation.isMarkedDeleted()) {
            return marker.getMarker().getAttribute(CoopProjects.CODE, null);
        }
        return null;
    }

    private static int lineOf(IDocument document, int offset) {
        try {
            return document.getLineOfOffset(offset);
        } catch (BadLocationException e) {
            return -1;
        }
    }

    @Override
    public boolean canFix(Annotation annotation) {
        return code(annotation) != null;
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext context) {
        return false;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    /** A fix as a proposal: in this document, and in other files through their buffers. */
    private record Proposal(QuickFix fix, IFile file, IDocument document) implements ICompletionProposal {

        @Override
        public void apply(IDocument target) {
            try {
                fix.apply(file, document);
            } catch (BadLocationException | org.eclipse.core.runtime.CoreException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Point getSelection(IDocument target) {
            return null;
        }

        @Override
        public String getAdditionalProposalInfo() {
            return null;
        }

        @Override
        public String getDisplayString() {
            return fix.label();
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public IContextInformation getContextInformation() {
            return null;
        }
    }
}
