package org.maillage.workbench.ui.internal.search;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.maillage.dsl.ui.ElementIcons;
import org.maillage.workbench.ui.internal.Messages;

/** A found element as "id — title — file", with its kind's icon. */
public final class HitLabels extends LabelProvider {

    @Override
    public String getText(Object element) {
        return element instanceof ElementHit hit ? NLS.bind(Messages.inFile, hit.label(), hit.file().getFullPath().makeRelative())
                : super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        return element instanceof ElementHit hit ? ElementIcons.of(hit.kind()) : null;
    }
}
