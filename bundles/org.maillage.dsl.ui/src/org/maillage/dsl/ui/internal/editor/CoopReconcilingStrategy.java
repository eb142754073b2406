package org.maillage.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.maillage.dsl.ide.CoopSemanticHighlighting;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.Plan;

/**
 * Runs on the reconciler's thread, a moment after the user stops typing: updates the document's
 * model, checks it, and hands problems, highlighting, outline and folding to the editor. A new
 * keystroke cancels the run in progress.
 */
public final class CoopReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

    private final CoopEditor editor;
    private IDocument document;
    private IProgressMonitor monitor = new NullProgressMonitor();

    CoopReconcilingStrategy(CoopEditor editor) {
        this.editor = editor;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void initialReconcile() {
        reconcile();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        reconcile();
    }

    @Override
    public void reconcile(IRegion partition) {
        reconcile();
    }

    private void reconcile() {
        CoopDocumentModel model = editor.model();
        if (model == null || document == null) {
            return;
        }
        CancelIndicator cancel = monitor::isCanceled;
        model.update(document.get());
        if (cancel.isCanceled()) {
            return;
        }
        ReconcileResult result = compute(model, cancel);
        if (result != null && !cancel.isCanceled()) {
            editor.applyReconcile(result);
        }
    }

    /**
     * Everything the UI needs, computed under the model's read lock; null when {@code cancel} stopped the
     * work (Xtext then throws its {@code OperationCanceledError}, an ordinary outcome here, not a failure).
     */
    public static ReconcileResult compute(CoopDocumentModel model, CancelIndicator cancel) {
        try {
            return computeOrThrow(model, cancel);
        } catch (RuntimeException | Error thrown) {
            if (model.isCancellation(thrown)) {
                return null;
            }
            throw thrown;
        }
    }

    private static ReconcileResult computeOrThrow(CoopDocumentModel model, CancelIndicator cancel) {
        var issues = model.validate(cancel);
        return model.read(resource -> {
            List<HighlightedRange> highlights = new ArrayList<>();
            resource.getResourceServiceProvider().get(CoopSemanticHighlighting.class).provideHighlightingFor(resource,
                    (offset, length, styles) -> highlights.add(new HighlightedRange(offset, length, styles[0])),
                    cancel);
            CoopFile file = file(resource);
            return new ReconcileResult(issues, highlights, file == null ? List.of() : OutlineNode.of(file),
                    file == null ? List.of() : folds(file, resource));
        });
    }

    private static CoopFile file(XtextResource resource) {
        return !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof CoopFile f ? f : null;
    }

    /** Plans, actions and conventions written over several lines fold. */
    private static List<Position> folds(CoopFile file, XtextResource resource) {
        List<Position> folds = new ArrayList<>();
        for (Plan plan : file.getPlans()) {
            fold(plan, folds);
            plan.getActions().forEach((Action a) -> fold(a, folds));
            plan.getConventions().forEach((Convention c) -> fold(c, folds));
        }
        return folds;
    }

    private static void fold(EObject element, List<Position> folds) {
        ICompositeNode node = NodeModelUtils.getNode(element);
        if (node != null && node.getStartLine() < node.getEndLine()) {
            folds.add(new Position(node.getOffset(), node.getLength()));
        }
    }
}
