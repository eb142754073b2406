package org.maillage.dsl.ide.internal.fixes;

import org.maillage.dsl.resource.WrittenNames;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.maillage.dsl.ide.fixes.FileEdit;
import org.maillage.dsl.ide.fixes.FixRequest;
import org.maillage.dsl.ide.fixes.QuickFix;
import org.maillage.dsl.ide.fixes.QuickFixProvider;
import org.maillage.model.coop.FunctionAssignment;
import org.maillage.model.coop.Role;
import org.maillage.model.coop.RoleAssignment;

/** RACI-NO-A: one of the entry's actors becomes A (one fix per actor). */
public final class MakeOneA implements QuickFixProvider {

    @Override
    public String code() {
        return "RACI-NO-A";
    }

    @Override
    public List<QuickFix> fixes(FixRequest request) {
        FunctionAssignment entry = request.containerAt(FunctionAssignment.class);
        List<QuickFix> fixes = new ArrayList<>();
        if (entry == null) {
            return fixes;
        }
        for (RoleAssignment assignment : entry.getRoles()) {
            ICompositeNode node = NodeModelUtils.getNode(assignment);
            if (assignment.getActor() != null && node != null && !assignment.getRoles().contains(Role.A)) {
                fixes.add(new QuickFix(request.message("fix.makeA", WrittenNames.of(assignment.getActor(), assignment)),
                        List.of(new FileEdit(request.uri(), node.getOffset(), 0, "A/"))));
            }
        }
        return fixes;
    }
}
