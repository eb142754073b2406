package org.maillage.diagram.internal.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.maillage.diagram.internal.edit.DiagramOperations;
import org.maillage.diagram.internal.edit.Refusal;

import com.google.inject.Inject;

/**
 * An operation of the client that changes the text: computed on a fresh parse of the document;
 * refused operations leave the text as it is and tell the user why.
 */
abstract class TextOperationHandler<O extends Operation> implements OperationHandler<O> {

    @Inject
    protected CoopModelState state;

    @Inject
    private ActionDispatcher dispatcher;

    @Override
    public Optional<Command> createCommand(O operation) {
        try {
            return Optional.of(command(DiagramOperations.on(state.load(), state.planName(), state.locale()), operation));
        } catch (Refusal refusal) {
            dispatcher.dispatch(MessageActionUtil.warn(refusal.getMessage()));
            return Optional.empty();
        }
    }

    protected abstract TextChange command(DiagramOperations operations, O operation) throws Refusal;

    protected TextChange change(java.util.List<org.maillage.diagram.TextEdit> edits) {
        return new TextChange(state, edits, () -> { });
    }
}
