package org.maillage.diagram.internal.glsp;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;
import org.maillage.diagram.internal.DiagramText;
import org.maillage.diagram.internal.graph.ElementIds;

import com.google.inject.Inject;

/** Checks a title while it is typed in the diagram: not empty; names (headings) are not edited here. */
public class TitleValidator implements LabelEditValidator {

    @Inject
    private CoopModelState state;

    @Override
    public ValidationStatus validate(String label, GModelElement element) {
        if (!element.getId().endsWith(ElementIds.TITLE_SUFFIX)) {
            return ValidationStatus.error(DiagramText.get(state.locale(), "refused.nameLabel"));
        }
        if (label == null || label.isBlank()) {
            return ValidationStatus.error(DiagramText.get(state.locale(), "refused.emptyTitle"));
        }
        return ValidationStatus.ok();
    }
}
