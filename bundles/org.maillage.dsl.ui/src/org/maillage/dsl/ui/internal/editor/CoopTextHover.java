package org.maillage.dsl.ui.internal.editor;

import java.util.Iterator;
import java.util.Locale;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.maillage.dsl.ide.hover.ElementHovers;
import org.maillage.dsl.ide.hover.HoverText;
import org.maillage.model.services.Localization;

/**
 * Hover text: the problems at the mouse (message, code, hint), else the text of
 * {@link ElementHovers} (shared with the language server): the element a reference or a name
 * designates, its facts and file, or a role letter's meaning.
 */
final class CoopTextHover implements ITextHover {

    private final CoopEditor editor;

    CoopTextHover(CoopEditor editor) {
        this.editor = editor;
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        String problems = problems((ISourceViewer) viewer, region.getOffset());
        if (!problems.isEmpty()) {
            return problems;
        }
        return element(region.getOffset());
    }

    /** The element text alone, for tests and for the references dialog. */
    String element(int offset) {
        CoopDocumentModel model = editor.model();
        return model == null ? null : model.read(resource -> {
            HoverText text = ElementHovers.at(resource, offset, Localization.supported(Locale.getDefault()));
            return text == null ? null : text.plain();
        });
    }

    private static String problems(ISourceViewer viewer, int offset) {
        IAnnotationModel annotations = viewer.getAnnotationModel();
        StringBuilder text = new StringBuilder();
        if (annotations == null) {
            return "";
        }
        Iterator<Annotation> all = annotations.getAnnotationIterator();
        while (all.hasNext()) {
            Annotation annotation = all.next();
            if (!(annotation instanceof ProblemAnnotation) || annotation.isMarkedDeleted()) {
                continue;
            }
            Position position = annotations.getPosition(annotation);
            if (position != null && position.includes(offset)) {
                text.append(text.isEmpty() ? "" : "\n\n").append(annotation.getText());
            }
        }
        return text.toString();
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        return new Region(offset, 0);
    }
}
