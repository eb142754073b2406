package org.maillage.dsl.ide.fixes;

import java.util.List;

/**
 * A correction: a label and the text edits that make it, in the problem's file or in another file
 * of the project (an actor created in the référentiel). Front-ends apply the edits: the workbench
 * through its file buffers, the language server as a workspace edit.
 */
public record QuickFix(String label, List<FileEdit> edits) {

    public QuickFix {
        edits = List.copyOf(edits);
    }
}
