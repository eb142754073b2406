package org.maillage.dsl.ui.internal.editor;

import java.util.List;

import org.eclipse.jface.text.Position;
import org.eclipse.xtext.validation.Issue;

/** What one reconcile computed for the UI: problems, highlighted ranges, outline and foldable regions. */
record ReconcileResult(List<Issue> issues, List<HighlightedRange> highlights, List<OutlineNode> outline,
        List<Position> folds) {
}
