package org.maillage.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.coop.NamedElement;

/** Highlights, when the caret rests on a name, every place of the document that names the same element. */
final class OccurrencesMarker implements ISelectionChangedListener {

    static final String TYPE = "org.maillage.dsl.ui.occurrence";

    private final CoopEditor editor;
    private final ISourceViewer viewer;
    private List<Annotation> shown = new ArrayList<>();

    OccurrencesMarker(CoopEditor editor, ISourceViewer viewer) {
        this.editor = editor;
        this.viewer = viewer;
    }

    void install() {
        ((org.eclipse.jface.text.TextViewer) viewer).addPostSelectionChangedListener(this);
    }

    void uninstall() {
        ((org.eclipse.jface.text.TextViewer) viewer).removePostSelectionChangedListener(this);
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        CoopDocumentModel model = editor.model();
        if (model == null || !(event.getSelection() instanceof ITextSelection selection)
                || !viewer.getDocument().get().equals(model.text())) {
            return;
        }
        List<Position> positions = model.read(resource -> occurrences(resource, selection.getOffset()));
        Map<Annotation, Position> added = new HashMap<>();
        for (Position position : positions == null ? List.<Position>of() : positions) {
            added.put(new Annotation(TYPE, false, null), position);
        }
        if (viewer.getAnnotationModel() instanceof IAnnotationModelExtension extension) {
            extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
            shown = new ArrayList<>(added.keySet());
        }
    }

    static List<Position> occurrences(XtextResource resource, int offset) {
        NamedElement element = ElementAt.of(resource, offset);
        List<Position> positions = new ArrayList<>();
        if (element == null) {
            return positions;
        }
        if (element.eResource() == resource) {
            NodeModelUtils.findNodesForFeature(element, CoopPackage.Literals.NAMED_ELEMENT__NAME)
                    .forEach(node -> positions.add(new Position(node.getOffset(), node.getLength())));
        }
        resource.getAllContents().forEachRemaining(object -> ReferenceNodes.forEach(object, false, (target, node) -> {
            boolean same = target == element || target.eIsProxy() && node.getText().trim().equals(element.getName());
            if (same) {
                positions.add(new Position(node.getOffset(), node.getLength()));
            }
        }));
        return positions;
    }
}
