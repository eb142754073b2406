package org.maillage.workbench.ui.internal.search;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResult;
import org.eclipse.search.ui.text.Match;
import org.maillage.workbench.ui.internal.Messages;

/** Finds the elements of the Maillage projects whose id or title contains a text. */
public final class ElementSearchQuery implements ISearchQuery {

    private final String pattern;
    private ElementSearchResult result;

    public ElementSearchQuery(String pattern) {
        this.pattern = pattern;
    }

    public String pattern() {
        return pattern;
    }

    @Override
    public IStatus run(IProgressMonitor monitor) {
        ElementSearchResult found = (ElementSearchResult) getSearchResult();
        found.removeAll();
        try {
            for (ElementHit hit : ProjectElements.matching(pattern, ProjectElements.maillageProjects(), monitor)) {
                found.addMatch(new Match(hit, hit.offset(), hit.length()));
            }
        } catch (OperationCanceledException cancelled) {
            return Status.CANCEL_STATUS;
        }
        return Status.OK_STATUS;
    }

    @Override
    public String getLabel() {
        return NLS.bind(Messages.searchQuery, pattern);
    }

    @Override
    public boolean canRerun() {
        return true;
    }

    @Override
    public boolean canRunInBackground() {
        return true;
    }

    @Override
    public synchronized ISearchResult getSearchResult() {
        if (result == null) {
            result = new ElementSearchResult(this);
        }
        return result;
    }
}
