package org.maillage.diagram.internal.glsp;

import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.maillage.diagram.internal.DiagramText;
import org.maillage.diagram.internal.edit.DiagramOperations;
import org.maillage.diagram.internal.edit.Refusal;
import org.maillage.diagram.internal.graph.ElementIds;

/** Direct edit of a node's title label: the element's title in the text. Names are identifiers and stay in the text editor. */
public class LabelEditHandler extends TextOperationHandler<ApplyLabelEditOperation> {

    @Override
    public Class<ApplyLabelEditOperation> getHandledOperationType() {
        return ApplyLabelEditOperation.class;
    }

    @Override
    protected TextChange command(DiagramOperations operations, ApplyLabelEditOperation operation) throws Refusal {
        String label = operation.getLabelId();
        if (!label.endsWith(ElementIds.TITLE_SUFFIX)) {
            throw new Refusal(DiagramText.get(state.locale(), "refused.nameLabel"));
        }
        return change(operations.setTitle(ElementIds.ownerOfLabel(label).orElseThrow(), operation.getText()));
    }
}
