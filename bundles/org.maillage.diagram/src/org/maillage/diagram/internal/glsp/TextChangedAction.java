package org.maillage.diagram.internal.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

/** Server-internal: the document's text was changed by another editor; the diagram follows. */
public class TextChangedAction extends Action {
    public static final String KIND = "maillageTextChanged";

    public TextChangedAction() {
        super(KIND);
    }

    /** Sends the diagram of the new text to the client. */
    public static class Handler extends AbstractActionHandler<TextChangedAction> {

        @Inject
        private ModelSubmissionHandler submission;

        @Override
        protected List<Action> executeAction(TextChangedAction action) {
            return submission.submitModel();
        }
    }
}
