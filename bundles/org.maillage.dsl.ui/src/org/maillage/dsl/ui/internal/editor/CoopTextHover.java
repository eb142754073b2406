package org.maillage.dsl.ui.internal.editor;

import java.util.Iterator;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.maillage.dsl.ui.CoopProjects;
import org.maillage.dsl.ui.ElementLabelProvider;
import org.maillage.dsl.ui.internal.DslUiMessages;
import org.maillage.model.coop.NamedElement;

/**
 * Hover text: the problems at the mouse (message, code, hint), else the element a reference
 * names: its kind, name and title, and the file it is declared in.
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
            NamedElement element = ElementAt.of(resource, offset);
            if (element == null || element.eResource() == null) {
                return null;
            }
            var file = CoopProjects.file(element.eResource().getURI());
            return ElementLabelProvider.describe(element) + "\n"
                    + DslUiMessages.bind(DslUiMessages.hoverDeclaredIn, file == null ? "?" : file.getName());
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
