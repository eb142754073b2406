package org.maillage.ui.internal.navigator;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/** Keeps the elements of a .coop file in the order they are written, as the outline of a text does. */
public final class SourceOrder extends ViewerComparator {

    @Override
    public int compare(Viewer viewer, Object first, Object second) {
        return 0;
    }
}
