package org.maillage.dsl.ui.internal.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.xtext.nodemodel.INode;
import org.maillage.dsl.ui.ElementLabelProvider;
import org.maillage.dsl.ui.SourceRange;
import org.maillage.model.coop.NamedElement;

/** Ctrl+click on a reference opens the element it names, in whichever file declares it. */
final class CoopHyperlinkDetector extends AbstractHyperlinkDetector {

    private final CoopEditor editor;

    CoopHyperlinkDetector(CoopEditor editor) {
        this.editor = editor;
    }

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean several) {
        CoopDocumentModel model = editor.model();
        if (model == null) {
            return null;
        }
        IHyperlink link = model.read(resource -> {
            INode node = ElementAt.referenceNode(resource, region.getOffset());
            NamedElement target = node == null ? null : ElementAt.of(resource, region.getOffset());
            SourceRange range = target == null ? null : SourceRange.of(target);
            if (range == null) {
                return null;
            }
            return new Link(new Region(node.getOffset(), node.getLength()), range, ElementLabelProvider.describe(target),
                    editor);
        });
        return link == null ? null : new IHyperlink[] { link };
    }

    /** A link to an element's text. */
    private record Link(IRegion region, SourceRange target, String label, CoopEditor editor) implements IHyperlink {

        @Override
        public IRegion getHyperlinkRegion() {
            return region;
        }

        @Override
        public String getTypeLabel() {
            return null;
        }

        @Override
        public String getHyperlinkText() {
            return label;
        }

        @Override
        public void open() {
            editor.open(target);
        }
    }
}
