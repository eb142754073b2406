package org.maillage.diagram.internal.glsp;

import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.maillage.diagram.TextEdit;

/**
 * The command of a diagram operation: edits of the document's text, applied as one change of the
 * document (whose history undoes it; this command itself is never undone).
 */
final class TextChange extends AbstractCommand {
    private final CoopModelState state;
    private final List<TextEdit> edits;
    private final Runnable after;

    TextChange(CoopModelState state, List<TextEdit> edits, Runnable after) {
        this.state = state;
        this.edits = edits;
        this.after = after;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public boolean canUndo() {
        return false;
    }

    @Override
    public void execute() {
        state.change(() -> state.document().apply(edits));
        after.run();
    }

    @Override
    public void redo() {
        execute();
    }
}
