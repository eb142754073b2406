package org.maillage.ui.internal.navigator;

import org.eclipse.ui.navigator.IDescriptionProvider;
import org.maillage.dsl.ui.ElementLabelProvider;
import org.maillage.model.coop.NamedElement;

/** The explorer's labels of model elements ("id — title"), and their description in the status line. */
public final class CoopLabelProvider extends ElementLabelProvider implements IDescriptionProvider {

    @Override
    public String getText(Object element) {
        return element instanceof NamedElement named ? idAndTitle(named.getName(), named.getTitle())
                : super.getText(element);
    }

    @Override
    public String getDescription(Object element) {
        return element instanceof NamedElement named ? describe(named) : null;
    }
}
