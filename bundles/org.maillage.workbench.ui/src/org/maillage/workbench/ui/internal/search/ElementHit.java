package org.maillage.workbench.ui.internal.search;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EClass;
import org.maillage.dsl.ui.ElementLabelProvider;
import org.maillage.dsl.ui.SourceRange;

/**
 * A named element of a project as found by a search: where its name is written, its kind, its id and
 * its title. A plain copy: no model object is kept once the search is done.
 */
public record ElementHit(IFile file, int offset, int length, EClass kind, String name, String title) {

    /** "id — title". */
    public String label() {
        return ElementLabelProvider.idAndTitle(name, title);
    }

    /** Where the name is written, to open the text there. */
    public SourceRange range() {
        return new SourceRange(file, offset, length);
    }
}
