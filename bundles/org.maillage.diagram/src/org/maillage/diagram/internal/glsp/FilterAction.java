package org.maillage.diagram.internal.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.maillage.diagram.internal.graph.DiagramFilter;

import com.google.inject.Inject;

/**
 * The client asks for a part of the who-does-what diagram ({@code action:Velo}, {@code actor:CCPL},
 * {@code theme:Mobilité}) or, with a blank filter, for all of it; the part is laid out anew.
 */
public class FilterAction extends Action {
    public static final String KIND = "maillageFilter";

    private String filter;

    public FilterAction() {
        super(KIND);
    }

    public String getFilter() {
        return filter;
    }

    /** Shows the part asked for. */
    public static class Handler extends AbstractActionHandler<FilterAction> {

        @Inject
        private CoopModelState state;

        @Inject
        private ModelSubmissionHandler submission;

        @Override
        protected List<Action> executeAction(FilterAction action) {
            state.filter(DiagramFilter.parse(action.getFilter()).orElse(null));
            state.relayout();
            return submission.submitModel();
        }
    }
}
