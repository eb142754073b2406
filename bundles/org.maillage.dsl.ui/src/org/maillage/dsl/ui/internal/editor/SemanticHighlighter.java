package org.maillage.dsl.ui.internal.editor;

import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;

/**
 * Adds the styles computed from the model (names, references by kind, role letters) over the
 * lexical colouring each time the viewer repaints a region. The ranges are replaced after each
 * reconcile, on the UI thread.
 */
final class SemanticHighlighter implements ITextPresentationListener {

    private final ISourceViewer viewer;
    private final SyntaxStyles styles;
    private List<HighlightedRange> ranges = List.of();

    SemanticHighlighter(ISourceViewer viewer, SyntaxStyles styles) {
        this.viewer = viewer;
        this.styles = styles;
    }

    void install() {
        ((org.eclipse.jface.text.TextViewer) viewer).addTextPresentationListener(this);
    }

    /** New ranges for the current text; call on the UI thread. */
    void update(List<HighlightedRange> newRanges) {
        ranges = newRanges;
        viewer.invalidateTextPresentation();
    }

    @Override
    public void applyTextPresentation(TextPresentation presentation) {
        IRegion extent = presentation.getExtent();
        int start = extent.getOffset();
        int end = start + extent.getLength();
        for (HighlightedRange range : ranges) {
            if (range.offset() + range.length() <= start || range.offset() >= end) {
                continue;
            }
            TextAttribute attribute = styles.attribute(range.style());
            StyleRange style = new StyleRange(range.offset(), range.length(), attribute.getForeground(), null,
                    attribute.getStyle());
            presentation.mergeStyleRange(style);
        }
    }
}
