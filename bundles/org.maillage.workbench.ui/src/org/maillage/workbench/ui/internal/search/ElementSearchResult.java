package org.maillage.workbench.ui.internal.search;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.IEditorMatchAdapter;
import org.eclipse.search.ui.text.IFileMatchAdapter;
import org.maillage.workbench.ui.internal.Messages;

/** The elements found, one match each (the range of its name). */
public final class ElementSearchResult extends AbstractTextSearchResult {

    private final ElementSearchQuery query;

    ElementSearchResult(ElementSearchQuery query) {
        this.query = query;
    }

    @Override
    public String getLabel() {
        return NLS.bind(Messages.searchResult, query.pattern(), getMatchCount());
    }

    @Override
    public String getTooltip() {
        return getLabel();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public ISearchQuery getQuery() {
        return query;
    }

    @Override
    public IEditorMatchAdapter getEditorMatchAdapter() {
        return null;
    }

    @Override
    public IFileMatchAdapter getFileMatchAdapter() {
        return null;
    }
}
